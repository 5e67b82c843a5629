// The vendor and tool pages behind the renewal hand-offs, each as "Publisher, title — URL" with the short quote
// the screen shows. What we could NOT read here is said in `UNCONFIRMED` and shown on screen next to the command
// it concerns, instead of syntax we would have had to guess.
//
// Read for this module (2026-12-07):
// - Cisco, Expressway Certificate Creation and Use Deployment Guide (X15.0), "Using ACME on Expressway-E" — only its
//   introduction could be read here (quoted below); the configuration pages of the chapter (the menu path, the
//   cluster behaviour, the renewal schedule field) could not.
// - Cisco TechNote 225693 "Navigate Client EKU Sunset with Cisco Expressway X15.5" and Field Notice FN74362.
// - Microsoft, Set-CsCertificate and Import-CsCertificate (MicrosoftDocs/office-docs-powershell,
//   skype/skype-ps/SkypeForBusiness/*.md), and "Staging AV and OAuth certificates using -Roll in Set-CsCertificate"
//   (TechNet jj660292, Lync Server 2013 / Skype for Business Server 2015).
// - Posh-ACME 4.32.0 (github.com/rmbolger/Posh-ACME, docs/Functions/New-PACertificate.md, Submit-Renewal.md,
//   docs/Plugins/Windows.md, Posh-ACME.psd1).
// - Pexip's own Go SDK for the Infinity management API (github.com/pexip/go-infinity-sdk, config/tls_certificate.go
//   and tls_certificate_model.go): endpoint "configuration/v1/tls_certificate/" under /api/admin/, POST to create,
//   PATCH to update, fields certificate, private_key, private_key_passphrase, nodes. docs.pexip.com itself could not
//   be read here.
// - Cisco DevNet, Certificate Management API (developer.cisco.com/docs/certificate-management): base URI and the
//   GET example only. The request bodies of the CSR and upload calls are taken from a community tool
//   (github.com/sieteunoseis/cisco-uc-get-cert), not from Cisco's reference: marked as unconfirmed.

export const AUTOMATION_SOURCES = {
  expresswayAcme:
    'Cisco, Expressway Certificate Creation and Use Deployment Guide (X15.0), Using ACME on Expressway-E ("From X12.5, the Cisco Expressway Series supports the ACME protocol … automatic certificate signing and deployment to the Cisco Expressway-E from a certificate authority such as Let\'s Encrypt"; "it requires an inbound HTTP connection to port 80 on the Cisco Expressway-E"; "Expressway downloads the certificate and you click a button to deploy it. After this manual step, you can schedule renewal") — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-0/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x150/exwy_m_using-acme-on-expressway-e.html',
  expresswayEku:
    'Cisco TechNote 225693, Navigate Client EKU Sunset with Expressway X15.5 ("x15.4 … had a CLI command switch which allowed admin to upload Server EKU only certificate (no client EKU present) on Expressway E. xConfiguration XCP TLS Certificate CVS EnableServerEkuUpload: On … This command is deprecated on x15.5. x15.5 has two certificate stores: 1. Server certificate store 2. Client certificate store") — https://www.cisco.com/c/en/us/support/docs/unified-communications/telepresence-video-communication-server-expressway/225693-navigate-client-eku-sunset-with.html',
  fn74362:
    'Cisco Field Notice FN74362 (Expressway X14 and X15 before X15.5 affected; CSCwr73373 "Support for separate server and client Certificate for Expressway": "certificates issued by a public root CA with only Server Authentication EKU will not be valid for client authentication in mutual TLS (mTLS) setups") — https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74362.html',
  rfc8555Http01:
    "RFC 8555 §8.3, HTTP Challenge (the CA fetches http://<name>/.well-known/acme-challenge/<token> on port 80 from the address the name resolves to) — https://www.rfc-editor.org/rfc/rfc8555#section-8.3",
  setCsCertificate:
    'Microsoft, Set-CsCertificate (-Roll: "Enables you to update the specified certificate at the date and time specified by the EffectiveDate parameter … your command will fail if you specify the Roll parameter without including the EffectiveDate parameter"; Lync Server 2013 and later) — https://learn.microsoft.com/powershell/module/skypeforbusiness/set-cscertificate',
  importCsCertificate:
    'Microsoft, Import-CsCertificate ("If a certificate is not acquired by using the Request-CsCertificate cmdlet, then that certificate must be imported before it can be assigned"; -Path, -Password <String>, -PrivateKeyExportable <Boolean>) — https://learn.microsoft.com/powershell/module/skypeforbusiness/import-cscertificate',
  sfbRoll:
    'Microsoft, Staging AV and OAuth certificates using -Roll in Set-CsCertificate ("The new parameter –Roll, with the existing parameter –EffectiveDate, will place the new AudioVideoAuthentication certificate in the certificate store. The older AudioVideoAuthentication certificate will still remain for issued tokens to be validated against"; "Other certificate types can be provisioned along with the A/V Edge service and OAuth certificate type, but will not benefit from the coexistence behavior") — https://technet.microsoft.com/en-us/library/jj660292.aspx',
  poshAcme:
    'Posh-ACME, New-PACertificate ("-Domain: The first one in the list will be considered the MainDomain and be set as the subject"; "-AlwaysNewKey … Otherwise, the old key is re-used if it exists"; -Plugin, -PluginArgs, -DnsAlias, -PfxPassSecure) and Submit-Renewal ("renew … previously complete orders as long as the renewal window has been reached") — https://poshac.me/docs/v4/Functions/New-PACertificate/',
  pexipApi:
    'Pexip, Infinity management API as used by Pexip\'s own Go SDK: "configuration/v1/tls_certificate/" (POST to add; PATCH …/tls_certificate/<id>/ to update), with certificate, private_key, private_key_passphrase and nodes — https://github.com/pexip/go-infinity-sdk/blob/main/config/tls_certificate.go',
  certbot:
    'Certbot manual page ("certonly  Obtain or renew a certificate, but do not install it"; "-d DOMAINS"; "-n  Run non-interactively"), and --csr to obtain a certificate for a request made elsewhere — https://manpages.ubuntu.com/manpages/lunar/man1/certbot.1.html',
  ciscoCertApi:
    'Cisco DevNet, Certificate Management API ("Base URI /platformcom/api/v1/certmgr/config"; "The APIs are server specific. Use the subscriber hostname for performing Certificate Management operations on the subscriber"; "supports CUCM, IM&P, CUC, and CER products with version 14 and later") — https://developer.cisco.com/docs/certificate-management/',
  ciscoCommunity:
    "Community tool using that API and the CLI (request bodies of POST …/csr, …/identity/certificates, …/trust/certificates; CLI set csr gen, show csr own, set cert import trust/own) — https://github.com/sieteunoseis/cisco-uc-get-cert",
} as const;

/** What could not be confirmed from the vendor's own pages here, said next to what it concerns. */
export const UNCONFIRMED = {
  expresswayMenus:
    "Not confirmed here: the Expressway pages that configure ACME (menu path, field names, the renewal schedule setting and what a cluster does) could not be read from Cisco's guide in this tool. Follow the guide's chapter for your release for the exact screens.",
  ciscoApiBodies:
    "Not confirmed here: the JSON fields of the CSR and upload calls (service, distribution, commonName, altNames, keyType, keyLength, hashAlgorithm, certificates) come from a community tool, not from Cisco's API reference, which could not be read beyond its introduction. Check them on developer.cisco.com/docs/certificate-management before the first run.",
  ciscoCli:
    "Not confirmed here: the CLI commands set csr gen, show csr own, set cert import trust and set cert import own are taken from a community tool; Cisco's CLI reference for your release could not be read here.",
  pexipDocs:
    "Not confirmed on docs.pexip.com (it could not be read here): the endpoint and field names come from Pexip's own Go SDK for the same API.",
} as const;
