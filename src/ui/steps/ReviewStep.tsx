import { lazy, memo, Suspense, useDeferredValue, useId, useMemo, useState } from "react";
import { keyBirth } from "../../domain/key-birth";
import { own } from "../../domain/own";
import { PUBLIC_CA_LABEL, subjectCarriedText } from "../../domain/public-ca";
import { type CertificatePlan, type Finding, type Plan, PUBLIC_CAS, type PublicCa } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { RenewalLoad } from "../calendar/RenewalLoad";
import { CardControls, isDeferredCard, useControlsShown } from "../deferred-card";
import { DeployedPanel } from "../drift/DeployedPanel";
import { FindingGroups, FindingItem } from "../findings";
import { describeKey, EKU_LABEL, plural, subjectDn } from "../format";
import { useEditsHeld } from "../pending";
import { blockingByCertificate, usePlanView } from "../plan-result";
import { RenewalDiff } from "../renewal/RenewalDiff";
import { SanTable } from "../SanTable";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";
import { type SharedNotice, splitNotices } from "../shared-notices";

const DomainValidation = lazy(() => import("../validation/DomainValidation"));

/** Certificate cards rendered at first; more on request (a 1,000-node single-server plan has 1,000). */
const PAGE = 50;
/** Cards in the first frame: every card of a site-sized plan (the presets have at most 6), and the ones the
 *  browser lays out anyway (styles.css skips layout from the 10th card on). A larger plan's other cards render
 *  right after it, in the background (React's deferred value, interruptible), so moving to the Review paints at
 *  once even for a 1,000-node plan — 50 cards are ≈20,000 elements. */
const FIRST_FRAME = 10;

export const CertificateFacts = memo(function CertificateFacts({ cert }: { cert: CertificatePlan }) {
  return (
    <dl className="facts">
      <dt>Subject</dt>
      <dd>
        <code>{subjectDn(cert.subject)}</code>
      </dd>
      <dt>Extended key usage</dt>
      <dd>{cert.eku.map((e) => EKU_LABEL[e] ?? e).join("; ")}</dd>
      <dt>Key usage</dt>
      <dd>{cert.keyUsage.join(", ")}</dd>
      <dt>Key</dt>
      <dd>{describeKey(cert.key)}</dd>
      <dt>CA type</dt>
      <dd>{cert.caType === "public" ? "Public CA" : "Internal / enterprise CA"}</dd>
      <dt>Validity requested</dt>
      <dd>{cert.validityDays} days</dd>
      <dt>Install on</dt>
      <dd>{cert.installOn.length > 0 ? cert.installOn.join(", ") : "—"}</dd>
      {keyBirth(cert).importsKey ? (
        <>
          <dt>Exportable private key</dt>
          <dd>{cert.exportableKey ? "Yes: the key must be exportable" : "No"}</dd>
        </>
      ) : (
        <>
          <dt>Private key</dt>
          <dd>Created and kept on the node by its own CSR page (Generate CSR), never in this browser</dd>
        </>
      )}
    </dl>
  );
});

/** One certificate of a component from another CA than its siblings: typically the internal Edge certificate
 *  from the enterprise CA while the external one must come from a public CA (LYNC-EDGE-EXT-7). Stored in
 *  plan.certificateOptions[id].caType; "as planned" removes the override. */
function CaChoice({ cert, plan }: { cert: CertificatePlan; plan: Plan }) {
  const uid = useId();
  const setOptions = usePlanStore((s) => s.setCertificateOptions);
  const override = own(plan.certificateOptions, cert.id)?.caType ?? "";
  return (
    <div className="field ca-choice">
      <label htmlFor={`${uid}-ca`}>CA for this certificate</label>
      <select
        id={`${uid}-ca`}
        value={override}
        onChange={(e) => {
          const v = e.target.value;
          setOptions(cert.id, { caType: v === "public" || v === "internal" ? v : undefined });
        }}
      >
        <option value="">As the component and the plan say</option>
        <option value="public">Public CA</option>
        <option value="internal">Internal / enterprise CA</option>
      </select>
    </div>
  );
}

/** The public CA of this one certificate, when it differs from the plan's (plan.certificateOptions[id].publicCa):
 *  the clientAuth finding then quotes that CA's own dates. */
function PublicCaChoice({ cert, plan }: { cert: CertificatePlan; plan: Plan }) {
  const uid = useId();
  const setOptions = usePlanStore((s) => s.setCertificateOptions);
  const override = own(plan.certificateOptions, cert.id)?.publicCa ?? "";
  const planWide = plan.defaults?.publicCa;
  return (
    <div className="field ca-choice">
      <label htmlFor={`${uid}-pca`}>Which public CA issues it</label>
      <select
        id={`${uid}-pca`}
        value={override}
        onChange={(e) => {
          const v = e.target.value;
          setOptions(cert.id, {
            publicCa: (PUBLIC_CAS as readonly string[]).includes(v) ? (v as PublicCa) : undefined,
          });
        }}
      >
        <option value="">
          {planWide ? `As the plan says (${PUBLIC_CA_LABEL[planWide]})` : "As the plan says (not named)"}
        </option>
        {PUBLIC_CAS.map((ca) => (
          <option key={ca} value={ca}>
            {PUBLIC_CA_LABEL[ca]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Notices that say the same about many certificates, once, with the certificates they apply to. */
function SharedNotices({ shared, plan, id }: { shared: SharedNotice[]; plan: Plan; id: string }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h3 id={id} tabIndex={-1}>
        Notices shared by many certificates ({shared.length})
      </h3>
      <p className="muted">Said once here instead of on every card.</p>
      <ul className="findings">
        {shared.map((g) => (
          <FindingItem
            key={`${g.finding.rule}|${g.certificates[0]}`}
            f={g.finding}
            plan={plan}
            appliesTo={g.certificates}
          />
        ))}
      </ul>
    </section>
  );
}

const CertificateCard = memo(function CertificateCard({
  cert,
  findings,
  blocking,
  sharedNotices,
  sharedId,
  plan,
  deferred,
}: {
  cert: CertificatePlan;
  findings: Finding[];
  blocking: number;
  sharedNotices: number;
  sharedId: string;
  plan: Plan;
  deferred: boolean;
}) {
  const uid = useId();
  const held = useEditsHeld();
  const { ref, shown: controls } = useControlsShown(deferred);
  return (
    <article
      ref={ref}
      className={deferred ? "panel cert-card deferred" : "panel cert-card"}
      aria-labelledby={`${uid}-h`}
      id={`cert-${cert.id}`}
    >
      <header className="card-head">
        <h3 id={`${uid}-h`}>{cert.title}</h3>
        <p className="cert-id">
          <code>{cert.id}</code>{" "}
          {blocking > 0 ? (
            <span className="tag tag-error">{plural(blocking, "blocking error")}</span>
          ) : held ? (
            <span className="tag tag-warning">waits for edits not in the plan</span>
          ) : (
            <span className="tag tag-ok">ready for a CSR</span>
          )}
        </p>
      </header>
      <CertificateFacts cert={cert} />
      <p className="subject-carried">{subjectCarriedText(plan, cert)}</p>
      {controls ? <CaChoice cert={cert} plan={plan} /> : null}
      {controls && cert.caType === "public" ? <PublicCaChoice cert={cert} plan={plan} /> : null}
      <SanTable sans={cert.sans} caption={`Subject alternative names (${cert.sans.length})`} />
      <RenewalDiff cert={cert} plan={plan} />
      {cert.notIncluded && cert.notIncluded.length > 0 ? (
        <div className="not-included">
          <h4>Considered and left off</h4>
          <ul>
            {cert.notIncluded.map((n) => (
              <li key={n.value}>
                <code>{n.value}</code> — {n.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {findings.length > 0 || sharedNotices === 0 ? (
        <CardControls value={controls}>
          <FindingGroups findings={findings} plan={plan} />
        </CardControls>
      ) : null}
      {sharedNotices > 0 ? (
        <p className="muted shared-note">
          {sharedNotices === 1 ? "One more notice applies" : `${sharedNotices} more notices apply`} to this
          certificate and others: see{" "}
          <button
            type="button"
            className="link-button"
            // the URL's hash is the step (router.ts): an in-page jump moves the focus instead
            onClick={() => document.getElementById(sharedId)?.focus()}
          >
            Notices shared by many certificates
          </button>
          .
        </p>
      ) : null}
    </article>
  );
});

export default function ReviewStep() {
  const uid = useId();
  const { plan, result, stale } = usePlanView();
  const held = useEditsHeld();
  const [shown, setShown] = useState(PAGE);
  const blocking = blockingByCertificate(plan, result);

  const { byCert, planWide, shared, sharedOn } = useMemo(() => splitNotices(result.findings), [result]);

  const blockingIds = new Set<string>();
  for (const list of blocking.values())
    for (const f of list) blockingIds.add(`${f.rule}|${f.certificate ?? ""}`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const totalSans = result.certificates.reduce((n, c) => n + c.sans.length, 0);
  const rendered = useDeferredValue(shown, Math.min(shown, FIRST_FRAME));
  const certs = result.certificates.slice(0, rendered);

  return (
    <section aria-labelledby={`${uid}-h`} className="step" aria-busy={stale}>
      <StepHeading id={`${uid}-h`}>Review</StepHeading>
      <div className="panel summary" role="status">
        <p>
          <strong>{plural(result.certificates.length, "certificate")}</strong>, {plural(totalSans, "SAN")} in
          all · {plural(counts.error, "error")}, {plural(counts.warning, "warning")},{" "}
          {plural(counts.info, "notice")}.
        </p>
        {blockingIds.size > 0 ? (
          <p className="blocking">
            {plural(blockingIds.size, "error")} block{blockingIds.size === 1 ? "s" : ""} CSR generation: fix
            the plan, or accept each error with a reason.
          </p>
        ) : result.certificates.length > 0 && held ? (
          <p className="blocking">
            Edits that are not in the plan hold CSR generation: this review shows the plan's last valid
            values.
          </p>
        ) : result.certificates.length > 0 ? (
          <p className="ready">Nothing blocks CSR generation.</p>
        ) : (
          <p>
            The plan has no certificates yet: add <a href="#components">components</a>.
          </p>
        )}
      </div>

      <RenewalLoad plan={plan} result={result} editable held={held} headingId={`${uid}-ren`} />
      <Suspense fallback={null}>
        <DomainValidation plan={plan} result={result} held={held} headingId={`${uid}-dv`} />
      </Suspense>

      <DeployedPanel />

      {planWide.length > 0 ? (
        <section className="panel" aria-labelledby={`${uid}-pw`}>
          <h3 id={`${uid}-pw`}>Plan-wide findings</h3>
          <FindingGroups findings={planWide} plan={plan} />
        </section>
      ) : null}

      {shared.length > 0 ? <SharedNotices shared={shared} plan={plan} id={`${uid}-shared`} /> : null}

      {certs.map((c, i) => (
        <CertificateCard
          key={c.id}
          deferred={isDeferredCard(i, result.certificates.length)}
          cert={c}
          findings={byCert.get(c.id) ?? []}
          blocking={blocking.get(c.id)?.length ?? 0}
          sharedNotices={sharedOn.get(c.id) ?? 0}
          sharedId={`${uid}-shared`}
          plan={plan}
        />
      ))}
      {result.certificates.length > shown ? (
        <div className="more">
          <p>
            Showing {shown} of {result.certificates.length} certificates.
          </p>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, result.certificates.length - shown)} more certificates
          </button>{" "}
          <button type="button" className="button" onClick={() => setShown(result.certificates.length)}>
            Show all {result.certificates.length} certificates
          </button>
        </div>
      ) : null}
      <StepNav step="review" />
    </section>
  );
}
