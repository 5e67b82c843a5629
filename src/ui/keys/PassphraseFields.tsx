// A new passphrase typed twice, with the reason it is refused shown under the field as it is typed
// (spaces only, too short, the two differ) and tied to the inputs with aria-describedby.
import { type ReactNode, useId } from "react";
import { passphraseProblem } from "../../domain/passphrase";

export interface PassphraseFieldsProps {
  legend: string;
  label: string;
  repeatLabel: string;
  hint: ReactNode;
  value: string;
  repeat: string;
  onChange: (value: string, repeat: string) => void;
  children?: ReactNode;
}

/** True when the pair can be used: both typed, equal, and accepted by the passphrase rule. */
export function passphrasePairReady(value: string, repeat: string): boolean {
  return value !== "" && value === repeat && passphraseProblem(value) === null;
}

export function PassphraseFields({
  legend,
  label,
  repeatLabel,
  hint,
  value,
  repeat,
  onChange,
  children,
}: PassphraseFieldsProps) {
  const uid = useId();
  const problem = passphraseProblem(value);
  const mismatch = repeat !== "" && value !== repeat;
  return (
    <fieldset className="passphrase">
      <legend>{legend}</legend>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${uid}-a`}>{label}</label>
          <input
            id={`${uid}-a`}
            type="password"
            autoComplete="new-password"
            value={value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${uid}-problem ${uid}-hint` : `${uid}-hint`}
            onChange={(e) => onChange(e.target.value, repeat)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-b`}>{repeatLabel}</label>
          <input
            id={`${uid}-b`}
            type="password"
            autoComplete="new-password"
            value={repeat}
            aria-invalid={mismatch ? true : undefined}
            aria-describedby={mismatch ? `${uid}-err` : undefined}
            onChange={(e) => onChange(value, e.target.value)}
          />
        </div>
      </div>
      <p className="field-hint" id={`${uid}-hint`}>
        {hint}
      </p>
      {problem ? (
        <p className="field-error" id={`${uid}-problem`}>
          {problem}
        </p>
      ) : null}
      {mismatch ? (
        <p className="field-error" id={`${uid}-err`}>
          The two passphrases do not match.
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
