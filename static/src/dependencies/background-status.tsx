import type { ScheduleBackground } from '@contract';
import { fmt } from '../format/current-format';

const when = (iso: string) => fmt().dateTime(iso);

/** A large project whose first analysis is on its way: what is happening, and that the page will show it by itself. */
export function ScheduleBeingComputed({ projectKey, issueCount, gaveUp }: { projectKey: string; issueCount: number; gaveUp: boolean }) {
  return (
    <div className="keel-state keel-state--loading" role="status" aria-live="polite" aria-busy={!gaveUp} data-testid="schedule-computing">
      {!gaveUp && <span className="keel-spinner" aria-hidden="true" />}
      <div>
        <p className="keel-state__title">{`Keel is computing the schedule of ${projectKey}`}</p>
        <p className="keel-state__message">
          {`${projectKey} has ${fmt().number(issueCount)} issues in scope, too many to compute while you wait, so Keel computes its schedule in the background and keeps it up to date as issues change. `}
          {gaveUp ? 'It is taking longer than usual: reload the page to check again.' : 'This page shows it as soon as it is ready.'}
        </p>
      </div>
    </div>
  );
}

/** A stored schedule Keel may not show this viewer (a scope over projects they do not wholly see): why, and what to do. */
export function StoredScheduleUnavailable({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="keel-state" role="status" data-testid="schedule-unavailable">
      <div>
        <p className="keel-state__title">{title}</p>
        <p className="keel-state__message">{reason}</p>
      </div>
    </div>
  );
}

/** Above a stored analysis: when it was computed, and whether a newer one is on its way. */
export function StoredScheduleNote({ background }: { background: Extract<ScheduleBackground, { state: 'ready' }> }) {
  return (
    <p className="keel-state__message" role="status" aria-live="polite" data-testid="schedule-computed-at">
      {`Computed in the background at ${when(background.computedAt)} from ${fmt().number(background.issueCount)} issues`}
      {background.refreshing ? ' (refreshing: recent changes will appear shortly).' : '.'}
    </p>
  );
}
