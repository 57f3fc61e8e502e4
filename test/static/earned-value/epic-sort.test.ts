import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { EvmEpicRow } from '@contract';
import { epicValue, sortedEpics } from '../../../static/src/earned-value/epic-sort';
import { epicsTotal, projectTotal } from '../../../static/src/earned-value/epics-total';

const epic = (key: string | null, figures: Partial<EvmEpicRow>): EvmEpicRow => ({ key, summary: key ?? 'No epic', issueCount: 1, bac: 1000, pv: 100, ev: 100, ac: 100, spi: 1, cpi: 1, ...figures });

// E-1 late and over budget; E-2 over budget only; E-3 on plan; E-4 nothing spent (CPI not defined); E-5 nothing planned or spent.
const rows = [
  epic('E-1', { pv: 100, ev: 70, ac: 140, spi: 0.7, cpi: 0.5 }),
  epic('E-2', { pv: 100, ev: 100, ac: 125, spi: 1, cpi: 0.8 }),
  epic('E-3', {}),
  epic('E-4', { pv: 100, ev: 60, ac: 0, spi: 0.6, cpi: null }),
  epic('E-5', { pv: 0, ev: 0, ac: 0, spi: null, cpi: null }),
  epic(null, { pv: 10, ev: 10, ac: 5, spi: 1, cpi: 2 }),
];
const keys = (sorted: EvmEpicRow[]) => sorted.map((r) => r.key ?? 'none');

describe('sorting the epics (issue #11: worst first among 1,250)', () => {
  it('puts the worst first: the lower of SPI and CPI, the defined one when only one is, none last', () => {
    expect(epicValue(rows[0] as EvmEpicRow, 'worst', 'cpi')).toBe(0.5);
    expect(epicValue(rows[3] as EvmEpicRow, 'worst', 'cpi'), 'CPI not defined: SPI alone').toBe(0.6);
    expect(epicValue(rows[4] as EvmEpicRow, 'worst', 'cpi')).toBeNull();
    expect(keys(sortedEpics(rows, 'worst', 'ascending', 'cpi'))).toEqual(['E-1', 'E-4', 'E-2', 'E-3', 'none', 'E-5']);
  });

  it('sorts by the variances: SV = EV − PV and CV = EV − AC, in money', () => {
    expect(epicValue(rows[0] as EvmEpicRow, 'sv', 'cpi')).toBe(-30);
    expect(epicValue(rows[0] as EvmEpicRow, 'cv', 'cpi')).toBe(-70);
    expect(keys(sortedEpics(rows, 'cv', 'ascending', 'cpi'))).toEqual(['E-1', 'E-2', 'E-3', 'E-5', 'none', 'E-4']);
    expect(keys(sortedEpics(rows, 'sv', 'ascending', 'cpi'))).toEqual(['E-4', 'E-1', 'E-2', 'E-3', 'E-5', 'none']);
  });

  it('keeps not-defined CPIs last either way, and ties in the resolver order', () => {
    expect(keys(sortedEpics(rows, 'cpi', 'descending', 'cpi'))).toEqual(['none', 'E-3', 'E-2', 'E-1', 'E-4', 'E-5']);
    expect(keys(sortedEpics(rows, 'cpi', 'ascending', 'cpi'))).toEqual(['E-1', 'E-2', 'E-3', 'none', 'E-4', 'E-5']);
  });
});

describe('totals under the epics', () => {
  it('sums money and takes the ratios of the sums, not an average of ratios', () => {
    const total = epicsTotal([epic('A', { pv: 100, ev: 80, ac: 100 }), epic('B', { pv: 100, ev: 100, ac: 60 })], 'Found');
    expect(total).toEqual({ key: null, summary: 'Found', issueCount: 2, bac: 2000, pv: 200, ev: 180, ac: 160, spi: 0.9, cpi: 1.125 });
  });

  it('leaves SPI and CPI not defined when nothing was planned or spent', () => {
    const total = epicsTotal([epic('E-5', { pv: 0, ev: 0, ac: 0 })], 'Found');
    expect([total.spi, total.cpi]).toEqual([null, null]);
    expect(epicsTotal([], 'none')).toEqual({ key: null, summary: 'none', issueCount: 0, bac: 0, pv: 0, ev: 0, ac: 0, spi: null, cpi: null });
  });

  it("takes the project's own figures for the total of all, and its EAC with the resolver's reason when not defined", () => {
    const perEac = { cpi: 12_000, budgetRate: 11_000, cpiTimesSpi: null, bottomUp: 10_500 };
    const figures = { bac: 10_000, pv: 5_000, ev: 4_000, ac: 5_000, sv: -1_000, cv: -1_000, spi: 0.8, cpi: 0.8, eac: perEac, etc: perEac, vac: perEac, tcpiBac: null, tcpiEac: perEac, percentComplete: 0.4 };
    const result = { figures, epics: rows, notDefined: [{ figure: 'eac.cpiTimesSpi', reason: 'SPI is 0' }] };
    const total = projectTotal(result, 'bottomUp');
    expect(total.row).toEqual({ key: null, summary: 'Total', issueCount: 6, bac: 10_000, pv: 5_000, ev: 4_000, ac: 5_000, spi: 0.8, cpi: 0.8 });
    expect(total.eac, 'the bottom-up EAC exists for the project, not for an epic').toEqual({ value: 10_500, reason: null });
    expect(projectTotal(result, 'cpiTimesSpi').eac).toEqual({ value: null, reason: 'SPI is 0' });
  });
});
