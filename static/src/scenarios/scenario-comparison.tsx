import type { ScenarioView } from '@contract';
import { chanceText } from './scenario-forecast-line';

const list = (keys: readonly string[]): string => (keys.length === 0 ? '—' : keys.join(', '));

interface Row {
  label: string;
  live: string;
  cell: (v: ScenarioView) => string;
}

/**
 * Two saved scenarios side by side against the same live plan (issue #17, "compared side by side"): finish,
 * levelled finish, forecast P50 and P80, the chance by the launch date, each milestone, and the critical path's
 * changes, one row each.
 */
export function ScenarioComparison({ left, right }: { left: ScenarioView; right: ScenarioView }) {
  const base = left.diff;
  const rows: Row[] = [
    { label: 'Finish (critical path)', live: base.finish.live, cell: (v) => v.diff.finish.scenario },
    { label: 'Levelled finish', live: base.levelledFinish?.live ?? '—', cell: (v) => v.diff.levelledFinish?.scenario ?? '—' },
    { label: 'Forecast P50', live: base.forecast?.live.p50 ?? '—', cell: (v) => v.diff.forecast?.scenario.p50 ?? '—' },
    { label: 'Forecast P80', live: base.forecast?.live.p80 ?? '—', cell: (v) => v.diff.forecast?.scenario.p80 ?? '—' },
    { label: 'Chance by the launch date', live: base.forecast ? chanceText(base.forecast.live) : '—', cell: (v) => (v.diff.forecast ? chanceText(v.diff.forecast.scenario) : '—') },
    ...base.milestones.map((m): Row => ({
      label: `◆ ${m.key} ${m.summary}`,
      live: m.live,
      cell: (v) => v.diff.milestones.find((x) => x.key === m.key)?.scenario ?? '—',
    })),
    { label: 'Joins the critical path', live: '', cell: (v) => list(v.diff.criticalIn) },
    { label: 'Leaves the critical path', live: '', cell: (v) => list(v.diff.criticalOut) },
    { label: 'Issues moved', live: '', cell: (v) => String(v.diff.movedCount) },
  ];
  return (
    <table className="keel-table keel-scenarios__comparison" data-testid="scenario-comparison">
      <thead>
        <tr><th scope="col"></th><th scope="col">Live plan</th><th scope="col">{left.scenario?.name}</th><th scope="col">{right.scenario?.name}</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{r.live}</td>
            <td>{r.cell(left)}</td>
            <td>{r.cell(right)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
