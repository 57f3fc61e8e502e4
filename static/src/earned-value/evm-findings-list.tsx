import type { EvmFinding } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';

const SEVERITY_LABEL: Record<EvmFinding['severity'], string> = { warning: 'Warning', info: 'Info' };
const KEYS_SHOWN = 30;

/** What data the figures had to leave out or assume, each with its effect on them and how to fix it. */
export function EvmFindingsList({ findings }: { findings: readonly EvmFinding[] }) {
  return (
    <section className="keel-section" aria-labelledby="keel-ev-findings-title" data-testid="evm-findings">
      <h2 id="keel-ev-findings-title" className="keel-section__title">Missing data and its effect</h2>
      {findings.length === 0 ? (
        <p className="keel-muted">Nothing is missing: every issue in scope has a budget, planned dates and costed worklogs.</p>
      ) : (
        <ul className="keel-findings">
          {findings.map((f) => (
            <li key={`${f.kind}:${f.title}`} className={`keel-finding keel-finding--${f.severity}`} data-kind={f.kind}>
              <h3 className="keel-finding__title">
                <span className={`keel-severity keel-severity--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                {f.title}
                <span className="keel-count" aria-label={`${f.count} found`}>{f.count}</span>
              </h3>
              <p className="keel-ev-effect" data-testid="finding-effect">
                <strong>Effect: </strong>
                {f.effect}
              </p>
              {f.issueKeys.length > 0 && (
                <ul className="keel-keys" aria-label={`Issues: ${f.title}`}>
                  {f.issueKeys.slice(0, KEYS_SHOWN).map((key) => (
                    <li key={key}><IssueKeyLink issueKey={key} /></li>
                  ))}
                  {f.issueKeys.length > KEYS_SHOWN && <li className="keel-muted">{`and ${f.issueKeys.length - KEYS_SHOWN} more`}</li>}
                </ul>
              )}
              {f.details.length > 0 && (
                <details className="keel-details">
                  <summary>{f.details.length === 1 ? 'Show the occurrence' : `Show all ${f.details.length} occurrences`}</summary>
                  <ul>
                    {f.details.map((line, index) => (
                      <li key={`${index}:${line}`}>{line}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
