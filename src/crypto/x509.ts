// The only place that imports @peculiar/x509: the Reflect polyfill is evaluated first (ES modules run
// their imports in order), whichever file of the layer is loaded first.
import "./reflection";

export type { JsonNameParams } from "@peculiar/x509";
export {
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  Name,
  Pkcs10CertificateRequest,
  Pkcs10CertificateRequestGenerator,
  SubjectAlternativeNameExtension,
  X509Certificate,
} from "@peculiar/x509";
