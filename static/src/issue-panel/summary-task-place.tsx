import type { IssueScheduleResult } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { HiddenLinksNote } from './hidden-links-note';
import { NeighbourList } from './neighbour-list';
import { formatDay, workingDays } from './schedule-format';
import { SlackLozenge } from './slack-lozenge';

type SummaryTaskPlace = NonNullable<IssueScheduleResult['summaryTask']>;

const span = (start: string, finish: string) => `${formatDay(start)} – ${formatDay(finish)}`;

/**
 * A parent on its project's schedule: a summary task whose dates roll up from its activities, as Microsoft
 * Project shows one. Its activities, and the work outside it that their links (or its own) reach.
 */
export function SummaryTaskPlace({ place, stored = false }: { place: SummaryTaskPlace; stored?: boolean }) {
  const { summary: s, activities } = place;
  const count = s.activityCount === 1 ? '1 activity' : `${s.activityCount} activities`;
  // Done work keeps its actual dates and has no slack to speak of (as an activity's panel says).
  const done = activities.length === s.activityCount && activities.every((a) => a.fixed && a.statusCategory === 'done');
  const lozenge = done ? 'Done' : s.critical ? 'Critical' : s.nearCritical ? 'Near-critical' : `Has ${workingDays(s.totalSlackDays)} of slack`;
  const appearance = done ? 'success' : s.critical ? 'danger' : s.nearCritical ? 'warning' : 'default';
  return (
    <>
      {place.hiddenLinks !== null && place.hiddenLinks > 0 && <HiddenLinksNote count={place.hiddenLinks} datesAllowForThem={stored} />}
      <section className="keel-ip-section" aria-labelledby="keel-ip-summary-title" data-testid="summary-task">
        <h2 id="keel-ip-summary-title" className="keel-ip-title">
          A summary task on the {place.project.name} schedule{' '}
          <span className={`keel-lozenge keel-ip-lozenge--${appearance}`} data-testid="summary-slack">
            {lozenge}
          </span>
        </h2>
        <p className="keel-ip-text">{`${s.key} is a parent (${s.type}): Keel schedules its ${count}, and its dates roll up from theirs, as Microsoft Project rolls up a summary task. Its own estimate, if any, is not scheduled.`}</p>
        <dl className="keel-ip-facts">
          <div><dt>{done ? 'Start – finish (actual)' : 'Early start – finish'}</dt><dd data-testid="early-dates">{span(s.earlyStart, s.earlyFinish)}</dd></div>
          {!done && <div><dt>Late start – finish</dt><dd data-testid="late-dates">{span(s.lateStart, s.lateFinish)}</dd></div>}
          <div><dt>Duration</dt><dd>{workingDays(s.durationDays)}</dd></div>
          {!done && <div><dt>Total slack (least of its activities)</dt><dd data-testid="total-slack">{workingDays(s.totalSlackDays)}</dd></div>}
          <div><dt>Project finish</dt><dd>{formatDay(place.projectFinish)}</dd></div>
        </dl>
      </section>
      <section className="keel-ip-section" aria-labelledby="keel-ip-activities-title" data-testid="summary-activities">
        <h2 id="keel-ip-activities-title" className="keel-ip-title">
          Its activities <span className="keel-count">{s.activityCount}</span>
        </h2>
        {activities.length === 0 ? (
          <p className="keel-muted keel-ip-text">None of its activities is one you may see; its dates still allow for them.</p>
        ) : (
          <ul className="keel-ip-list">
            {activities.map((a) => (
              <li key={a.key} data-key={a.key}>
                <IssueKeyLink issueKey={a.key} /> {a.summary}{' '}
                <span className="keel-muted">{span(a.earlyStart, a.earlyFinish)}</span> <SlackLozenge node={a} />
              </li>
            ))}
          </ul>
        )}
        {activities.length < s.activityCount && activities.length > 0 && (
          <p className="keel-muted keel-ip-text">{`The first ${activities.length} by start are listed.`}</p>
        )}
      </section>
      <NeighbourList neighbours={place.predecessors} direction="predecessors" />
      <NeighbourList neighbours={place.successors} direction="successors" />
    </>
  );
}
