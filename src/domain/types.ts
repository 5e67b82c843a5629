// The plan file (format v1, PLAN-FORMAT.md) and the planning engine's public types.
// Everything else in the app is a function of these.

export const PLAN_FORMAT = "san-planner/plan" as const;
export const PLAN_VERSION = 1 as const;

export type CaType = "public" | "internal";
/** The public CA the certificate is ordered from, when the plan names it (rules quote that CA's own dates). */
export type PublicCa = "digicert" | "sectigo" | "letsencrypt" | "globalsign" | "other";
export const PUBLIC_CAS: readonly PublicCa[] = ["digicert", "sectigo", "letsencrypt", "globalsign", "other"];
/** Validation level of a public order (CA/B Forum BR §7.1.2.7): what the CA verifies and puts in the subject. */
export type ValidationLevel = "DV" | "OV" | "EV";
/** How the CA validates the domains (BR §3.2.2.4): the method the admin plans to use. */
export type ValidationMethod =
  | "dns-change"
  | "dns-persistent"
  | "http-file"
  | "acme-http"
  | "acme-dns-account"
  | "tls-alpn"
  | "email"
  | "phone";
export const VALIDATION_METHODS: readonly ValidationMethod[] = [
  "dns-change",
  "dns-persistent",
  "http-file",
  "acme-http",
  "acme-dns-account",
  "tls-alpn",
  "email",
  "phone",
];
export type Eku = "serverAuth" | "clientAuth";
export type Severity = "error" | "warning" | "info";

/** A key as planned or as found on an existing certificate. The app only ever generates
 *  RSA 2048/3072/4096 and ECDSA P-256/P-384; weaker keys exist in plans only to be linted. */
export type KeySpec =
  | { algorithm: "RSA"; size: number }
  | { algorithm: "ECDSA"; curve: "P-256" | "P-384" | "P-521" };

export interface SubjectFields {
  O?: string;
  OU?: string;
  L?: string;
  ST?: string;
  C?: string;
}

export interface SrvRecord {
  /** e.g. "_sipfederationtls._tcp" */
  service: string;
  /** the domain the record is published under, e.g. "contoso.com" */
  domain: string;
  /** the host the record points to, e.g. "sip.contoso.com" */
  target: string;
  port: number;
  priority?: number;
  weight?: number;
}

export type SfbVersion = "lync-2010" | "lync-2013" | "sfb-2015" | "sfb-2019";

export interface SfbSettings {
  version?: SfbVersion;
  simpleUrls?: { meet?: string[]; dialin?: string[]; admin?: string };
  mobility?: boolean;
  wildcardSimpleUrls?: boolean;
}

export interface PlanDefaults {
  caType?: CaType;
  /** the public CA the plan orders from (absent: not named) */
  publicCa?: PublicCa;
  /** validation level of public orders; absent means OV (the subjects UC certificates carry) */
  validationLevel?: ValidationLevel;
  /** how the public CA will validate the domains (absent: not decided) */
  validationMethod?: ValidationMethod;
  key?: KeySpec;
  validityDays?: number;
}

interface ComponentBase {
  /** unique; letters, digits and "-" */
  id: string;
  name?: string;
  caType?: CaType;
  key?: KeySpec;
  validityDays?: number;
}

export interface SfbEdgeComponent extends ComponentBase {
  type: "sfb-edge";
  accessEdgeFqdn: string;
  webConfEdgeFqdn: string;
  avEdgeFqdn?: string;
  internalFqdn: string;
  /** Edge pool members (internal FQDNs); one or more means a pool: same certificate and key on each */
  servers?: string[];
  publicImConnectivity?: boolean;
  /** XMPP federation through this Edge; default: true when the plan has xmppDomains */
  xmpp?: boolean;
}

export interface SfbPoolComponent extends ComponentBase {
  type: "sfb-pool";
  role: "front-end" | "standard-edition" | "director";
  poolFqdn: string;
  servers: string[];
  internalWebFqdn?: string;
  externalWebFqdn?: string;
  autoLogon?: boolean;
}

export interface SfbReverseProxyComponent extends ComponentBase {
  type: "sfb-reverse-proxy";
  externalWebFqdns: string[];
  officeOnlineFqdn?: string;
}

export interface SfbMediationComponent extends ComponentBase {
  type: "sfb-mediation";
  poolFqdn: string;
  servers: string[];
}

export interface SfbSbaComponent extends ComponentBase {
  type: "sfb-sba";
  fqdn: string;
}

export interface PexipNode {
  fqdn: string;
  sipTlsFqdn?: string;
}

export interface PexipComponent extends ComponentBase {
  type: "pexip";
  deployment: "public-dmz" | "on-prem";
  nodes: PexipNode[];
  sipDomain?: string;
  poolFqdn?: string;
}

/** Issue 13 §4. "combined" (the default): one certificate with server and client authentication. "separate":
 *  the server certificate asks for server authentication only (a public CA can still issue it), and each node
 *  gets a client certificate of its own from the internal CA (client authentication only) for the mutual TLS
 *  connections it opens: Expressway X15.5 and later (server and client certificate stores); Unified CM, IM and
 *  Presence and Unity Connection once Cisco's FN74345 enhancements ship in your release. */
export type ClientCertificateMode = "combined" | "separate";
export const CLIENT_CERTIFICATE_MODES: readonly ClientCertificateMode[] = ["combined", "separate"];

export interface CiscoUcComponent extends ComponentBase {
  type: "cisco-uc";
  product: "cucm" | "cuc";
  purpose: "tomcat" | "callmanager" | "cup-xmpp" | "cup-xmpp-s2s";
  distribution: "single-server" | "multi-server";
  publisher: string;
  subscribers: string[];
  imPresenceNodes?: string[];
  telephonyIntegration?: "sip" | "sccp";
  clientCertificate?: ClientCertificateMode;
}

export interface ExpresswayComponent extends ComponentBase {
  type: "expressway";
  role: "c" | "e";
  clusterFqdn?: string;
  peers: string[];
  mraDomains?: string[];
  mraSanFormat?: "dns" | "collab-edge";
  xmppFederationDomains?: string[];
  chatNodeAliases?: string[];
  phoneSecurityProfiles?: string[];
  aliases?: string[];
  clientCertificate?: ClientCertificateMode;
}

/** What the SBC connects to (RULES.md section G). */
export type SbcPurpose = "teams-direct-routing" | "webex-local-gateway" | "sip-trunk";
export const SBC_PURPOSES: readonly SbcPurpose[] = [
  "teams-direct-routing",
  "webex-local-gateway",
  "sip-trunk",
];
export type SbcVendor = "audiocodes" | "ribbon" | "anynode" | "oracle" | "cisco-cube" | "other";
export const SBC_VENDORS: readonly SbcVendor[] = [
  "audiocodes",
  "ribbon",
  "anynode",
  "oracle",
  "cisco-cube",
  "other",
];
/** One certificate per SBC, one SAN certificate for all, or one wildcard `*.<domain>`. */
export type SbcCertificateMode = "per-sbc" | "shared" | "wildcard";
export const SBC_CERTIFICATE_MODES: readonly SbcCertificateMode[] = ["per-sbc", "shared", "wildcard"];

/** Session border controllers: Teams Direct Routing, Webex Calling Local Gateway (CUBE) or a SIP trunk. */
export interface SbcComponent extends ComponentBase {
  type: "sbc";
  purpose: SbcPurpose;
  vendor: SbcVendor;
  /** SBC FQDNs (for Teams: the names paired in the tenant) */
  sbcs: string[];
  /** Teams: the domains registered in the Microsoft 365 tenant (never *.onmicrosoft.com) */
  tenantDomains?: string[];
  /** default "per-sbc" */
  certificate?: SbcCertificateMode;
}

export interface CustomComponent extends ComponentBase {
  type: "custom";
  commonName: string;
  sans: string[];
  eku?: Eku[];
  installOn?: string[];
}

export type Component =
  | SfbEdgeComponent
  | SfbPoolComponent
  | SfbReverseProxyComponent
  | SfbMediationComponent
  | SfbSbaComponent
  | PexipComponent
  | CiscoUcComponent
  | ExpresswayComponent
  | SbcComponent
  | CustomComponent;

export type ComponentType = Component["type"];

export const COMPONENT_TYPES: readonly ComponentType[] = [
  "sfb-edge",
  "sfb-pool",
  "sfb-reverse-proxy",
  "sfb-mediation",
  "sfb-sba",
  "pexip",
  "cisco-uc",
  "expressway",
  "sbc",
  "custom",
];

/** A certificate that already exists (renewal, added nodes) or was proposed by someone.
 *  Names are kept as written: the rules lint them. */
export interface ExistingCertificate {
  /** the CertificatePlan id this certificate corresponds to, e.g. "edge/external" */
  certificate: string;
  subjectCN: string;
  sans: string[];
  eku: string[];
  key?: KeySpec;
  validityDays?: number;
  exportableKey?: boolean;
  caType?: CaType;
  /** the subject's organizational unit(s) (OU), joined with ", ", when the certificate or CSR has one */
  subjectOU?: string;
  /** ISO dates, when read from a real certificate */
  notBefore?: string;
  notAfter?: string;
  issuer?: string;
  serialNumber?: string;
  /** "certificate" (issued) or "csr" (a request someone proposed) */
  kind?: "certificate" | "csr";
}

/** An error finding the admin accepted on the Review step, with the typed reason (printed on the worksheet). */
export interface AcceptedFinding {
  rule: string;
  certificate?: string;
  target?: "plan" | "existing";
  reason: string;
  acceptedBy?: string;
  acceptedAt?: string;
}

/** Where the key of a certificate is created (issue: keys born on the server). */
export type KeyLocation = "browser" | "certreq" | "sfb-shell" | "openssl" | "appliance";

/** Per-certificate choices made on the Keys and CSRs step (never a key). */
export interface CertificateOptions {
  key?: KeySpec;
  /** one certificate of a component from another CA than its siblings (e.g. the internal Edge certificate) */
  caType?: CaType;
  /** the public CA this one certificate is ordered from, when it differs from the plan's */
  publicCa?: PublicCa;
  keyLocation?: KeyLocation;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  version: number;
  name: string;
  /** YYYY-MM-DD; default: today */
  issueDate?: string;
  subject?: SubjectFields;
  sipDomains: string[];
  xmppDomains?: string[];
  srv?: SrvRecord[];
  /** A/CNAME facts: name → what it resolves to */
  hosts?: Record<string, string[]>;
  clients?: { lyncPhoneEdition?: boolean; strictDnsNaming?: boolean };
  sfb?: SfbSettings;
  defaults?: PlanDefaults;
  components: Component[];
  existing?: ExistingCertificate[];
  acceptedFindings?: AcceptedFinding[];
  certificateOptions?: Record<string, CertificateOptions>;
  billing?: { pricePerSan?: number; currency?: string };
  /** the renewal calendar's stated manual cost of one issuance, in hours (default 2) */
  schedule?: { hoursPerIssuance?: number };
  /** where imported names came from (name → "the topology file “x.tbxml”: Edge pool …"): each SAN of that name
   *  names it in its reasons */
  origins?: Record<string, string>;
}

// ---------------------------------------------------------------- engine output

/** Which certificate profile produced a CertificatePlan: rules use it to decide whether they apply. */
export type CertificateProfile =
  | "sfb-edge-external"
  | "sfb-edge-internal"
  | "sfb-front-end"
  | "sfb-standard-edition"
  | "sfb-director"
  | "sfb-reverse-proxy"
  | "sfb-mediation"
  | "sfb-sba"
  | "pexip-public-dmz"
  | "pexip-on-prem"
  | "cisco-tomcat"
  | "cisco-callmanager"
  | "cisco-cup-xmpp"
  | "cisco-cup-xmpp-s2s"
  | "expressway-c"
  | "expressway-e"
  /** a node's own client certificate beside its server certificate (clientCertificate "separate") */
  | "tls-client"
  | "sbc-teams"
  | "sbc-webex-lgw"
  | "sbc-sip-trunk"
  | "custom";

export interface SanEntry {
  type: "dns" | "ip";
  value: string;
  reasons: string[];
}

export interface CertificatePlan {
  /** as in PLAN-FORMAT.md's table, e.g. "edge/external", "fe/fe01.contoso.com", "px" */
  id: string;
  componentId: string;
  componentType: ComponentType;
  profile: CertificateProfile;
  /** "Edge external — sip.contoso.com" */
  title: string;
  subject: { CN: string } & SubjectFields;
  /** CN first, no duplicates, lower-case A-labels */
  sans: SanEntry[];
  eku: Eku[];
  keyUsage: string[];
  key: KeySpec;
  caType: CaType;
  /** for a public certificate: the CA it is ordered from, when the plan names it */
  publicCa?: PublicCa;
  validityDays: number;
  exportableKey: boolean;
  installOn: string[];
  /** names considered and deliberately left off the certificate, with why (e.g. the A/V Edge FQDN) */
  notIncluded?: { value: string; reason: string }[];
  /** an SBC certificate: the SBC's vendor (where its key can be born, which CSR page applies) */
  sbcVendor?: SbcVendor;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  certificate?: string;
  target: "plan" | "existing";
  names?: string[];
  source: string;
}

export interface PlanResult {
  certificates: CertificatePlan[];
  findings: Finding[];
}

export type ParseResult =
  | { ok: true; plan: Plan }
  | { ok: false; errors: { path: string; message: string }[] };
