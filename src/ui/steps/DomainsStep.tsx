import { useId, useState } from "react";
import { useFieldArray } from "react-hook-form";
import {
  type DnsPasteResult,
  type ForeignDomain,
  type PlannedSrv,
  parseDnsPaste,
  type Reconciled,
  reconcileSrv,
} from "../../domain/dns-paste";
import type { Plan, SrvRecord } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { errorOf, FormErrors, SaveState, TextAreaField } from "../form/fields";
import {
  joinList,
  lineMessage,
  numberOrText,
  type SliceSpec,
  splitLines,
  splitList,
} from "../form/plan-resolver";
import { usePlanForm } from "../form/use-plan-form";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";

interface SrvRow {
  service: string;
  domain: string;
  target: string;
  port: string;
  priority: string;
  weight: string;
}

interface DomainValues {
  sipDomains: string;
  xmppDomains: string;
  srv: SrvRow[];
  hosts: string;
}

const COMMON_SERVICES = [
  "_sipfederationtls._tcp",
  "_sip._tls",
  "_sipinternaltls._tcp",
  "_xmpp-server._tcp",
  "_xmpp-client._tcp",
  "_sips._tcp",
  "_sip._tcp",
  "_collab-edge._tls",
  "_cisco-uds._tcp",
];

/** "px.vc.example.com = px01.vc.example.com, px02.vc.example.com" lines ↔ plan.hosts. */
function parseHosts(text: string): { hosts: Record<string, string[]>; lineOf: Map<string, number> } {
  // a Map, then own properties: a typed name such as "constructor" or "__proto__" is a name like any other
  // (parsePlan says what is wrong with it), never a member of Object.prototype
  const byName = new Map<string, string[]>();
  const lineOf = new Map<string, number>();
  const { items, lines } = splitLines(text);
  items.forEach((item, i) => {
    // "name = target, target": a space never separates (a name with a space in it is reported where it is)
    const m = /^([^=]*?)\s*(?:=|->|→)\s*(.*)$/.exec(item);
    const name = (m ? m[1] : item) as string;
    const targets = m
      ? (m[2] as string)
          .split(/[,;]/)
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
    byName.set(name, [...(byName.get(name) ?? []), ...targets]);
    lineOf.set(name.trim().toLowerCase().replace(/\.$/, ""), lines[i] ?? 0);
  });
  return { hosts: Object.fromEntries(byName), lineOf };
}

const spec: SliceSpec<DomainValues> = {
  toPlan(v, plan) {
    const next: Record<string, unknown> = { ...plan, sipDomains: splitList(v.sipDomains).items };
    const xmpp = splitList(v.xmppDomains).items;
    if (xmpp.length > 0 || plan.xmppDomains !== undefined) next.xmppDomains = xmpp;
    if (v.srv.length > 0) {
      next.srv = v.srv.map((r) => {
        const rec: Record<string, unknown> = {
          service: r.service,
          domain: r.domain,
          target: r.target,
          port: numberOrText(r.port),
        };
        if (r.priority.trim() !== "") rec.priority = numberOrText(r.priority);
        if (r.weight.trim() !== "") rec.weight = numberOrText(r.weight);
        return rec;
      });
    } else delete next.srv;
    const { hosts } = parseHosts(v.hosts);
    if (Object.keys(hosts).length > 0) next.hosts = hosts;
    else delete next.hosts;
    return next;
  },
  fieldOf(t, e, v) {
    const [a, b, c] = t;
    if (a === "sipDomains" || a === "xmppDomains") {
      const list = splitList(a === "sipDomains" ? v.sipDomains : v.xmppDomains);
      return { field: a, message: typeof b === "number" ? lineMessage(list, b, e.message) : e.message };
    }
    if (a === "srv") {
      if (typeof b === "number" && typeof c === "string")
        return { field: `srv.${b}.${c}`, message: e.message };
      if (typeof b === "number") return { field: `srv.${b}.service`, message: e.message };
      return { field: "", message: `SRV records ${e.message}` };
    }
    if (a === "hosts") {
      const { lineOf } = parseHosts(v.hosts);
      const line = typeof b === "string" ? lineOf.get(b) : undefined;
      return { field: "hosts", message: line ? `Line ${line}: ${e.message}` : e.message };
    }
    return null;
  },
};

const row = (r: SrvRecord): SrvRow => ({
  service: r.service,
  domain: r.domain,
  target: r.target,
  port: String(r.port),
  priority: r.priority === undefined ? "" : String(r.priority),
  weight: r.weight === undefined ? "" : String(r.weight),
});

function initial(plan: Plan): DomainValues {
  return {
    sipDomains: joinList(plan.sipDomains),
    xmppDomains: joinList(plan.xmppDomains),
    srv: (plan.srv ?? []).map(row),
    hosts: Object.entries(plan.hosts ?? {})
      .map(([k, v]) => `${k} = ${v.join(", ")}`)
      .join("\n"),
  };
}

const SRV_COLUMNS: { key: keyof SrvRow; label: string; width?: string }[] = [
  { key: "service", label: "Service" },
  { key: "domain", label: "Domain" },
  { key: "target", label: "Target" },
  { key: "port", label: "Port", width: "narrow" },
  { key: "priority", label: "Priority", width: "narrow" },
  { key: "weight", label: "Weight", width: "narrow" },
];

/** A field of this form in the admin's words (the banner on later steps names it). */
function domainsLabel(field: string): string {
  if (field === "sipDomains") return "SIP domains";
  if (field === "xmppDomains") return "XMPP domains";
  if (field === "hosts") return "A / CNAME records";
  const m = /^srv\.(\d+)\.(\w+)$/.exec(field);
  const col = SRV_COLUMNS.find((c) => c.key === m?.[2]);
  return m && col ? `SRV record ${Number(m[1]) + 1}: ${col.label}` : field;
}

const PLACE = { step: "domains", title: "Domains and DNS", label: domainsLabel } as const;

export default function DomainsStep() {
  const uid = useId();
  const p = `${uid}-dns`;
  const { form, unsaved } = usePlanForm("domains", spec, initial, PLACE);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "srv" });
  const [paste, setPaste] = useState("");
  const [pasteName, setPasteName] = useState("");
  const [parsed, setParsed] = useState<(DnsPasteResult & { plan: Reconciled }) | null>(null);
  // per domain not in the plan: add the domain (and its records) or skip its records
  const [foreignChoice, setForeignChoice] = useState<Record<string, "add" | "skip">>({});
  const [added, setAdded] = useState("");

  const plannedRows = (): PlannedSrv[] =>
    form.getValues("srv").map((r) => ({
      service: r.service.trim().toLowerCase(),
      domain: r.domain,
      target: r.target,
      port: /^\d+$/.test(r.port.trim()) ? Number(r.port) : undefined,
      priority: /^\d+$/.test(r.priority.trim()) ? Number(r.priority) : undefined,
      weight: /^\d+$/.test(r.weight.trim()) ? Number(r.weight) : undefined,
    }));
  const planDomains = (): string[] => {
    const plan = usePlanStore.getState().plan;
    const fromComponents = plan.components.flatMap((c) => [
      ...("sipDomain" in c && c.sipDomain ? [c.sipDomain] : []),
      ...("mraDomains" in c ? (c.mraDomains ?? []) : []),
    ]);
    return [
      ...splitList(form.getValues("sipDomains")).items,
      ...splitList(form.getValues("xmppDomains")).items,
      ...fromComponents,
    ];
  };

  const read = () => {
    setAdded("");
    const r = parseDnsPaste(paste, pasteName.trim() ? { defaultName: pasteName } : {});
    setForeignChoice({});
    setParsed({ ...r, plan: reconcileSrv(plannedRows(), planDomains(), r.records) });
  };
  const applyParsed = () => {
    if (!parsed) return;
    const { plan } = parsed;
    for (const c of plan.changed) {
      const opts = { shouldDirty: true, shouldValidate: true } as const;
      form.setValue(`srv.${c.index}.port`, String(c.record.port), opts);
      form.setValue(`srv.${c.index}.priority`, String(c.record.priority), opts);
      form.setValue(`srv.${c.index}.weight`, String(c.record.weight), opts);
    }
    const addDomains = plan.foreign.filter((f) => foreignChoice[f.domain] === "add");
    const skipped = plan.foreign.filter((f) => foreignChoice[f.domain] !== "add");
    for (const f of addDomains) {
      if (f.list === null) continue;
      const current = form.getValues(f.list).trimEnd();
      form.setValue(f.list, current === "" ? f.domain : `${current}\n${f.domain}`, {
        shouldDirty: true,
        shouldValidate: true,
      });
    }
    const fresh = [...plan.added, ...addDomains.flatMap((f) => f.records)];
    append(fresh.map(row));
    const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
    const parts = [`${n(fresh.length, "record")} added`];
    if (plan.changed.length > 0) parts.push(`${plan.changed.length} updated`);
    if (plan.unchanged.length > 0) parts.push(`${plan.unchanged.length} unchanged`);
    const skippedCount = skipped.reduce((k, f) => k + f.records.length, 0);
    if (skippedCount > 0)
      parts.push(`${skippedCount} skipped (${skipped.map((f) => f.domain).join(", ")} not in the plan)`);
    if (addDomains.length > 0)
      parts.push(`${addDomains.map((f) => f.domain).join(", ")} added to the plan's domains`);
    setAdded(`${parts.join(", ")}.`);
    setParsed(null);
    setPaste("");
  };
  const applyCount = parsed
    ? parsed.plan.added.length +
      parsed.plan.changed.length +
      parsed.plan.foreign
        .filter((f) => foreignChoice[f.domain] === "add")
        .reduce((k, f) => k + f.records.length, 0)
    : 0;

  return (
    <section aria-labelledby={`${uid}-h`} className="step">
      <StepHeading id={`${uid}-h`}>Domains and DNS</StepHeading>
      <p className="lead">
        The SIP and XMPP domains users sign in with, and the DNS SRV records clients and federation partners
        look up: their targets are names the certificates must carry.
      </p>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SaveState unsaved={unsaved} />
        <FormErrors form={form} />
        <fieldset>
          <legend>Domains</legend>
          <div className="grid-2">
            <TextAreaField
              form={form}
              prefix={p}
              name="sipDomains"
              label="SIP domains"
              rows={4}
              hint="One per line; the first is the default SIP domain. May be empty for a Cisco-only plan."
            />
            <TextAreaField
              form={form}
              prefix={p}
              name="xmppDomains"
              label="XMPP domains"
              rows={4}
              hint="One per line (optional)."
            />
          </div>
        </fieldset>

        <fieldset>
          <legend>SRV records</legend>
          <datalist id={`${uid}-services`}>
            {COMMON_SERVICES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          {fields.length === 0 ? (
            <p className="hint">No SRV records yet: add one, or paste the output of a DNS tool below.</p>
          ) : null}
          {fields.length > 0 ? (
            <div className="table-scroll">
              <table className="table srv-table">
                <caption className="visually-hidden">SRV records</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    {SRV_COLUMNS.map((c) => (
                      <th key={c.key} scope="col">
                        {c.label}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((f, i) => (
                    <tr key={f.id}>
                      <td>{i + 1}</td>
                      {SRV_COLUMNS.map((c) => {
                        const name = `srv.${i}.${c.key}` as const;
                        const error = errorOf(form, name);
                        const id = `${p}-srv-${i}-${c.key}`;
                        return (
                          <td key={c.key} className={c.width ?? ""} data-label={c.label}>
                            <input
                              id={id}
                              aria-label={`${c.label}, record ${i + 1}`}
                              list={c.key === "service" ? `${uid}-services` : undefined}
                              inputMode={c.width ? "numeric" : undefined}
                              spellCheck={false}
                              autoComplete="off"
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `${id}-error` : undefined}
                              {...form.register(name)}
                            />
                            {error ? (
                              <p className="field-error" id={`${id}-error`}>
                                {error}
                              </p>
                            ) : null}
                          </td>
                        );
                      })}
                      <td>
                        <button type="button" className="button button-small" onClick={() => remove(i)}>
                          Remove<span className="visually-hidden"> record {i + 1}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                const n = fields.length;
                append(
                  {
                    service: "_sipfederationtls._tcp",
                    domain: form.getValues("sipDomains").split(/\s+/)[0] ?? "",
                    target: "",
                    port: "5061",
                    priority: "0",
                    weight: "0",
                  },
                  { shouldFocus: false },
                );
                // the suggested service is selected: typing replaces it instead of adding to its end
                requestAnimationFrame(() => form.setFocus(`srv.${n}.service`, { shouldSelect: true }));
              }}
            >
              Add SRV record
            </button>
          </p>
        </fieldset>

        <fieldset>
          <legend>Host records (optional)</legend>
          <TextAreaField
            form={form}
            prefix={p}
            name="hosts"
            label="A / CNAME records"
            rows={3}
            hint="One per line: name = what it resolves to, e.g. px.vc.example.com = px01.vc.example.com, px02.vc.example.com. Printed on the worksheet."
          />
        </fieldset>
      </form>

      <section className="panel paste-box" aria-labelledby={`${uid}-paste-h`}>
        <h3 id={`${uid}-paste-h`}>Paste DNS tool output</h3>
        <p className="hint">
          Output of <code>dig SRV</code>, <code>dig +short SRV</code>, <code>nslookup -type=SRV</code> or{" "}
          <code>Resolve-DnsName -Type SRV</code>: the records are read and shown before anything is added.
        </p>
        <div className="field">
          <label htmlFor={`${uid}-paste`}>DNS tool output</label>
          <textarea
            id={`${uid}-paste`}
            rows={6}
            spellCheck={false}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-paste-name`}>Record name for output without one (dig +short)</label>
          <input
            id={`${uid}-paste-name`}
            placeholder="_sipfederationtls._tcp.contoso.com"
            spellCheck={false}
            value={pasteName}
            onChange={(e) => setPasteName(e.target.value)}
          />
        </div>
        <p>
          <button type="button" className="button" onClick={read} disabled={paste.trim() === ""}>
            Read records
          </button>
        </p>
        <p role="status" className="status">
          {added}
        </p>
        {parsed?.refused ? (
          <p className="field-error" role="alert">
            {parsed.refused}
          </p>
        ) : null}
        {parsed && !parsed.refused ? (
          <div className="paste-result">
            <h4>
              Found {parsed.records.length} record{parsed.records.length === 1 ? "" : "s"}
            </h4>
            {parsed.toolErrors.length > 0 ? (
              <>
                <h5>What the DNS tool said</h5>
                <ul className="error-list">
                  {parsed.toolErrors.map((u) => (
                    <li key={u.line}>
                      Line {u.line}: <code>{u.text}</code> — {u.why}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <PasteTable title="New records" records={parsed.plan.added} />
            {parsed.plan.changed.length > 0 ? (
              <>
                <h5>Changed records (the table is updated)</h5>
                <ul>
                  {parsed.plan.changed.map((c) => (
                    <li key={`${c.index}`}>
                      {c.record.service}.{c.record.domain} → {c.record.target}: {c.changes.join(", ")}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {parsed.plan.unchanged.length > 0 ? (
              <>
                <h5>Already in the table, unchanged</h5>
                <ul>
                  {parsed.plan.unchanged.map((r) => (
                    <li key={`${r.service}.${r.domain}|${r.target}|${r.port}`}>
                      {r.service}.{r.domain} → {r.target}:{r.port}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {parsed.plan.foreign.map((f) => (
              <ForeignChoice
                key={f.domain}
                uid={uid}
                foreign={f}
                choice={foreignChoice[f.domain] ?? "skip"}
                onChange={(c) => setForeignChoice((prev) => ({ ...prev, [f.domain]: c }))}
              />
            ))}
            {parsed.unreadable.length > 0 ? (
              <>
                <h5>Lines not read</h5>
                <ul className="error-list">
                  {parsed.unreadable.map((u) => (
                    <li key={u.line}>
                      Line {u.line}: <code>{u.text}</code> — {u.why}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="button button-primary"
                onClick={applyParsed}
                disabled={applyCount === 0}
              >
                Apply {applyCount} record{applyCount === 1 ? "" : "s"}
              </button>
              <button type="button" className="button" onClick={() => setParsed(null)}>
                Discard
              </button>
            </div>
          </div>
        ) : null}
      </section>
      <StepNav step="domains" />
    </section>
  );
}

function PasteTable({ title, records }: { title: string; records: SrvRecord[] }) {
  if (records.length === 0) return null;
  return (
    <>
      <h5>{title}</h5>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Target</th>
            <th scope="col">Port</th>
            <th scope="col">Priority</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={`${r.service}.${r.domain}|${r.target}|${r.port}`}>
              <td>
                {r.service}.{r.domain}
              </td>
              <td>{r.target}</td>
              <td>{r.port}</td>
              <td>{r.priority}</td>
              <td>{r.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const LIST_NAME = { sipDomains: "SIP domains", xmppDomains: "XMPP domains" } as const;

/** Records of a domain the plan does not have: add the domain with them, or skip them (the default). */
function ForeignChoice({
  uid,
  foreign,
  choice,
  onChange,
}: {
  uid: string;
  foreign: ForeignDomain;
  choice: "add" | "skip";
  onChange: (c: "add" | "skip") => void;
}) {
  const n = foreign.records.length;
  const name = `${uid}-foreign-${foreign.domain}`;
  return (
    <fieldset className="paste-foreign">
      <legend>
        {n} record{n === 1 ? "" : "s"} for {foreign.domain}, a domain not in the plan
      </legend>
      <ul>
        {foreign.records.map((r) => (
          <li key={`${r.service}|${r.target}|${r.port}`}>
            {r.service}.{r.domain} → {r.target}:{r.port} (priority {r.priority}, weight {r.weight})
          </li>
        ))}
      </ul>
      <label>
        <input type="radio" name={name} checked={choice === "skip"} onChange={() => onChange("skip")} /> Skip{" "}
        {n === 1 ? "it" : "them"}
      </label>{" "}
      <label>
        <input type="radio" name={name} checked={choice === "add"} onChange={() => onChange("add")} />{" "}
        {foreign.list
          ? `Add ${foreign.domain} to the ${LIST_NAME[foreign.list]} and add ${n === 1 ? "its record" : "its records"}`
          : `Add ${n === 1 ? "the record" : "the records"} (for ${foreign.domain})`}
      </label>
    </fieldset>
  );
}
