import type { RiskRegisterResult } from '@contract';

interface RiskSetupProblemsProps {
  problems: readonly string[];
  fields: RiskRegisterResult['fields'];
}

/** What a Jira admin should map in Keel's settings for a complete register, and which site field each slot reads. */
export function RiskSetupProblems({ problems, fields }: RiskSetupProblemsProps) {
  return (
    <section className="keel-state keel-risk-setup" aria-labelledby="keel-risk-setup-title" data-testid="setup-problems">
      <h2 id="keel-risk-setup-title" className="keel-state__title">
        The risk register is not fully set up
      </h2>
      <ul className="keel-risk-setup__list">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="keel-state__advice">A Jira admin can map these in Keel&apos;s settings; the register fills in on the next load.</p>
      <details className="keel-details">
        <summary>Fields Keel reads for risks</summary>
        <table className="keel-table keel-table--compact">
          <thead>
            <tr>
              <th scope="col">Risk field</th>
              <th scope="col">Site field</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.slot}>
                <th scope="row">{f.slot}</th>
                <td>{f.fieldId === null ? <span className="keel-muted">Not mapped</span> : `${f.fieldName ?? f.fieldId} (${f.fieldId})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
