import { renderToStaticMarkup } from 'react-dom/server';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { HeatMap, HistorySnapshot } from '@contract';
import { RiskExposureChart, exposureSummary } from '../../../static/src/risks/risk-exposure-chart';
import { busyHighCells, cellSeries, daysBetween, exposureSeries } from '../../../static/src/risks/risk-trend-series';

/** A heat map with `count` risks in each listed [probability, impact] cell. */
function map(cells: [number, number, number][]): HeatMap {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const [p, i, count] of cells) (grid[p - 1] as number[])[i - 1] = count;
  return { cells: grid, unplaced: 0 };
}

function day(date: string, inherent: number, residual: number, cells: [number, number, number][]): HistorySnapshot {
  return {
    date,
    takenAt: `${date}T06:00:00.000Z`,
    evm: null,
    evmProblem: null,
    risks: { asOf: date, scale: 'oneToFive', openRisks: 3, exposure: { inherent, residual }, heatMap: { inherent: map(cells), residual: map([]) }, derivedRisks: 1 },
    risksProblem: null,
  };
}

const failed: HistorySnapshot = { date: '2026-11-16', takenAt: '2026-11-16T06:00:00.000Z', evm: null, evmProblem: 'x', risks: null, risksProblem: 'NOT_FOUND: gone' };
const history = [day('2026-11-15', 40, 22, [[4, 5, 2], [2, 5, 1], [1, 1, 3]]), failed, day('2026-11-17', 31, 18, [[4, 5, 1], [3, 4, 1]])];

describe('the risk trend series', () => {
  it('takes exposure from the days whose risk part was read, leaving a failed day out rather than at zero', () => {
    expect(exposureSeries(history)).toEqual([
      { date: '2026-11-15', inherent: 40, residual: 22 },
      { date: '2026-11-17', inherent: 31, residual: 18 },
    ]);
  });

  it('gives no residual exposure (not 0) on a day when no open risk had residual ratings', () => {
    const unrated = day('2026-11-18', 12, 0, [[3, 4, 1]]);
    const residual = unrated.risks?.heatMap.residual;
    if (residual) residual.unplaced = 3;
    expect(exposureSeries([unrated])).toEqual([{ date: '2026-11-18', inherent: 12, residual: null }]);
  });

  it('counts one cell per day, zero on a day it was empty', () => {
    expect(cellSeries(history, { which: 'inherent', probability: 3, impact: 4 })).toEqual([
      { date: '2026-11-15', count: 0 },
      { date: '2026-11-17', count: 1 },
    ]);
  });

  it('lists the high and extreme cells that held a risk on any day, highest score first', () => {
    // 4x5 = 20 and 3x4 = 12 are high or extreme; 2x5 = 10 is high too; 1x1 is low and left out.
    expect(busyHighCells(history, 'inherent').map((c) => [c.probability, c.impact])).toEqual([[4, 5], [3, 4], [2, 5]]);
    expect(busyHighCells(history, 'residual')).toEqual([]);
  });

  it.each([
    ['2026-11-15', '2026-11-17', 2],
    ['2026-10-31', '2026-11-01', 1],
    ['2026-11-15', '2026-11-15', 0],
  ])('daysBetween(%s, %s) = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('RiskExposureChart', () => {
  const points = exposureSeries(history);

  it('says in its label what the lines show', () => {
    expect(exposureSummary(points, 'sum of scores')).toBe(
      'Total exposure of open risks (sum of scores) from 2026-11-15 to 2026-11-17: inherent 40 to 31, residual 22 to 18.',
    );
    expect(exposureSummary([], 'money')).toBe('No exposure recorded.');
    expect(exposureSummary(points.map((p) => ({ ...p, residual: null })), 'sum of scores')).toBe(
      'Total exposure of open risks (sum of scores) from 2026-11-15 to 2026-11-17: inherent 40 to 31, residual not rated.',
    );
  });

  it('draws one line per series through every day, spaced by date, and the same figures as a table', () => {
    const html = renderToStaticMarkup(<RiskExposureChart points={points} unit="sum of scores" />);
    expect(html).toContain('role="img"');
    expect(html).toContain(`aria-label="${exposureSummary(points, 'sum of scores')}"`);
    const lines = [...html.matchAll(/<polyline class="keel-risk-trend__line keel-risk-trend__line--(\w+)" points="([^"]+)"/g)];
    expect(lines.map((m) => m[1])).toEqual(['inherent', 'residual']);
    const inherent = (lines[0]?.[2] ?? '').split(' ').map((xy) => xy.split(',').map(Number));
    // Two days two days apart span the plot (48 to 464); 40 of a top of 50 sits 80% up from 144 towards 12.
    expect(inherent).toEqual([[48, 144 - 0.8 * 132], [464, 144 - 0.62 * 132]]);
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td class="keel-num">(\d+)<\/td><td class="keel-num">(\d+)<\/td><\/tr>/g)];
    expect(rows.map((m) => [m[1], m[2], m[3]])).toEqual([['2026-11-15', '40', '22'], ['2026-11-17', '31', '18']]);
    expect(html).not.toContain('no-residual');
  });

  it('leaves out the residual line, and says why, when no day had residual ratings', () => {
    const html = renderToStaticMarkup(<RiskExposureChart points={points.map((p) => ({ ...p, residual: null }))} unit="sum of scores" />);
    expect(html).toContain('data-series="inherent"');
    expect(html).not.toContain('data-series="residual"');
    expect(html).toContain('data-testid="no-residual"');
    expect(html).toContain('<td class="keel-num">not rated</td>');
  });
});
