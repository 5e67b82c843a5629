// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.
// This module must be evaluated before @peculiar/x509: x509.ts imports it first, and every file of this
// layer takes @peculiar/x509 from x509.ts only. @abraham/reflection is small and uses no eval (strict CSP).
import "@abraham/reflection";
