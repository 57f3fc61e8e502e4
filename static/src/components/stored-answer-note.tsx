import type { StoredAnswer } from '@contract';
import { RefreshFailedNote } from './refresh-failed-note';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * How a tab of a large project was answered (`stored` on its answer): being computed in the background (with a
 * button to ask again where the view can), computed at a time, or not computable for this viewer (with the reason, and no figure).
 */
export function StoredAnswerNote({ stored, what, onCheckAgain }: { stored: StoredAnswer; what: string; onCheckAgain?: () => void }) {
  if (stored.state === 'ready') {
    return (
      <>
        <p className="keel-state__message" role="status" data-testid="stored-answer-ready">
          {`Computed in the background at ${when(stored.computedAt)}`}
          {stored.refreshing ? ' (refreshing: recent changes will appear shortly).' : '.'}
        </p>
        {stored.refreshFailed && <RefreshFailedNote failure={stored.refreshFailed} />}
      </>
    );
  }
  const computing = stored.state === 'computing';
  return (
    <div className="keel-state keel-state--empty" role="status" data-testid={`stored-answer-${stored.state}`}>
      <div>
        <p className="keel-state__title">{computing ? `Keel is computing the ${what} in the background` : `Keel cannot show the ${what} to you`}</p>
        <p className="keel-state__message">
          {computing
            ? `This scope has ${stored.issueCount.toLocaleString()} issues, too many to read while you wait, so Keel computes the ${what} in the background and keeps it up to date as issues change. `
            : `${stored.reason} `}
          {computing && onCheckAgain && (
            <button type="button" className="keel-link-button" onClick={onCheckAgain}>
              Check again
            </button>
          )}
        </p>
      </div>
    </div>
  );
}
