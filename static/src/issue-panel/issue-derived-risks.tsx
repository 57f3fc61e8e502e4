import type { DerivedRisk } from '@contract';

/** The schedule risks the plan reveals that this issue takes part in, each with its evidence. */
export function IssueDerivedRisks({ derived }: { derived: readonly DerivedRisk[] }) {
  if (derived.length === 0) return <p className="keel-muted keel-ip-text">The plan reveals no schedule risk involving this issue.</p>;
  return (
    <ul className="keel-ip-list" data-testid="issue-derived-risks">
      {derived.map((risk) => (
        <li key={`${risk.kind}:${risk.title}`} className={`keel-ip-item keel-ip-derived keel-ip-derived--${risk.severity}`} data-kind={risk.kind}>
          <div className="keel-ip-row__line">
            <span className={`keel-lozenge keel-ip-lozenge--${risk.severity === 'high' ? 'danger' : 'warning'}`}>{risk.severity === 'high' ? 'High' : 'Medium'}</span>
            <span className="keel-ip-summary" data-testid="derived-title">{risk.title}</span>
          </div>
          <ul className="keel-ip-reasons keel-ip-evidence" aria-label="Evidence">
            {risk.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
