// Our own fixtures, written in the structure of real exports (see each parser's header). Used by the unit tests and
// by the import journey (e2e/import.spec.ts). Example names only (contoso.com / fabrikam.com, RFC 5737 addresses).

const TB = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
const WT = "urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008";
const T = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";
const SR = "urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008";
const SU = "urn:schema:Microsoft.Rtc.Management.Settings.SimpleUrl.2008";

const FE = "a1b2c3d4-0000-4000-8000-000000000001";
const SE = "a1b2c3d4-0000-4000-8000-000000000002";
const EDGE = "a1b2c3d4-0000-4000-8000-000000000003";
const OOS = "a1b2c3d4-0000-4000-8000-000000000004";
const BRANCH = "a1b2c3d4-0000-4000-8000-000000000005";

const port = (owner: string, side: string, p: number, fqdn?: string) =>
  `<Port Owner="urn:component:${owner}" Usage="SipServer" InterfaceSide="${side}" InterfaceNumber="1" Port="${p}" Protocol="Tls" UrlPath="/" AuthorizesRequests="false"${fqdn ? ` ConfiguredFqdn="${fqdn}"` : ""} />`;

/** Topology Builder file: an Enterprise pool of three Front End servers, a Standard Edition server, an Edge pool of
 *  two with distinct Access / Web Conferencing / A/V FQDNs, two SIP domains, simple URLs, Office Online Server and a
 *  branch site. */
export const TBXML = `<?xml version="1.0" encoding="utf-8"?>
<TopologyBuilder IsFreeFromChanges="true" xmlns="${TB}">
  <NewTopology>
    <PartialTopology IsPublished="true" Signature="00000000-0000-0000-0000-000000000000" xmlns="${WT}">
      <InternalDomains AllowAllDomains="false" DefaultDomain="contoso.com" xmlns="${T}">
        <InternalDomain Name="fabrikam.com" Authoritative="false" AllowSubDomains="false" />
        <InternalDomain Name="contoso.com" Authoritative="false" AllowSubDomains="false" />
      </InternalDomains>
      <SimpleUrlConfiguration UseBackendDatabase="false" xmlns="${SU}">
        <SimpleUrl Component="Meet" Domain="contoso.com" ActiveUrl="https://meet.contoso.com">
          <SimpleUrlEntry Url="https://meet.contoso.com" />
        </SimpleUrl>
        <SimpleUrl Component="Meet" Domain="fabrikam.com" ActiveUrl="https://meet.fabrikam.com">
          <SimpleUrlEntry Url="https://meet.fabrikam.com" />
        </SimpleUrl>
        <SimpleUrl Component="Dialin" Domain="*" ActiveUrl="https://dialin.contoso.com">
          <SimpleUrlEntry Url="https://dialin.contoso.com" />
        </SimpleUrl>
        <SimpleUrl Component="Cscp" Domain="*" ActiveUrl="https://admin.contoso.com">
          <SimpleUrlEntry Url="https://admin.contoso.com" />
        </SimpleUrl>
      </SimpleUrlConfiguration>
      <CentralSites>
        <CentralSite SiteId="1">
          <Name xmlns="${T}">Redmond</Name>
          <Location xmlns="${T}" />
          <Clusters>
            <Cluster IsSingleMachineOnly="false" UniqueId="${FE}" RequiresReplication="true" RequiresSetup="true" Fqdn="pool01.contoso.com">
              <Machines>
                <Machine Fqdn="fe01.contoso.com" FaultDomain="FaultDomain1" UpgradeDomain="UpgradeDomain1">
                  <NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" xmlns="${T}" />
                </Machine>
                <Machine Fqdn="fe02.contoso.com" FaultDomain="FaultDomain2" UpgradeDomain="UpgradeDomain2">
                  <NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" xmlns="${T}" />
                </Machine>
                <Machine Fqdn="fe03.contoso.com" FaultDomain="FaultDomain3" UpgradeDomain="UpgradeDomain3">
                  <NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" xmlns="${T}" />
                </Machine>
              </Machines>
              <SqlInstances />
            </Cluster>
            <Cluster IsSingleMachineOnly="true" UniqueId="${SE}" RequiresReplication="true" RequiresSetup="true" Fqdn="se01.contoso.com">
              <Machines>
                <Machine />
              </Machines>
              <SqlInstances />
            </Cluster>
            <Cluster IsSingleMachineOnly="false" UniqueId="${EDGE}" RequiresReplication="true" RequiresSetup="true" Fqdn="edgepool01.contoso.com">
              <Machines>
                <Machine Fqdn="edge01.contoso.com">
                  <NetInterface InterfaceSide="Internal" InterfaceNumber="1" IPAddress="192.0.2.11" xmlns="${T}" />
                  <NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="198.51.100.11" ConfiguredIPAddress="203.0.113.11" xmlns="${T}" />
                </Machine>
                <Machine Fqdn="edge02.contoso.com">
                  <NetInterface InterfaceSide="Internal" InterfaceNumber="1" IPAddress="192.0.2.12" xmlns="${T}" />
                  <NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="198.51.100.12" ConfiguredIPAddress="203.0.113.12" xmlns="${T}" />
                </Machine>
              </Machines>
              <SqlInstances />
            </Cluster>
            <Cluster IsSingleMachineOnly="true" UniqueId="${OOS}" RequiresReplication="false" RequiresSetup="false" Fqdn="oos01.contoso.com">
              <Machines>
                <Machine />
              </Machines>
              <SqlInstances />
            </Cluster>
          </Clusters>
          <RemoteSites>
            <RemoteSite SiteId="2">
              <Name xmlns="${T}">Branch1</Name>
              <Clusters>
                <Cluster IsSingleMachineOnly="true" UniqueId="${BRANCH}" RequiresReplication="true" RequiresSetup="true" Fqdn="sba01.contoso.com">
                  <Machines>
                    <Machine />
                  </Machines>
                </Cluster>
              </Clusters>
            </RemoteSite>
          </RemoteSites>
        </CentralSite>
      </CentralSites>
      <Services>
        <Service UniqueId="b0000000-0000-4000-8000-000000000001" RoleName="UserServices" RoleVersion="2" InstalledOn="${FE}" ServiceVersion="7">
          <DependsOn />
          <Ports xmlns="${SR}" />
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000002" RoleName="Registrar" RoleVersion="2" InstalledOn="${FE}" ServiceVersion="7" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.RegistrarService">
          <DependsOn />
          <Ports xmlns="${SR}">
            ${port("Registrar", "Primary", 5061)}
          </Ports>
          <RegistrarService IsDirector="false" xmlns="${SR}" />
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000003" RoleName="WebServices" RoleVersion="1" InstalledOn="${FE}" ServiceVersion="7" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.WebService">
          <DependsOn />
          <Ports xmlns="${SR}" />
          <WebService xmlns="${SR}">
            <ExternalSettings Host="webext.contoso.com">
              <OverrideUrls />
            </ExternalSettings>
          </WebService>
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000004" RoleName="MediationServer" RoleVersion="1" InstalledOn="${FE}" ServiceVersion="7">
          <DependsOn />
          <Ports xmlns="${SR}" />
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000005" RoleName="Registrar" RoleVersion="2" InstalledOn="${SE}" ServiceVersion="7" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.RegistrarService">
          <DependsOn />
          <Ports xmlns="${SR}" />
          <RegistrarService IsDirector="false" xmlns="${SR}" />
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000006" RoleName="WebServices" RoleVersion="1" InstalledOn="${SE}" ServiceVersion="7" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.WebService">
          <DependsOn />
          <Ports xmlns="${SR}" />
          <WebService xmlns="${SR}">
            <ExternalSettings Host="seext.contoso.com">
              <OverrideUrls />
            </ExternalSettings>
          </WebService>
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000007" RoleName="EdgeServer" RoleVersion="2" InstalledOn="${EDGE}" ServiceVersion="7">
          <DependsOn />
          <Ports xmlns="${SR}">
            ${port("AccessEdge", "Internal", 5061)}
            ${port("AccessEdge", "External", 443, "sip.contoso.com")}
            ${port("AccessEdge", "External", 5061, "sip.contoso.com")}
            ${port("DataEdge", "Internal", 8057)}
            ${port("DataEdge", "External", 443, "webconf.contoso.com")}
            ${port("MediaRelayEdge", "Internal", 443)}
            ${port("MediaRelayEdge", "External", 443, "av.contoso.com")}
            ${port("XmppFederationProxy", "External", 5269)}
          </Ports>
        </Service>
        <Service UniqueId="b0000000-0000-4000-8000-000000000008" RoleName="WacService" RoleVersion="1" InstalledOn="${OOS}" ServiceVersion="7" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.WacService">
          <DependsOn />
          <Ports xmlns="${SR}" />
          <WacService DiscoveryUrl="https://oos01.contoso.com/hosting/discovery/" IsExternal="false" xmlns="${SR}" />
        </Service>
      </Services>
    </PartialTopology>
  </NewTopology>
</TopologyBuilder>
`;

/** Published topology ((Get-CsTopology -AsXml).ToString()): one Standard Edition server and one Edge server. */
export const PUBLISHED_XML = `<Topology xmlns="${T}" Signature="11111111-2222-4333-8444-555555555555">
  <InternalDomains AllowAllDomains="false" DefaultDomain="contoso.com">
    <InternalDomain Name="contoso.com" Authoritative="false" AllowSubDomains="false" />
  </InternalDomains>
  <Sites>
    <CentralSite SiteId="1">
      <Name>Redmond</Name>
      <Location />
    </CentralSite>
  </Sites>
  <Clusters>
    <Cluster RequiresReplication="true" RequiresSetup="true" Fqdn="lync01.contoso.com">
      <ClusterId SiteId="1" Number="1" />
      <Machine OrdinalInCluster="1" Fqdn="lync01.contoso.com" FaultDomain="lync01.contoso.com" UpgradeDomain="lync01.contoso.com">
        <NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" />
      </Machine>
    </Cluster>
    <Cluster RequiresReplication="true" RequiresSetup="true" Fqdn="edge01.contoso.local">
      <ClusterId SiteId="1" Number="2" />
      <Machine OrdinalInCluster="1" Fqdn="edge01.contoso.local">
        <NetInterface InterfaceSide="Internal" InterfaceNumber="1" IPAddress="192.0.2.21" />
        <NetInterface InterfaceSide="External" InterfaceNumber="1" IPAddress="198.51.100.21" />
      </Machine>
    </Cluster>
  </Clusters>
  <Services>
    <Service RoleVersion="2" ServiceVersion="8" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.RegistrarService">
      <ServiceId SiteId="1" RoleName="Registrar" Instance="1" />
      <DependsOn />
      <InstalledOn>
        <ClusterId SiteId="1" Number="1" />
      </InstalledOn>
      <Ports xmlns="${SR}" />
      <RegistrarService xmlns="${SR}" IsDirector="false" />
    </Service>
    <Service RoleVersion="1" ServiceVersion="8" Type="Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.WebService">
      <ServiceId SiteId="1" RoleName="WebServices" Instance="1" />
      <DependsOn />
      <InstalledOn>
        <ClusterId SiteId="1" Number="1" />
      </InstalledOn>
      <Ports xmlns="${SR}" />
      <WebService xmlns="${SR}">
        <ExternalSettings Host="lyncweb.contoso.com">
          <OverrideUrls />
        </ExternalSettings>
      </WebService>
    </Service>
    <Service RoleVersion="2" ServiceVersion="8">
      <ServiceId SiteId="1" RoleName="EdgeServer" Instance="1" />
      <DependsOn />
      <InstalledOn>
        <ClusterId SiteId="1" Number="2" />
      </InstalledOn>
      <Ports xmlns="${SR}">
        ${port("AccessEdge", "External", 5061, "access.contoso.com")}
        ${port("DataEdge", "External", 444, "access.contoso.com")}
        ${port("MediaRelayEdge", "External", 443, "access.contoso.com")}
      </Ports>
    </Service>
  </Services>
</Topology>
`;

/** Get-CsSimpleUrlConfiguration | ConvertTo-Json -Depth 5 */
export const SIMPLE_URL_JSON = JSON.stringify(
  {
    SimpleUrl: [
      {
        Component: "meet",
        Domain: "contoso.com",
        SimpleUrlEntry: [{ Url: "https://meet.contoso.com" }],
        ActiveUrl: "https://meet.contoso.com",
      },
      {
        Component: "dialin",
        Domain: "*",
        SimpleUrlEntry: [{ Url: "https://dialin.contoso.com" }],
        ActiveUrl: "https://dialin.contoso.com",
      },
      {
        Component: "Cscp",
        Domain: "*",
        SimpleUrlEntry: [{ Url: "https://admin.contoso.com" }],
        ActiveUrl: "https://admin.contoso.com",
      },
    ],
    Identity: "Global",
  },
  null,
  4,
);

/** Get-CsSipDomain | ConvertTo-Json */
export const SIP_DOMAIN_JSON = JSON.stringify(
  [
    { Identity: "fabrikam.com", Name: "fabrikam.com", IsDefault: false },
    { Identity: "contoso.com", Name: "contoso.com", IsDefault: true },
  ],
  null,
  4,
);

const worker = (id: number, hostname: string, domain: string, alternative: string, location: number) => ({
  address: `192.0.2.${100 + id}`,
  alternative_fqdn: alternative,
  domain,
  hostname,
  id,
  name: hostname,
  node_type: "CONFERENCING",
  resource_uri: `/api/admin/configuration/v1/worker_vm/${id}/`,
  system_location: `/api/admin/configuration/v1/system_location/${location}/`,
});

/** GET /api/admin/configuration/v1/worker_vm/ — one node with a SIP TLS FQDN, one without, one whose host name is
 *  already an FQDN. */
export const PEXIP_WORKER_VM_JSON = JSON.stringify(
  {
    meta: { limit: 20, next: null, offset: 0, previous: null, total_count: 3 },
    objects: [
      worker(1, "px01", "contoso.com", "px01-sip.contoso.com", 1),
      worker(2, "px02", "contoso.com", "", 1),
      worker(3, "px03.fabrikam.com", "contoso.com", "", 2),
    ],
  },
  null,
  2,
);

/** GET /api/admin/configuration/v1/system_location/ */
export const PEXIP_LOCATION_JSON = JSON.stringify({
  meta: { limit: 20, next: null, offset: 0, previous: null, total_count: 2 },
  objects: [
    { id: 1, name: "Oslo", resource_uri: "/api/admin/configuration/v1/system_location/1/" },
    { id: 2, name: "London", resource_uri: "/api/admin/configuration/v1/system_location/2/" },
  ],
});

/** `show network cluster` with a domain: publisher, subscriber, IM and Presence publisher and subscriber, and a line
 *  that wrapped on the console. */
export const CLUSTER_WITH_DOMAIN = `admin:show network cluster
10.1.1.10 cucm-pub.contoso.com cucm-pub Publisher callmanager DBPub authenticated
10.1.1.11 cucm-sub1.contoso.com cucm-sub1 Subscriber callmanager DBSub authenticated using TCP since Mon Jul 1 13:44:09 2024
10.1.1.20 imp-pub.contoso.com imp-pub Subscriber cups DBPub authenticated using TCP since Mon Jul 1 13:45:10 2024
10.1.1.21 imp-sub.contoso.com imp-sub Subscriber cups DBSub
authenticated using TCP since Mon Jul 1 13:46:10 2024
10.1.1.30 cer01.contoso.com cer01 Subscriber ciscoer DBSub authenticated

Server Table (processnode) Entries
----------------------------------
cucm-pub.contoso.com
10.1.1.11

Successful
`;

/** `show network cluster` without a domain: the FQDN column is empty. */
export const CLUSTER_WITHOUT_DOMAIN = `admin:show network cluster
10.106.61.120 CUCMPUB  Publisher callmanager DBPub authenticated
10.106.61.121 CUCMSUB  Subscriber callmanager DBSub authenticated using TCP since Fri Nov 28 17:59:21 2024
`;

/** Expressway REST API: GET /api/provisioning/common/dns/dns */
export const EXPRESSWAY_DNS_JSON = JSON.stringify({ SystemHostName: "expe01", DomainName: "contoso.com" });

/** Expressway REST API: GET /api/provisioning/common/domain */
export const EXPRESSWAY_DOMAINS_JSON = JSON.stringify([
  { Index: 1, Name: "contoso.com", Sip: "On", EdgeSip: "On", EdgeXmpp: "On", XmppFederation: "On" },
  { Index: 2, Name: "fabrikam.com", Sip: "On", EdgeSip: "Off", EdgeXmpp: "Off", XmppFederation: "Off" },
]);
