// "Import your topology": paste or drop exports (Skype for Business topology and shell JSON, Pexip and Expressway
// API answers, Cisco's show network cluster), see per component what would be created or changed and where each
// value came from, keep or untick each item, then apply: into the current plan, or as a new plan. The plan is only
// changed by Apply, and only when parsePlan accepts the result (the same checks as typed names).
import { type DragEvent, useId, useMemo, useRef, useState } from "react";
import type { PlanError } from "../../domain/plan-file";
import { describePath } from "../../domain/plan-paths";
import { checkFileSize, decodeBytes } from "../../import/decode";
import { type ImportSource, readSource, SOURCE_LABEL } from "../../import/detect";
import { ImportError } from "../../import/limits";
import {
  applyImport,
  buildPreview,
  DEFAULT_CHOICES,
  type ImportChoices,
  type ImportItem,
} from "../../import/mapping";
import { usePlanStore } from "../../state/plan-store";
import { useConfirm } from "../confirm";
import { confirmDiscard, planHasContent, replacePlanAndKeys } from "../plan-actions";
import { goTo } from "../router";
import "./import.css";
import { DropZone } from "../DropZone";

const ACTION_TEXT: Record<ImportItem["action"], string> = {
  create: "will be added",
  change: "will change",
  unchanged: "already in your plan, unchanged",
  "not-imported": "not imported",
};

interface Read {
  id: number;
  source: ImportSource;
}

let nextId = 1;

function sourceSummary(s: ImportSource): string {
  switch (s.kind) {
    case "sfb-topology": {
      const t = s.topology;
      return `${t.format === "tbxml" ? "Topology Builder file" : "published topology"}: ${t.pools.length} pool${t.pools.length === 1 ? "" : "s"}, ${t.edges.length} Edge pool${t.edges.length === 1 ? "" : "s"}, ${t.sipDomains.length} SIP domain${t.sipDomains.length === 1 ? "" : "s"}`;
    }
    case "pexip-workers":
      return `${s.nodes.length} node${s.nodes.length === 1 ? "" : "s"}`;
    case "pexip-locations":
      return `${s.locations.size} location${s.locations.size === 1 ? "" : "s"}`;
    case "sfb-sip-domains":
      return s.domains.map((d) => d.name).join(", ");
    case "sfb-simple-urls":
      return `${s.urls.meet.length + s.urls.dialin.length + (s.urls.admin ? 1 : 0)} simple URLs`;
    case "cucm-cluster":
      return `${(s.cluster.publisher ? 1 : 0) + s.cluster.subscribers.length} Unified CM node(s), ${s.cluster.imPresence.length} IM and Presence node(s)`;
    case "expressway-dns":
      return s.dns.fqdn;
    case "expressway-domains":
      return s.domains.map((d) => d.name).join(", ");
    case "pexip-global":
      return "read";
  }
}

export default function ImportTopology() {
  const uid = useId();
  const ask = useConfirm();
  const plan = usePlanStore((s) => s.plan);
  const [reads, setReads] = useState<Read[]>([]);
  const [errors, setErrors] = useState<{ name: string; message: string }[]>([]);
  const [paste, setPaste] = useState("");
  const [choices, setChoices] = useState<ImportChoices>(DEFAULT_CHOICES);
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const [applyErrors, setApplyErrors] = useState<PlanError[] | null>(null);
  const [status, setStatus] = useState("");
  const pasteCount = useRef(0);

  const sources = useMemo(() => reads.map((r) => r.source), [reads]);
  const preview = useMemo(() => buildPreview(sources, plan, choices), [sources, plan, choices]);
  const hasPexip = sources.some((s) => s.kind === "pexip-workers");
  const hasExpressway = sources.some((s) => s.kind === "expressway-dns");

  const add = (text: string, name: string) => {
    setApplyErrors(null);
    try {
      const source = readSource(text, name);
      setReads((rs) => [...rs, { id: nextId++, source }]);
      setErrors((es) => es.filter((e) => e.name !== name));
      setStatus(`Read “${name}”: ${SOURCE_LABEL[source.kind]}.`);
      return true;
    } catch (err) {
      const message =
        err instanceof ImportError
          ? err.message
          : `“${name}” could not be read (${err instanceof Error ? err.message : String(err)}). Nothing was imported and your plan is unchanged.`;
      setErrors((es) => [...es.filter((e) => e.name !== name), { name, message }]);
      setStatus("");
      return false;
    }
  };

  const addFiles = async (files: FileList | File[]) => {
    for (const f of Array.from(files)) {
      try {
        checkFileSize(f.size, f.name);
        add(decodeBytes(new Uint8Array(await f.arrayBuffer())), f.name);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        setErrors((es) => [...es.filter((e) => e.name !== f.name), { name: f.name, message }]);
      }
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    void addFiles(e.dataTransfer.files);
  };

  const toggle = (key: string, on: boolean) =>
    setSkipped((s) => {
      const n = new Set(s);
      if (on) n.delete(key);
      else n.add(key);
      return n;
    });

  const kept = preview.items.filter((i) => !i.blocked && i.apply && !skipped.has(i.key));

  const apply = async () => {
    setApplyErrors(null);
    if (kept.length === 0) {
      setStatus("Nothing is selected to import.");
      return;
    }
    if (choices.mode === "new" && !(await confirmDiscard(ask, "Starting a new plan from the import"))) return;
    const first = sources[0]?.name ?? "an import";
    const r = applyImport(preview, plan, choices, new Set(kept.map((i) => i.key)), `Imported from ${first}`);
    if (!r.ok) {
      // the current plan stays as it is
      setApplyErrors(r.errors);
      return;
    }
    if (choices.mode === "new") replacePlanAndKeys(r.plan);
    else usePlanStore.getState().commitPlan(r.plan);
    goTo("review");
  };

  return (
    <div className="import-topology">
      <details className="import-help">
        <summary>How to export from each platform</summary>
        <h4>Skype for Business Server / Lync Server</h4>
        <p>
          The Topology Builder file: in Topology Builder,{" "}
          <strong>Download Topology from existing deployment</strong> and save it as a <code>.tbxml</code>{" "}
          file. Or, in the Skype for Business Server Management Shell, the published topology and what it does
          not contain (simple URLs, SIP domains):
        </p>
        <pre>
          <code>{`(Get-CsTopology -AsXml).ToString() | Out-File -Encoding utf8 topology.xml
Get-CsSimpleUrlConfiguration | ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 simpleurls.json
Get-CsSipDomain | ConvertTo-Json | Out-File -Encoding utf8 sipdomains.json`}</code>
        </pre>
        <h4>Pexip Infinity</h4>
        <p>From any computer that reaches the Management Node (you are asked for the admin password):</p>
        <pre>
          <code>{`curl -u admin -o worker_vm.json "https://MANAGER/api/admin/configuration/v1/worker_vm/?limit=500"
curl -u admin -o system_location.json "https://MANAGER/api/admin/configuration/v1/system_location/?limit=500"
curl -u admin -o global.json "https://MANAGER/api/admin/configuration/v1/global/"`}</code>
        </pre>
        <h4>Cisco Unified CM and IM and Presence</h4>
        <p>
          On the publisher's command line (SSH as the platform administrator), run{" "}
          <code>show network cluster</code> and copy its whole output.
        </p>
        <h4>Cisco Expressway</h4>
        <pre>
          <code>{`curl -u admin -o dns.json "https://EXPRESSWAY/api/provisioning/common/dns/dns"
curl -u admin -o domains.json "https://EXPRESSWAY/api/provisioning/common/domain"`}</code>
        </pre>
        <p className="hint">
          Replace MANAGER and EXPRESSWAY with your servers' names. Everything you import stays in this page:
          nothing is sent anywhere.
        </p>
      </details>

      <DropZone className="import-drop" onDrop={onDrop}>
        <div className="field">
          <label htmlFor={`${uid}-file`}>Export files (drop them here, or choose)</label>
          <input
            id={`${uid}-file`}
            type="file"
            multiple
            accept=".tbxml,.xml,.json,.txt,.log"
            onChange={(e) => {
              const files = e.target.files ? Array.from(e.target.files) : [];
              e.target.value = "";
              void addFiles(files);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-paste`}>Or paste an export</label>
          <textarea
            id={`${uid}-paste`}
            rows={6}
            spellCheck={false}
            value={paste}
            onChange={(e) => setPaste(e.target.value)}
          />
        </div>
        <p>
          <button
            type="button"
            className="button"
            disabled={paste.trim() === ""}
            onClick={() => {
              pasteCount.current += 1;
              if (add(paste, `pasted text ${pasteCount.current}`)) setPaste("");
            }}
          >
            Read the pasted text
          </button>
        </p>
      </DropZone>
      <p role="status" className="status">
        {status}
      </p>
      {errors.length > 0 ? (
        <div className="panel panel-error" role="alert">
          <h4>Not imported</h4>
          <ul className="error-list">
            {errors.map((e) => (
              <li key={e.name}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {reads.length > 0 ? (
        <>
          <h4 id={`${uid}-read`}>Read so far</h4>
          <ul className="import-sources" aria-labelledby={`${uid}-read`}>
            {reads.map((r) => (
              <li key={r.id}>
                <strong>{r.source.name}</strong> — {SOURCE_LABEL[r.source.kind]} ({sourceSummary(r.source)}){" "}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Remove ${r.source.name}`}
                  onClick={() => setReads((rs) => rs.filter((x) => x.id !== r.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>

          <fieldset className="import-choices">
            <legend>Where the import goes</legend>
            <div className="field-check">
              <input
                type="radio"
                id={`${uid}-merge`}
                name={`${uid}-mode`}
                checked={choices.mode === "merge"}
                onChange={() => setChoices((c) => ({ ...c, mode: "merge" }))}
              />
              <label htmlFor={`${uid}-merge`}>
                Into the current plan
                {planHasContent(plan) ? ` (“${plan.name.trim() || "Untitled plan"}”)` : ""}: matching
                components are updated, the others are added
              </label>
            </div>
            <div className="field-check">
              <input
                type="radio"
                id={`${uid}-new`}
                name={`${uid}-mode`}
                checked={choices.mode === "new"}
                onChange={() => setChoices((c) => ({ ...c, mode: "new" }))}
              />
              <label htmlFor={`${uid}-new`}>As a new plan with only what is imported</label>
            </div>
          </fieldset>
          {hasPexip ? (
            <div className="field field-inline">
              <label htmlFor={`${uid}-px`}>Pexip deployment</label>
              <select
                id={`${uid}-px`}
                value={choices.pexipDeployment}
                onChange={(e) =>
                  setChoices((c) => ({
                    ...c,
                    pexipDeployment: e.target.value as ImportChoices["pexipDeployment"],
                  }))
                }
              >
                <option value="public-dmz">Public DMZ (federation with Skype for Business)</option>
                <option value="on-prem">On-premises (Trusted Application Pool)</option>
              </select>
            </div>
          ) : null}
          {hasPexip && choices.pexipDeployment === "on-prem" ? (
            <div className="field">
              <label htmlFor={`${uid}-pool`}>Trusted Application Pool FQDN</label>
              <input
                id={`${uid}-pool`}
                type="text"
                spellCheck={false}
                value={choices.pexipPoolFqdn}
                onChange={(e) => setChoices((c) => ({ ...c, pexipPoolFqdn: e.target.value }))}
              />
            </div>
          ) : null}
          {hasExpressway ? (
            <div className="field field-inline">
              <label htmlFor={`${uid}-ex`}>This Expressway is</label>
              <select
                id={`${uid}-ex`}
                value={choices.expresswayRole}
                onChange={(e) =>
                  setChoices((c) => ({
                    ...c,
                    expresswayRole: e.target.value as ImportChoices["expresswayRole"],
                  }))
                }
              >
                <option value="c">an Expressway-C</option>
                <option value="e">an Expressway-E</option>
              </select>
            </div>
          ) : null}

          <h3 id={`${uid}-preview`}>Preview</h3>
          <p className="hint">
            Nothing has changed yet. Untick what you do not want, then apply. Values with a problem are
            refused, as they would be if you typed them.
          </p>
          {preview.items.length === 0 ? <p>Nothing to import from what was read.</p> : null}
          {preview.items.map((item) => (
            <PreviewItem
              key={item.key}
              item={item}
              uid={`${uid}-${item.key.replace(/[^A-Za-z0-9-]/g, "-")}`}
              kept={!skipped.has(item.key)}
              onToggle={(on) => toggle(item.key, on)}
            />
          ))}
          {preview.notes.length > 0 ? (
            <div className="panel">
              <h4>Read, but not imported or to check</h4>
              <ul>
                {preview.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.refused.length > 0 ? (
            <div className="panel panel-error">
              <h4>Values refused</h4>
              <ul>
                {preview.refused.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.unrecognised.length > 0 ? (
            <div className="panel">
              <h4>Lines not recognised — check them yourself</h4>
              <p className="hint">
                These lines of show network cluster are neither a node nor the command's own headings: confirm
                nothing is missing from the preview above.
              </p>
              <ul>
                {preview.unrecognised.map((u) => (
                  <li key={`${u.source}-${u.line}`}>
                    {u.source}, line {u.line}: <code>{u.text}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {applyErrors ? (
            <div className="panel panel-error" role="alert">
              <h4>The import was not applied</h4>
              <p>Your plan is unchanged. The imported values gave these problems:</p>
              <ul className="error-list">
                {applyErrors.slice(0, 50).map((e) => (
                  <li key={`${e.path}|${e.message}`}>
                    <strong>{describePath(e.path)}:</strong> {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>
            <button type="button" className="button button-primary" onClick={() => void apply()}>
              Apply the import ({kept.length} item{kept.length === 1 ? "" : "s"})
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}

function PreviewItem({
  item,
  uid,
  kept,
  onToggle,
}: {
  item: ImportItem;
  uid: string;
  kept: boolean;
  onToggle: (on: boolean) => void;
}) {
  const canApply = !item.blocked && !!item.apply;
  return (
    <section className={`panel import-item import-${item.action}`} aria-labelledby={`${uid}-t`}>
      <h4 id={`${uid}-t`}>
        {item.title} — {item.blocked ? "cannot be imported" : ACTION_TEXT[item.action]}
      </h4>
      {item.blocked ? <p className="field-error">This item is not imported: {item.blocked}.</p> : null}
      {item.changes.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption>Changes to your plan</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">In your plan now</th>
                <th scope="col">After the import</th>
              </tr>
            </thead>
            <tbody>
              {item.changes.map((c) => (
                <tr key={c.label}>
                  <td>{c.label}</td>
                  <td>{c.before}</td>
                  <td>{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {item.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption>Values read</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Value</th>
                <th scope="col">Where it came from</th>
              </tr>
            </thead>
            <tbody>
              {item.rows.map((r) => (
                // a value may repeat (one external FQDN for several Edge services), never with the same label
                <tr key={`${r.label}|${r.value}`}>
                  <td>{r.label}</td>
                  <td>
                    <code>{r.value}</code>
                    {r.problem ? <span className="field-error"> {r.problem}</span> : null}
                  </td>
                  <td>{r.from}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canApply ? (
        <div className="field-check">
          <input
            type="checkbox"
            id={`${uid}-keep`}
            checked={kept}
            onChange={(e) => onToggle(e.target.checked)}
          />
          <label htmlFor={`${uid}-keep`}>Import {item.title}</label>
        </div>
      ) : null}
    </section>
  );
}
