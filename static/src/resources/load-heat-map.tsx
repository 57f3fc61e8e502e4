import type { LoadRowView } from '@contract';
import { shortDate } from '../forecast/forecast-format';
import { hoursText, issuesOf, loadBand, loadOf, type LoadPlan } from './resources-format';

export interface SelectedCell {
  row: number;
  week: number;
}

interface Props {
  weeks: string[];
  rows: LoadRowView[];
  plan: LoadPlan;
  selected: SelectedCell | null;
  onSelect: (cell: SelectedCell) => void;
}

/** Load against capacity, person (or pool) by week: over-allocated cells red; a click lists the cell's issues. */
export function LoadHeatMap({ weeks, rows, plan, selected, onSelect }: Props) {
  return (
    <div className="keel-resources-map" data-testid="resources-heat-map">
      <table className="keel-resources-map__table">
        <caption className="keel-visually-hidden">{`Hours asked (${plan === 'cpm' ? 'critical-path plan' : 'levelled plan'}) against hours available, by person or pool and week`}</caption>
        <thead>
          <tr>
            <th scope="col">Person or pool</th>
            {weeks.map((week) => (
              <th scope="col" key={week} className="keel-resources-map__week">
                {shortDate(week)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={`${row.kind}:${row.resource}`}>
              <th scope="row">
                {row.resource}
                {row.kind === 'pool' && <span className="keel-muted"> (pool)</span>}
              </th>
              {row.cells.map((cell, w) => {
                const load = loadOf(cell, plan);
                const band = loadBand(load, cell.capacityHours);
                const isSelected = selected?.row === r && selected.week === w;
                const label = `${row.resource}, week of ${shortDate(weeks[w] ?? '')}: ${hoursText(load)} of ${hoursText(cell.capacityHours)}${band === 'over' ? ', over-allocated' : ''}; ${issuesOf(cell, plan).count} issues`;
                return (
                  <td key={weeks[w]} className={`keel-resources-cell keel-resources-cell--${band}${isSelected ? ' keel-resources-cell--selected' : ''}`} data-band={band}>
                    <button type="button" aria-label={label} aria-pressed={isSelected} title={label} onClick={() => onSelect({ row: r, week: w })} disabled={load <= 0 && cell.capacityHours <= 0}>
                      {load > 0 ? Math.round(load) : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="keel-muted keel-resources-legend">
        <span className="keel-resources-swatch keel-resources-cell--over" /> over capacity
        <span className="keel-resources-swatch keel-resources-cell--high" /> 80% or more
        <span className="keel-resources-swatch keel-resources-cell--some" /> some load. Figures are hours asked that week.
      </p>
    </div>
  );
}
