// The ISO 3166-1 alpha-2 list and its check live in the domain layer (one list for the rules, the wizard
// and the CSR builder); the crypto layer re-exports them for its callers.
export { countryCodeProblem, ISO_3166_ALPHA2 } from "../domain/countries";
