import type { StatusResult } from '@contract';
import type { ResolverState } from '../api/use-resolver';
import { ANALYSIS_LABEL, varianceShort, verdictLabel, verdictTone } from './status-words';

/**
 * The verdict in one line, on top of every tab of the project page (issue 16, item 2): the same headline, dates
 * and words as the Overview's verdict card, each date with its variance against the launch date.
 */
export function StatusLine({ state, onRetry }: { state: ResolverState<'status/get'>; onRetry: () => void }) {
  if (state.status === 'loading') return <p className="keel-status-line keel-status-line--loading" aria-busy="true">Checking the launch date…</p>;
  if (state.status === 'error') {
    // A project the viewer may not read: the tab below says so itself, once.
    if (state.code === 'NOT_FOUND' || state.code === 'FORBIDDEN') return null;
    return (
      <p className="keel-status-line" role="status">
        {`Keel could not check the launch date: ${state.message} `}
        <button type="button" className="keel-link-button" onClick={onRetry}>Try again</button>
      </p>
    );
  }
  return <StatusLineOf status={state.data} />;
}

export function StatusLineOf({ status }: { status: StatusResult }) {
  const dated = status.finishes.filter((f) => f.date !== null);
  return (
    <p className={`keel-status-line keel-status-line--${verdictTone(status.status)}`} data-testid="status-line" role="status">
      <span className={`keel-verdict-badge keel-verdict-badge--${verdictTone(status.status)}`}>{verdictLabel(status.status)}</span>
      <span className="keel-status-line__headline">{status.headline}</span>
      {dated.length > 0 && (
        <span className="keel-status-line__dates">
          {dated.map((f) => (
            <span key={f.analysis} className="keel-status-line__date">{`${ANALYSIS_LABEL[f.analysis]} ${f.date ?? ''}${f.varianceDays === null ? '' : ` (${varianceShort(f.varianceDays)})`}`}</span>
          ))}
          {status.probabilityByTarget !== null && <span className="keel-status-line__date">{`${Math.round(status.probabilityByTarget * 100)}% chance by the launch date`}</span>}
        </span>
      )}
    </p>
  );
}
