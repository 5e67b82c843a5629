import { useId } from "react";
import { useWatch } from "react-hook-form";
import { PUBLIC_CA_LABEL, VALIDATION_METHOD_LABEL } from "../../domain/public-ca";
import { type Plan, PUBLIC_CAS, VALIDATION_METHODS } from "../../domain/types";
import { countryWarning, dnCharWarning } from "../dn-checks";
import { FormErrors, SaveState, SelectField, TextField } from "../form/fields";
import type { SliceSpec } from "../form/plan-resolver";
import { numberOrText } from "../form/plan-resolver";
import { usePlanForm } from "../form/use-plan-form";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";

interface OrgValues {
  name: string;
  issueDate: string;
  O: string;
  OU: string;
  L: string;
  ST: string;
  C: string;
  caType: string;
  publicCa: string;
  validationLevel: string;
  validationMethod: string;
  validityDays: string;
}

/** The plan-wide choices of a public order, each "" when not chosen (the field is then absent from the plan). */
const PUBLIC_KEYS = ["publicCa", "validationLevel", "validationMethod"] as const;

const SUBJECT_KEYS = ["O", "OU", "L", "ST", "C"] as const;

const PUBLIC_CA_OPTIONS = [
  { value: "", label: "Not named" },
  ...PUBLIC_CAS.map((ca) => ({ value: ca, label: PUBLIC_CA_LABEL[ca] })),
];

const VALIDATION_METHOD_OPTIONS = [
  { value: "", label: "Not decided" },
  ...VALIDATION_METHODS.map((m) => ({ value: m, label: VALIDATION_METHOD_LABEL[m] })),
];

const spec: SliceSpec<OrgValues> = {
  toPlan(v, plan) {
    const next: Record<string, unknown> = { ...plan, name: v.name };
    if (v.issueDate.trim() === "") delete next.issueDate;
    else next.issueDate = v.issueDate.trim();
    const subject: Record<string, string> = {};
    for (const k of SUBJECT_KEYS) if (v[k].trim() !== "") subject[k] = v[k];
    if (Object.keys(subject).length > 0) next.subject = subject;
    else delete next.subject;
    const defaults: Record<string, unknown> = { ...plan.defaults };
    if (v.caType === "") delete defaults.caType;
    else defaults.caType = v.caType;
    for (const k of PUBLIC_KEYS) {
      if (v[k] === "") delete defaults[k];
      else defaults[k] = v[k];
    }
    if (v.validityDays.trim() === "") delete defaults.validityDays;
    else defaults.validityDays = numberOrText(v.validityDays);
    if (Object.keys(defaults).length > 0) next.defaults = defaults;
    else delete next.defaults;
    return next;
  },
  fieldOf(t, e) {
    const [a, b] = t;
    if (a === "name" || a === "issueDate") return { field: a, message: e.message };
    if (a === "subject") return { field: typeof b === "string" ? b : "O", message: e.message };
    if (
      a === "defaults" &&
      (b === "caType" ||
        b === "validityDays" ||
        b === "publicCa" ||
        b === "validationLevel" ||
        b === "validationMethod")
    )
      return { field: b, message: e.message };
    return null;
  },
};

function initial(plan: Plan): OrgValues {
  const s = plan.subject ?? {};
  return {
    name: plan.name,
    issueDate: plan.issueDate ?? "",
    O: s.O ?? "",
    OU: s.OU ?? "",
    L: s.L ?? "",
    ST: s.ST ?? "",
    C: s.C ?? "",
    caType: plan.defaults?.caType ?? "",
    publicCa: plan.defaults?.publicCa ?? "",
    validationLevel: plan.defaults?.validationLevel ?? "",
    validationMethod: plan.defaults?.validationMethod ?? "",
    validityDays: plan.defaults?.validityDays === undefined ? "" : String(plan.defaults.validityDays),
  };
}

const LABELS: Record<string, string> = {
  name: "Plan name",
  issueDate: "Issue date",
  O: "Organization (O)",
  OU: "Organizational unit (OU)",
  L: "Locality / city (L)",
  ST: "State or province (ST)",
  C: "Country (C)",
  caType: "Certificate authority",
  validityDays: "Validity (days)",
};

const PLACE = { step: "organization", title: "Organization", label: (f: string) => LABELS[f] ?? f } as const;

export default function OrganizationStep() {
  const uid = useId();
  const { form, unsaved } = usePlanForm("organization", spec, initial, PLACE);
  const values = useWatch({ control: form.control }) as Partial<OrgValues>;
  const p = `${uid}-org`;
  return (
    <section aria-labelledby={`${uid}-h`} className="step">
      <StepHeading id={`${uid}-h`}>Organization</StepHeading>
      <p className="lead">
        The plan's name and the Subject fields every certificate request carries. Leave a field empty to omit
        it; the CA may replace these with the values it validated.
      </p>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SaveState unsaved={unsaved} />
        <FormErrors form={form} />
        <fieldset>
          <legend>Plan</legend>
          <div className="grid-2">
            <TextField
              form={form}
              prefix={p}
              name="name"
              label="Plan name"
              hint="Printed on the worksheet and used as the file name."
            />
            <TextField
              form={form}
              prefix={p}
              name="issueDate"
              type="date"
              label="Issue date"
              hint="When the certificates will be issued (empty: today). Validity limits depend on it."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Subject (distinguished name)</legend>
          <div className="grid-2">
            <TextField
              form={form}
              prefix={p}
              name="O"
              label="Organization (O)"
              autoComplete="organization"
              warning={dnCharWarning(values.O)}
            />
            <TextField
              form={form}
              prefix={p}
              name="OU"
              label="Organizational unit (OU)"
              hint="Only certificates from your internal CA carry it: public CAs leave it out (CA/Browser Forum Baseline Requirements)."
              warning={dnCharWarning(values.OU)}
            />
            <TextField
              form={form}
              prefix={p}
              name="L"
              label="Locality / city (L)"
              autoComplete="address-level2"
              warning={dnCharWarning(values.L)}
            />
            <TextField
              form={form}
              prefix={p}
              name="ST"
              label="State or province (ST)"
              autoComplete="address-level1"
              warning={dnCharWarning(values.ST)}
            />
            <TextField
              form={form}
              prefix={p}
              name="C"
              label="Country (C)"
              hint="Two-letter ISO 3166 code, e.g. US, GB, DE."
              autoComplete="country"
              warning={countryWarning(values.C)}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Defaults for every certificate</legend>
          <div className="grid-2">
            <SelectField
              form={form}
              prefix={p}
              name="caType"
              label="Certificate authority"
              options={[
                { value: "", label: "Public CA (default)" },
                { value: "public", label: "Public CA" },
                { value: "internal", label: "Internal / enterprise CA" },
              ]}
              hint="A component can override it."
            />
            <TextField
              form={form}
              prefix={p}
              name="validityDays"
              inputMode="numeric"
              label="Validity (days)"
              hint="Empty: the longest a public CA may issue on the issue date (two years for an internal CA)."
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Public CA order</legend>
          <div className="grid-2">
            <SelectField
              form={form}
              prefix={p}
              name="publicCa"
              label="Public CA"
              options={PUBLIC_CA_OPTIONS}
              hint="Findings then give that CA's own dates (for example when it stops issuing Client Authentication). A certificate can override it on the Review step."
            />
            <SelectField
              form={form}
              prefix={p}
              name="validationLevel"
              label="Validation level"
              options={[
                { value: "", label: "Organization validated, OV (default)" },
                { value: "DV", label: "Domain validated, DV" },
                { value: "OV", label: "Organization validated, OV" },
                { value: "EV", label: "Extended validation, EV" },
              ]}
              hint="A DV certificate carries the names and at most the Country: the CA ignores Organization, Locality and State."
            />
            <SelectField
              form={form}
              prefix={p}
              name="validationMethod"
              label="How the CA validates your domains"
              options={VALIDATION_METHOD_OPTIONS}
              hint="Email and phone validation are being retired by the CA/Browser Forum: phone from March 15, 2027, email from March 15, 2028."
            />
          </div>
        </fieldset>
      </form>
      <StepNav step="organization" />
    </section>
  );
}
