import type { RefreshFailure } from '@contract';
import { fmt } from '../format/current-format';

/**
 * Next to "Computed in the background at ...": the last refresh failed (issue #11). What failed and what to
 * do, and that the figures shown are the last good ones. React escapes the reason, which may quote Jira.
 */
export function RefreshFailedNote({ failure }: { failure: RefreshFailure }) {
  return (
    <div className="keel-refresh-failed" role="alert" data-testid="refresh-failed">
      <p className="keel-refresh-failed__title">{`The last background refresh failed (${fmt().dateTime(failure.at)}). What you see is the last good analysis.`}</p>
      <p className="keel-refresh-failed__reason">{failure.reason}</p>
    </div>
  );
}
