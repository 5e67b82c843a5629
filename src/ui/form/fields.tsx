// Labelled form controls bound to react-hook-form. Every control has a visible <label>; its error (from the
// parsePlan resolver) and any hint or warning are tied to it with aria-describedby.
import type { ReactNode } from "react";
import { type FieldValues, get, type Path, type UseFormReturn } from "react-hook-form";

interface Common<V extends FieldValues> {
  form: UseFormReturn<V>;
  name: Path<V>;
  /** unique id prefix of the form on the page */
  prefix: string;
  label: string;
  hint?: ReactNode;
  /** a non-blocking remark shown under the field (e.g. a character some CAs refuse) */
  warning?: string | null;
  required?: boolean;
  className?: string;
}

const idOf = (prefix: string, name: string) => `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

export function errorOf<V extends FieldValues>(form: UseFormReturn<V>, name: string): string | undefined {
  const e = get(form.formState.errors, name) as { message?: string } | undefined;
  return e?.message;
}

function Messages({
  id,
  hint,
  error,
  warning,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
  warning?: string | null;
}) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {warning ? (
        <p className="field-warning" id={`${id}-warning`}>
          <span className="tag tag-warning">Warning</span> {warning}
        </p>
      ) : null}
      {error ? (
        <div className="field-error" id={`${id}-error`}>
          {error.split("\n").map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one message, in order
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint: unknown, error: unknown, warning: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", warning ? `${id}-warning` : "", error ? `${id}-error` : ""].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function LabelText({ label, required }: { label: string; required?: boolean }) {
  return (
    <>
      {label}
      {required ? <span className="required"> (required)</span> : null}
    </>
  );
}

export function TextField<V extends FieldValues>(
  props: Common<V> & {
    type?: "text" | "date" | "number";
    autoComplete?: string;
    placeholder?: string;
    inputMode?: "numeric" | "text";
  },
) {
  const {
    form,
    name,
    prefix,
    label,
    hint,
    warning,
    required,
    className,
    type,
    autoComplete,
    placeholder,
    inputMode,
  } = props;
  const id = idOf(prefix, name);
  const error = errorOf(form, name);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <input
        id={id}
        type={type ?? "text"}
        autoComplete={autoComplete ?? "off"}
        spellCheck={false}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, warning)}
        {...form.register(name)}
      />
      <Messages id={id} hint={hint} error={error} warning={warning} />
    </div>
  );
}

export function TextAreaField<V extends FieldValues>(
  props: Common<V> & { rows?: number; countLabel?: string },
) {
  const { form, name, prefix, label, hint, warning, required, className, rows, countLabel } = props;
  const id = idOf(prefix, name);
  const error = errorOf(form, name);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
        {countLabel ? <span className="count"> {countLabel}</span> : null}
      </label>
      <textarea
        id={id}
        rows={rows ?? 3}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, warning)}
        {...form.register(name)}
      />
      <Messages id={id} hint={hint} error={error} warning={warning} />
    </div>
  );
}

export function SelectField<V extends FieldValues>(
  props: Common<V> & { options: readonly { value: string; label: string }[] },
) {
  const { form, name, prefix, label, hint, warning, required, className, options } = props;
  const id = idOf(prefix, name);
  const error = errorOf(form, name);
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, warning)}
        {...form.register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} warning={warning} />
    </div>
  );
}

export function CheckboxField<V extends FieldValues>(props: Common<V>) {
  const { form, name, prefix, label, hint, warning, className } = props;
  const id = idOf(prefix, name);
  const error = errorOf(form, name);
  return (
    <div className={`field field-check ${className ?? ""}`}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, warning)}
        {...form.register(name)}
      />
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} warning={warning} />
    </div>
  );
}

/** The form-level message: errors that belong to no single field. */
export function FormErrors<V extends FieldValues>({ form }: { form: UseFormReturn<V> }) {
  const message = errorOf(form, "root.plan");
  if (!message) return null;
  return (
    <div className="form-errors" role="alert">
      {message.split("\n").map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one message, in order
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** Says whether the form's values are in the plan, or kept aside until its errors are fixed. */
export function SaveState({ unsaved }: { unsaved: boolean }) {
  return (
    <p className={`save-state ${unsaved ? "save-state-unsaved" : ""}`} aria-live="polite">
      {unsaved
        ? "Not in the plan yet: fix the errors marked below (the plan keeps its last valid values)."
        : "Saved in the plan."}
    </p>
  );
}
