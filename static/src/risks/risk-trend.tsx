import type { HistorySnapshot, RiskScale } from '@contract';
import { useResolver } from '../api/use-resolver';
import { RiskCellTrend } from './risk-cell-trend';
import { RiskExposureChart } from './risk-exposure-chart';
import type { HeatCell } from './risk-filter';
import { busyHighCells, cellSeries, exposureSeries } from './risk-trend-series';

interface RiskTrendProps {
  projectKey: string;
  scale: RiskScale;
  which: HeatCell['which'];
  /** The heat-map cell the register is filtered to; its trend replaces the high-band row. */
  selected: HeatCell | null;
}

const OWN_ISSUES_NOTE = "Snapshots count the project's own issues, so they can differ from a register whose scope takes in other projects' work.";

const UNTRACKED = 'A project administrator turned the daily snapshot of this project off, so the trend does not grow.';

interface TrendBodyProps extends Omit<RiskTrendProps, 'projectKey'> {
  snapshots: readonly HistorySnapshot[];
  tracked: boolean;
}

function TrendBody({ snapshots, tracked, scale, which, selected }: TrendBodyProps) {
  const exposure = exposureSeries(snapshots);
  if (exposure.length < 2) {
    return (
      <p className="keel-muted" data-testid="trend-empty">
        {exposure.length === 0 ? 'No snapshot yet. ' : 'One snapshot so far. '}
        {tracked ? 'Keel takes a snapshot every day; the trend appears from tomorrow.' : UNTRACKED}
      </p>
    );
  }
  const cells = selected ? [selected] : busyHighCells(snapshots, which);
  return (
    <>
      {!tracked && <p className="keel-muted keel-note">{UNTRACKED}</p>}
      <RiskExposureChart points={exposure} unit={scale === 'oneToFive' ? 'sum of scores' : 'money'} />
      <h3 className="keel-risk-trend__subtitle">{selected ? 'Risks in the selected cell' : `Risks per high and extreme cell (${which})`}</h3>
      {cells.length === 0 ? (
        <p className="keel-muted">No open risk sat in a high or extreme cell on any day.</p>
      ) : (
        <div className="keel-risk-trend__cells">
          {cells.map((cell) => (
            <RiskCellTrend key={`${cell.which}-${cell.probability}-${cell.impact}`} cell={cell} points={cellSeries(snapshots, cell)} />
          ))}
        </div>
      )}
    </>
  );
}

/** Exposure and per-cell counts over the daily snapshots (`history/get`); loads apart from the register, so a failure leaves it shown. */
export function RiskTrend({ projectKey, ...rest }: RiskTrendProps) {
  const { state, retry } = useResolver('history/get', { projectKey }, projectKey);
  return (
    <section className="keel-section keel-risk-trend" aria-labelledby="keel-risk-trend-title" data-testid="risk-trend">
      <h2 id="keel-risk-trend-title" className="keel-section__title">
        Trend
      </h2>
      {state.status === 'loading' && <p className="keel-muted">Loading the daily snapshots…</p>}
      {state.status === 'error' && (
        <p className="keel-risk-trend__error" data-testid="trend-error">
          {`Keel could not load the snapshots of ${projectKey}: ${state.message} `}
          <button type="button" className="keel-link-button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && <TrendBody snapshots={state.data.snapshots} tracked={state.data.tracked} {...rest} />}
      <p className="keel-muted keel-note">{OWN_ISSUES_NOTE}</p>
    </section>
  );
}
