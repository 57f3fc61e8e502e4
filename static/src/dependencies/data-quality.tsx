import type { ScheduleResult } from '@contract';
import { FindingItem } from '../overview/finding-item';
import { IssueKeyLink } from '../overview/issue-key-link';
import { findingEffect } from './finding-effect';

/** Cycles with the link to cut, and the other findings, each with what it does to the schedule. */
export function DataQuality({ schedule }: { schedule: ScheduleResult }) {
  const { cycles } = schedule;
  // Cycles have their own cards above, with the suggested cut; the matching finding would repeat them.
  const findings = schedule.findings.filter((f) => f.kind !== 'dependency-cycle');
  return (
    <section className="keel-section" aria-labelledby="keel-dq-title" data-testid="data-quality">
      <h2 id="keel-dq-title" className="keel-section__title">
        Data quality
      </h2>
      {cycles.length === 0 && findings.length === 0 && <p className="keel-muted">No data-quality problems affect the schedule.</p>}
      {cycles.length > 0 && (
        <ul className="keel-findings" aria-label="Dependency cycles">
          {cycles.map((cycle) => (
            <li key={cycle.suggestedCut.linkId} className="keel-finding keel-finding--warning" data-testid="cycle">
              <h3 className="keel-finding__title">
                <span className="keel-severity keel-severity--warning">Cycle</span>
                {`${cycle.issueKeys.length} issues depend on each other in a loop`}
              </h3>
              <ul className="keel-keys keel-cycle-keys" aria-label="Issues in the cycle">
                {cycle.issueKeys.map((key) => (
                  <li key={key}>
                    <IssueKeyLink issueKey={key} />
                  </li>
                ))}
              </ul>
              <p className="keel-note" data-testid="suggested-cut">
                {`Suggested fix: delete or re-point the link ${cycle.suggestedCut.fromKey} → ${cycle.suggestedCut.toKey} (${cycle.suggestedCut.kind}).`}
              </p>
              <p className="keel-finding__advice">
                {`Until then Keel leaves ${cycle.ignoredLinkIds.length === 1 ? 'that link' : `${cycle.ignoredLinkIds.length} links`} out of the schedule; it is drawn dashed and labelled “cut”.`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {findings.length > 0 && (
        <ul className="keel-findings keel-findings--spaced" data-testid="schedule-findings">
          {findings.map((finding) => (
            <li key={`${finding.kind}:${finding.title}`} className="keel-finding-with-effect">
              {/* FindingItem is a list item: a one-item list keeps the markup valid. */}
              <ul className="keel-findings">
                <FindingItem finding={finding} />
              </ul>
              <p className="keel-effect" data-kind={finding.kind}>
                <strong>Effect on the schedule: </strong>
                {findingEffect(finding.kind)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
