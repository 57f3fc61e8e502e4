import type { ReactNode } from 'react';
import { FindingKeys } from './finding-keys';

export interface IssueFinding {
  kind: string;
  title: string;
  advice: string;
  issueKeys: string[];
}

interface Props {
  /** Id of the section's heading, for its label. */
  headingId: string;
  findings: IssueFinding[];
  /** What the listed issues are ("Decisions", "Deliverables"), for the key lists' labels. */
  keysLabel: string;
  testId: string;
  /** Shown when there is no finding; without it the section is left out. */
  whenNone?: ReactNode;
  /** Keys listed before a "Show all" button; every key without it. */
  keysShown?: number;
}

/** A report's findings as data: each a warning with what to do and the issues concerned, linked. */
export function IssueFindings({ headingId, findings, keysLabel, testId, whenNone, keysShown }: Props) {
  if (findings.length === 0 && whenNone === undefined) return null;
  return (
    <section className="keel-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="keel-section__title">
        Findings
      </h2>
      {findings.length === 0 ? (
        whenNone
      ) : (
        <ul className="keel-findings" data-testid={testId}>
          {findings.map((finding) => (
            <li key={`${finding.kind}:${finding.title}`} className="keel-finding keel-finding--warning" data-kind={finding.kind}>
              <h3 className="keel-finding__title">
                <span className="keel-severity keel-severity--warning">Warning</span>
                {finding.title}
              </h3>
              <p className="keel-finding__advice">{finding.advice}</p>
              <FindingKeys keys={finding.issueKeys} label={`${keysLabel}: ${finding.title}`} {...(keysShown === undefined ? {} : { shown: keysShown })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
