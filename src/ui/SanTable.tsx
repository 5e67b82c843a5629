import { useId, useState } from "react";
import type { SanEntry } from "../domain/types";

/** Rows shown before "Show all": a 1,000-name certificate renders fast and the page stays readable. */
export const SAN_ROWS_COLLAPSED = 50;

/** The numbered SAN table: name, type, why it is there. */
export function SanTable({
  sans,
  caption,
  print = false,
}: {
  sans: SanEntry[];
  caption: string;
  print?: boolean;
}) {
  const uid = useId();
  const [all, setAll] = useState(false);
  const shown = all || print ? sans : sans.slice(0, SAN_ROWS_COLLAPSED);
  return (
    <>
      <div className="table-scroll">
        <table className="table san-table" id={`${uid}-t`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Why it is there</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s, i) => (
              <tr key={s.value}>
                <td className="num">{i + 1}</td>
                <td>
                  <code>{s.value}</code>
                </td>
                <td>{s.type === "ip" ? "IP address" : "DNS name"}</td>
                <td>{s.reasons.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!print && sans.length > SAN_ROWS_COLLAPSED ? (
        <button
          type="button"
          className="button button-small"
          aria-controls={`${uid}-t`}
          onClick={() => setAll((v) => !v)}
        >
          {all ? `Show the first ${SAN_ROWS_COLLAPSED} names only` : `Show all ${sans.length} names`}
        </button>
      ) : null}
    </>
  );
}
