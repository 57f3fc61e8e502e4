import type { ScheduleResult } from '@contract';
import { fmt } from '../format/current-format';
import { HiddenMarker } from '../hidden-work/hidden-marker';

/** The schedule in four figures: start, finish, working days, critical issues (and cycles, when any). */
export function ScheduleHeadline({ schedule }: { schedule: ScheduleResult }) {
  const critical = schedule.large?.criticalCount ?? schedule.nodes.filter((n) => n.critical).length;
  const counts = schedule.large ? [schedule.large.issueCount, schedule.large.linkCount] : [schedule.nodes.length, schedule.edges.length];
  return (
    <header>
      <h1 className="keel-heading">
        {schedule.project.name} <span className="keel-muted">({schedule.project.key})</span>
      </h1>
      <dl className="keel-facts" data-testid="schedule-headline">
        <div>
          <dt>Project start</dt>
          <dd data-testid="project-start">{schedule.projectStart}</dd>
        </div>
        <div>
          <dt>
            Finish (early)
            <HiddenMarker what="the finish" />
          </dt>
          <dd data-testid="project-finish">{schedule.projectFinish}</dd>
        </div>
        <div>
          <dt>
            Duration
            <HiddenMarker what="the duration" />
          </dt>
          <dd data-testid="project-duration">{`${schedule.durationDays} working days`}</dd>
        </div>
        <div>
          <dt>
            Critical issues
            <HiddenMarker what="the critical count" />
          </dt>
          <dd data-testid="critical-count">{critical}</dd>
        </div>
        <div>
          <dt>
            Issues · links
            <HiddenMarker what="the issue and link counts" />
          </dt>
          <dd data-testid="issue-link-count">{counts.map((n) => fmt().number(n)).join(' · ')}</dd>
        </div>
        {(schedule.large?.cycleCount ?? schedule.cycles.length) > 0 && (
          <div>
            <dt>Cycles</dt>
            <dd className="keel-warning-text">{`${schedule.large?.cycleCount ?? schedule.cycles.length} (see Data quality)`}</dd>
          </div>
        )}
        <div>
          <dt>As of</dt>
          <dd>
            <time dateTime={schedule.asOf}>{schedule.asOf}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
