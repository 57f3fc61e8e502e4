import { useMemo, useState } from 'react';
import type { RiskRegisterResult } from '@contract';
import { useCriticalityFigures } from '../forecast/criticality-figures';
import { csvColumnsOf, fmeaMapped, visibleRiskColumns, type RiskColumnId } from './risk-columns';
import { exportRiskCsv } from './export-risk-csv';
import { NO_FILTER, filteredRisks, type HeatCell, type RiskFilter } from './risk-filter';
import { RiskFilterBar } from './risk-filter-bar';
import { RiskFlagSummary } from './risk-flag-summary';
import { RiskHeatMap } from './risk-heat-map';
import { sortedRisks, type SortDirection } from './risk-sort';
import { RiskTable } from './risk-table';
import { RiskTrend } from './risk-trend';

const sameCell = (a: HeatCell | null, b: HeatCell) => a !== null && a.which === b.which && a.probability === b.probability && a.impact === b.impact;

/** The heat map, flags and the register table, sharing one filter; the export holds exactly the rows shown. */
export function RiskRegister({ register }: { register: RiskRegisterResult }) {
  const [filter, setFilter] = useState<RiskFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ column: RiskColumnId; direction: SortDirection }>({ column: 'weightedScore', direction: 'descending' });
  const [which, setWhich] = useState<HeatCell['which']>('inherent');
  // The forecast's days at P80: a small project's every measured risk; a large one's from its stored forecast, for these keys.
  const riskKeys = useMemo(() => register.risks.map((r) => r.key).slice(0, 500), [register.risks]);
  const figures = useCriticalityFigures(register.project.key, register.stored ? riskKeys : undefined);
  const days = figures.state === 'ready' ? figures.riskDays : null;
  const columns = useMemo(() => visibleRiskColumns(fmeaMapped(register.fields), days), [register.fields, days]);
  const rows = useMemo(() => {
    const column = columns.find((c) => c.id === sort.column) ?? columns[0];
    const shown = filteredRisks(register.risks, filter);
    return column ? sortedRisks(shown, column, sort.direction) : shown;
  }, [register.risks, filter, sort, columns]);

  const onSort = (id: RiskColumnId) =>
    setSort((s) => {
      if (s.column === id) return { column: id, direction: s.direction === 'ascending' ? 'descending' : 'ascending' };
      // Scores read highest first; text reads A to Z.
      return { column: id, direction: columns.find((c) => c.id === id)?.numeric ? 'descending' : 'ascending' };
    });
  const onCell = (cell: HeatCell) => setFilter((f) => ({ ...f, cell: sameCell(f.cell, cell) ? null : cell }));
  const { cell } = filter;

  return (
    <>
      <div className="keel-risk-overview">
        <RiskHeatMap maps={register.heatMap} which={which} onWhich={setWhich} selected={cell} onSelect={onCell} onGrid={register.scale === 'oneToFive'} />
        <RiskFlagSummary flagged={register.flagged} />
      </div>
      <RiskTrend projectKey={register.project.key} scale={register.scale} which={which} selected={cell} />
      <section className="keel-section" aria-labelledby="keel-register-title">
        <div className="keel-risk-register__head">
          <h2 id="keel-register-title" className="keel-section__title">
            Register
          </h2>
          <button type="button" className="keel-button keel-button--subtle" onClick={() => exportRiskCsv(rows, csvColumnsOf(columns), register.project.key, days ?? undefined)}>
            Export CSV
          </button>
        </div>
        <RiskFilterBar risks={register.risks} filter={filter} onChange={setFilter} />
        {cell && (
          <p className="keel-risk-cell-filter" role="status" data-testid="cell-filter">
            {`Showing open risks at ${cell.which} probability ${cell.probability}, impact ${cell.impact}.`}
            <button type="button" className="keel-link-button" onClick={() => setFilter((f) => ({ ...f, cell: null }))}>
              Clear filter
            </button>
          </p>
        )}
        <RiskTable rows={rows} total={register.risks.length} columns={columns} sort={sort} onSort={onSort} />
      </section>
    </>
  );
}
