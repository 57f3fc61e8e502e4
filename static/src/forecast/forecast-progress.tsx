import type { ForecastAnswer, ForecastProgress, ForecastResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { usePolledAnswer } from '../api/use-polled-answer';
import { fmt } from '../format/current-format';

/** True while a large project's forecast is computed, or stored with a newer analysis on its way. */
export const forecastInProgress = (answer: ForecastAnswer): boolean => 'pending' in answer || answer.stored?.refreshing === true;

/** The newest `forecast/get` answer, asked again while the background computes it (use-polled-answer.ts). */
export function usePolledForecast(projectKey: string, targetDate: string | undefined, initial: ForecastAnswer | null) {
  return usePolledAnswer(`${projectKey} ${targetDate ?? ''}`, initial, () => callResolver('forecast/get', targetDate === undefined ? { projectKey } : { projectKey, targetDate }), forecastInProgress);
}

/** What the background is doing, in words: "Simulating 4,300 plans of 12,000 issues since 10:02". */
export function progressText(projectKey: string, pending: ForecastProgress): string {
  const issues = `${fmt().number(pending.issueCount)} issues`;
  const plans = `${fmt().number(pending.iterations)} simulated plans`;
  if (pending.state === 'unavailable') return pending.reason ?? `The forecast of ${projectKey} cannot be shown to you.`;
  if (pending.stage === 'analysis') {
    const read = pending.partsRead > 0 ? ` (${fmt().number(pending.partsRead)} part${pending.partsRead === 1 ? '' : 's'} of its issues read so far)` : '';
    return `Step 1 of 2: Keel is reading and scheduling the ${issues} of ${projectKey} in the background${read}, queued at ${fmt().dateTime(pending.since)}. Its forecast follows.`;
  }
  if (pending.stage === 'queued') return `Step 2 of 2: the schedule of ${projectKey} is stored; its forecast (${plans} over ${issues}) is queued since ${fmt().dateTime(pending.since)}.`;
  return `Step 2 of 2: simulating ${plans} over the ${issues} of ${projectKey}, started at ${fmt().dateTime(pending.since)}.`;
}

/** A large project's forecast on its way: the stage, and that the page shows it by itself. */
export function ForecastBeingComputed({ projectKey, pending, gaveUp }: { projectKey: string; pending: ForecastProgress; gaveUp: boolean }) {
  const busy = pending.state === 'computing' && !gaveUp;
  return (
    <div className="keel-state keel-state--loading" role="status" aria-live="polite" aria-busy={busy} data-testid="forecast-computing" data-stage={pending.stage}>
      {busy && <span className="keel-spinner" aria-hidden="true" />}
      <div>
        <p className="keel-state__title">{`Keel is forecasting ${projectKey} in the background`}</p>
        <p className="keel-state__message">
          {`${progressText(projectKey, pending)} `}
          {gaveUp ? 'It is taking longer than usual: reload the page to check again.' : 'This page shows the forecast as soon as it is ready.'}
        </p>
      </div>
    </div>
  );
}

/** Above a stored forecast: when it was computed, what was left out for the viewer, whether a newer one is coming. */
export function StoredForecastNote({ stored }: { stored: NonNullable<ForecastResult['stored']> }) {
  return (
    <p className="keel-muted" role="status" aria-live="polite" data-testid="forecast-computed-at">
      {`Computed in the background at ${fmt().dateTime(stored.computedAt)}`}
      {stored.hiddenIssues > 0 ? `; ${fmt().number(stored.hiddenIssues)} issues you may not browse are left out of the lists (their work still counts in the dates)` : ''}
      {stored.refreshing ? '. Refreshing: recent changes will appear shortly.' : '.'}
    </p>
  );
}
