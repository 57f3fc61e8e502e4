import type { ScheduleBackground } from '@contract';
import { fmt } from '../format/current-format';

const when = (iso: string) => fmt().dateTime(iso);

/** A large project whose first analysis is on its way: the back end's sentence, and that the panel shows it by itself. */
export function IssueScheduleBeingComputed({ issueKey, message, gaveUp }: { issueKey: string; message: string | null; gaveUp: boolean }) {
  return (
    <section className="keel-state keel-state--loading" role="status" aria-live="polite" aria-busy={!gaveUp} data-testid="issue-schedule-computing">
      {!gaveUp && <span className="keel-spinner" aria-hidden="true" />}
      <div>
        <h2 className="keel-state__title">The schedule is being computed</h2>
        <p className="keel-state__message">{message ?? `Keel is computing the schedule of ${issueKey}'s project in the background.`}</p>
        <p className="keel-state__message">
          {gaveUp ? 'It is taking longer than usual: reload the issue to check again.' : `This panel shows ${issueKey}'s place as soon as it is ready.`}
        </p>
      </div>
    </section>
  );
}

/** Above a place read from the stored analysis: when it was computed, whether a newer one is on its way, what was left out. */
export function StoredIssueScheduleNote({ background }: { background: Extract<ScheduleBackground, { state: 'ready' }> }) {
  const hidden = background.hiddenIssues;
  return (
    <p className="keel-ip-text keel-ip-stored" role="status" data-testid="issue-schedule-computed-at">
      {`Computed in the background at ${when(background.computedAt)} from ${fmt().number(background.issueCount)} issues`}
      {background.refreshing ? ' (refreshing: recent changes will appear shortly).' : '.'}
      {hidden > 0 && ` ${hidden === 1 ? '1 nearby issue' : `${hidden} nearby issues`} you cannot see ${hidden === 1 ? 'is' : 'are'} left out.`}
    </p>
  );
}
