import type { Finding } from '@contract';
import { IssueKeyLink } from './issue-key-link';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { warning: 'Warning', info: 'Info' };

/** One finding: severity, title and count, advice, the issues involved and each occurrence. */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`keel-finding keel-finding--${finding.severity}`} data-kind={finding.kind}>
      <h3 className="keel-finding__title">
        <span className={`keel-severity keel-severity--${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        {finding.title}
        <span className="keel-count" data-testid="finding-count" aria-label={`${finding.count} found`}>
          {finding.count}
        </span>
      </h3>
      <p className="keel-finding__advice">{finding.advice}</p>
      {finding.issueKeys.length > 0 && (
        <ul className="keel-keys" aria-label={`Issues: ${finding.title}`}>
          {finding.issueKeys.map((key) => (
            <li key={key}>
              <IssueKeyLink issueKey={key} />
            </li>
          ))}
        </ul>
      )}
      {finding.details.length > 0 && (
        <details className="keel-details">
          <summary>
            {finding.details.length === 1 ? 'Show the occurrence' : `Show all ${finding.details.length} occurrences`}
          </summary>
          <ul>
            {finding.details.map((line, index) => (
              <li key={`${index}:${line}`}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
