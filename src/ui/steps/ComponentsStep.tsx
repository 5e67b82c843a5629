import { memo, useCallback, useId, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { COMPONENT_LABELS, componentTemplate } from "../../domain/presets";
import { COMPONENT_TYPES, type Component, type ComponentType, type Plan } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { isDeferredCard, useControlsShown } from "../deferred-card";
import {
  type ComponentValues,
  componentErrorField,
  componentFromValues,
  componentValues,
  type FieldDesc,
  fieldsOf,
} from "../form/component-fields";
import {
  CheckboxField,
  errorOf,
  FormErrors,
  SaveState,
  SelectField,
  TextAreaField,
  TextField,
} from "../form/fields";
import { joinList, type SliceSpec, splitLines, splitList } from "../form/plan-resolver";
import { usePlanForm } from "../form/use-plan-form";
import { fieldFocusRequested } from "../pending";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";

function componentSpec(index: number, type: ComponentType): SliceSpec<ComponentValues> {
  return {
    toPlan(v, plan) {
      const components: unknown[] = [...plan.components];
      const original = plan.components[index] ?? componentTemplate(type, plan);
      components[index] = componentFromValues(type, v, original);
      return { ...plan, components };
    },
    fieldOf(t, e, v) {
      if (t[0] !== "components") return null;
      if (t[1] === index) return componentErrorField(type, t.slice(2), e, v);
      // a duplicate id is reported on the later component: show it on this one's id field too
      if (t[2] === "id" && e.message.includes(`components[${index}]`)) {
        return { field: "id", message: `is also used by components[${String(t[1])}]; ids must be unique` };
      }
      return null;
    },
  };
}

const componentDraftKey = (index: number) => `components.${index}`;

function Field({
  desc,
  form,
  prefix,
}: {
  desc: FieldDesc;
  form: ReturnType<typeof usePlanForm<ComponentValues>>["form"];
  prefix: string;
}) {
  const common = { form, prefix, label: desc.label, hint: desc.hint, required: desc.required };
  switch (desc.kind) {
    case "list":
    case "nodes":
      return <ListField desc={desc} form={form} prefix={prefix} />;
    case "select":
    case "tristate":
      return <SelectField {...common} name={desc.key} options={desc.options ?? []} />;
    case "bool":
      return <CheckboxField {...common} name={desc.key} className="span-2" />;
    case "eku":
      return (
        <fieldset
          className="span-2 eku-fieldset"
          aria-describedby={errorOf(form, "ekuServerAuth") ? `${prefix}-eku-error` : undefined}
        >
          <legend>{desc.label}</legend>
          <CheckboxField
            form={form}
            prefix={prefix}
            name="ekuServerAuth"
            label="Server authentication (serverAuth)"
          />
          <CheckboxField
            form={form}
            prefix={prefix}
            name="ekuClientAuth"
            label="Client authentication (clientAuth)"
          />
        </fieldset>
      );
    case "int":
      return <TextField {...common} name={desc.key} inputMode="numeric" />;
    default:
      return <TextField {...common} name={desc.key} />;
  }
}

function ListField({
  desc,
  form,
  prefix,
}: {
  desc: FieldDesc;
  form: ReturnType<typeof usePlanForm<ComponentValues>>["form"];
  prefix: string;
}) {
  const text = useWatch({ control: form.control, name: desc.key }) as string | undefined;
  const count =
    desc.kind === "nodes" ? splitLines(text ?? "").items.length : splitList(text ?? "").items.length;
  const lines = (text ?? "").split("\n").length;
  return (
    <TextAreaField
      form={form}
      prefix={prefix}
      name={desc.key}
      label={desc.label}
      hint={desc.hint}
      required={desc.required}
      rows={Math.min(10, Math.max(3, lines + 1))}
      countLabel={`(${count} ${desc.kind === "nodes" ? "node" : "name"}${count === 1 ? "" : "s"})`}
      className="span-2"
    />
  );
}

function CardHead({
  uid,
  index,
  component,
  id,
  onRemove,
}: {
  uid: string;
  index: number;
  component: Component;
  id: string;
  onRemove: (index: number) => void;
}) {
  return (
    <div className="card-head">
      <h3 id={`${uid}-h`}>
        {COMPONENT_LABELS[component.type]} <span className="muted">— {id || component.id}</span>
      </h3>
      <button type="button" className="button button-small" onClick={() => onRemove(index)}>
        Remove {component.id}
      </button>
    </div>
  );
}

/** A component's form. In a long list (a 1,000-node plan has dozens of components), a far card mounts it only
 *  when the browser first finds the card near the viewport (deferred-card.tsx): each form validates the plan
 *  when it mounts and holds a dozen controls, and Chrome's autofill forces the layout of every skipped card
 *  holding controls. */
function ComponentForm({
  uid,
  index,
  component,
  onRemove,
}: {
  uid: string;
  index: number;
  component: Component;
  onRemove: (index: number) => void;
}) {
  const spec = useMemo(() => componentSpec(index, component.type), [index, component.type]);
  const place = useMemo(
    () => ({
      step: "components" as const,
      title: `${COMPONENT_LABELS[component.type]} “${component.id}”`,
      label: (f: string) =>
        fieldsOf(component.type).find((d) => d.key === f || (d.kind === "eku" && f.startsWith("eku")))
          ?.label ?? f,
    }),
    [component.type, component.id],
  );
  const { form, unsaved } = usePlanForm(
    componentDraftKey(index),
    spec,
    () => componentValues(component),
    place,
  );
  const id = useWatch({ control: form.control, name: "id" }) as string;
  const prefix = `${uid}-c`;
  return (
    <>
      <CardHead uid={uid} index={index} component={component} id={id} onRemove={onRemove} />
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SaveState unsaved={unsaved} />
        <FormErrors form={form} />
        <div className="grid-2">
          {fieldsOf(component.type).map((d) => (
            <Field key={d.key} desc={d} form={form} prefix={prefix} />
          ))}
        </div>
      </form>
    </>
  );
}

const ComponentCard = memo(function ComponentCard({
  index,
  component,
  onRemove,
  deferred,
}: {
  index: number;
  component: Component;
  onRemove: (index: number) => void;
  deferred: boolean;
}) {
  const uid = useId();
  const { ref, shown } = useControlsShown(deferred);
  return (
    <section
      ref={ref}
      className={deferred ? "panel component-card deferred" : "panel component-card"}
      aria-labelledby={`${uid}-h`}
    >
      {shown ? (
        <ComponentForm uid={uid} index={index} component={component} onRemove={onRemove} />
      ) : (
        <CardHead uid={uid} index={index} component={component} id={component.id} onRemove={onRemove} />
      )}
    </section>
  );
});

// ---------------------------------------------------------------- Skype for Business settings (plan.sfb, plan.clients)

interface SfbValues {
  version: string;
  meet: string;
  dialin: string;
  admin: string;
  mobility: boolean;
  wildcardSimpleUrls: boolean;
  lyncPhoneEdition: boolean;
  strictDnsNaming: boolean;
}

const sfbSpec: SliceSpec<SfbValues> = {
  toPlan(v, plan) {
    const next: Record<string, unknown> = { ...plan };
    const sfb: Record<string, unknown> = {};
    if (v.version !== "") sfb.version = v.version;
    const urls: Record<string, unknown> = {};
    const meet = splitList(v.meet).items;
    const dialin = splitList(v.dialin).items;
    if (meet.length > 0) urls.meet = meet;
    if (dialin.length > 0) urls.dialin = dialin;
    if (v.admin.trim() !== "") urls.admin = v.admin;
    if (Object.keys(urls).length > 0) sfb.simpleUrls = urls;
    if (!v.mobility) sfb.mobility = false;
    else if (plan.sfb?.mobility !== undefined) sfb.mobility = true;
    if (v.wildcardSimpleUrls) sfb.wildcardSimpleUrls = true;
    if (Object.keys(sfb).length > 0) next.sfb = sfb;
    else delete next.sfb;
    const clients: Record<string, unknown> = {};
    if (v.lyncPhoneEdition) clients.lyncPhoneEdition = true;
    if (!v.strictDnsNaming) clients.strictDnsNaming = false;
    if (Object.keys(clients).length > 0) next.clients = clients;
    else delete next.clients;
    return next;
  },
  fieldOf(t, e, v) {
    const [a, b, c, d] = t;
    if (a === "sfb" && b === "simpleUrls" && (c === "meet" || c === "dialin")) {
      const list = splitList(c === "meet" ? v.meet : v.dialin);
      const line = typeof d === "number" ? list.lines[d] : undefined;
      return { field: c, message: line ? `Line ${line}: ${e.message}` : e.message };
    }
    if (a === "sfb" && b === "simpleUrls" && c === "admin") return { field: "admin", message: e.message };
    if (a === "sfb" && typeof b === "string")
      return { field: b === "simpleUrls" ? "meet" : b, message: e.message };
    if (a === "clients" && typeof b === "string") return { field: b, message: e.message };
    if (a === "sfb" || a === "clients") return { field: "", message: `${a} ${e.message}` };
    return null;
  },
};

function sfbInitial(plan: Plan): SfbValues {
  return {
    version: plan.sfb?.version ?? "",
    meet: joinList(plan.sfb?.simpleUrls?.meet),
    dialin: joinList(plan.sfb?.simpleUrls?.dialin),
    admin: plan.sfb?.simpleUrls?.admin ?? "",
    mobility: plan.sfb?.mobility !== false,
    wildcardSimpleUrls: plan.sfb?.wildcardSimpleUrls === true,
    lyncPhoneEdition: plan.clients?.lyncPhoneEdition === true,
    strictDnsNaming: plan.clients?.strictDnsNaming !== false,
  };
}

const SFB_LABELS: Record<string, string> = {
  version: "Server version",
  admin: "Admin simple URL",
  meet: "Meet simple URLs",
  dialin: "Dial-in simple URLs",
  mobility: "Mobility (lyncdiscover names)",
  wildcardSimpleUrls: "Cover simple URLs with a wildcard",
  lyncPhoneEdition: "Lync Phone Edition devices in use",
  strictDnsNaming: "Clients use strict DNS naming",
};

const SFB_PLACE = {
  step: "components",
  title: "Skype for Business / Lync settings",
  label: (f: string) => SFB_LABELS[f] ?? f,
} as const;

function SfbSettings() {
  const uid = useId();
  const p = `${uid}-sfb`;
  const { form, unsaved } = usePlanForm("sfb", sfbSpec, sfbInitial, SFB_PLACE);
  return (
    <section className="panel" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Skype for Business / Lync settings</h3>
      <p className="hint">Shared by every Skype for Business component of the plan.</p>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SaveState unsaved={unsaved} />
        <FormErrors form={form} />
        <div className="grid-2">
          <SelectField
            form={form}
            prefix={p}
            name="version"
            label="Server version"
            options={[
              { value: "", label: "Not set" },
              { value: "lync-2010", label: "Lync Server 2010" },
              { value: "lync-2013", label: "Lync Server 2013" },
              { value: "sfb-2015", label: "Skype for Business Server 2015" },
              { value: "sfb-2019", label: "Skype for Business Server 2019" },
            ]}
          />
          <TextField
            form={form}
            prefix={p}
            name="admin"
            label="Admin simple URL"
            hint="e.g. admin.contoso.com"
          />
          <TextAreaField
            form={form}
            prefix={p}
            name="meet"
            label="Meet simple URLs"
            rows={3}
            hint="One per SIP domain, one per line."
          />
          <TextAreaField form={form} prefix={p} name="dialin" label="Dial-in simple URLs" rows={3} />
          <CheckboxField form={form} prefix={p} name="mobility" label="Mobility (lyncdiscover names)" />
          <CheckboxField
            form={form}
            prefix={p}
            name="wildcardSimpleUrls"
            label="Cover simple URLs with a wildcard where Microsoft allows it"
          />
          <CheckboxField
            form={form}
            prefix={p}
            name="lyncPhoneEdition"
            label="Lync Phone Edition devices in use"
          />
          <CheckboxField
            form={form}
            prefix={p}
            name="strictDnsNaming"
            label="Clients use strict DNS naming (default)"
          />
        </div>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------- the step

/** A far card of a long list waits for the viewport (deferred-card.tsx), unless its form holds edits the plan
 *  does not have (their errors show at once) or the admin is being taken to one of its fields. */
function deferComponentCard(index: number, count: number): boolean {
  const key = componentDraftKey(index);
  return (
    isDeferredCard(index, count) &&
    usePlanStore.getState().drafts[key] === undefined &&
    !fieldFocusRequested(key)
  );
}

function clearComponentDrafts(): void {
  const s = usePlanStore.getState();
  for (const key of Object.keys(s.drafts)) if (key.startsWith("components.")) s.clearDraft(key);
}

export default function ComponentsStep() {
  const uid = useId();
  const components = usePlanStore((s) => s.plan.components);
  const hasSfb = usePlanStore(
    (s) => s.plan.components.some((c) => c.type.startsWith("sfb-")) || s.plan.sfb !== undefined,
  );
  const [listVersion, setListVersion] = useState(0);
  const [type, setType] = useState<ComponentType>("sfb-edge");
  const [announce, setAnnounce] = useState("");

  const add = () => {
    const s = usePlanStore.getState();
    const c = componentTemplate(type, s.plan);
    s.commitPlan({ ...s.plan, components: [...s.plan.components, c] });
    setListVersion((v) => v + 1);
    setAnnounce(`Added ${COMPONENT_LABELS[type]} “${c.id}” with example values: edit them below.`);
  };

  const remove = useCallback((index: number) => {
    const s = usePlanStore.getState();
    const c = s.plan.components[index];
    if (!c) return;
    clearComponentDrafts();
    s.commitPlan({ ...s.plan, components: s.plan.components.filter((_, i) => i !== index) });
    setListVersion((v) => v + 1);
    setAnnounce(`Removed “${c.id}”.`);
  }, []);

  return (
    <section aria-labelledby={`${uid}-h`} className="step">
      <StepHeading id={`${uid}-h`}>Components</StepHeading>
      <p className="lead">
        The roles of the deployment. Each produces one or more certificates; long server and node lists can be
        pasted, one FQDN per line.
      </p>
      <div className="panel add-component">
        <div className="field">
          <label htmlFor={`${uid}-type`}>Component type</label>
          <select id={`${uid}-type`} value={type} onChange={(e) => setType(e.target.value as ComponentType)}>
            {COMPONENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {COMPONENT_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-primary" onClick={add}>
          Add component
        </button>
      </div>
      <p role="status" className="status">
        {announce}
      </p>
      {components.length === 0 ? (
        <p className="empty">No components yet: add one above, or start from a preset.</p>
      ) : null}
      {hasSfb ? <SfbSettings /> : null}
      {components.map((c, i) => (
        <ComponentCard
          // the key changes when components are added or removed: forms start from the plan's values again
          // biome-ignore lint/suspicious/noArrayIndexKey: a form belongs to a position in the list (its id is editable)
          key={`${listVersion}-${i}`}
          index={i}
          component={c}
          onRemove={remove}
          deferred={deferComponentCard(i, components.length)}
        />
      ))}
      <StepNav step="components" />
    </section>
  );
}
