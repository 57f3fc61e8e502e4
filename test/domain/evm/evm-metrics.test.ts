import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import {
  costPerformanceIndex,
  definedRatio,
  estimateAtCompletionByCpi,
  estimateAtCompletionByCpiAndSpi,
  evmMetrics,
  schedulePerformanceIndex,
  toCompletePerformanceIndex,
} from '../../../src/domain/evm/evm-metrics';

describe('evmMetrics: worked examples', () => {
  it.each([
    {
      // K. Schwalbe, "Information Technology Project Management" (Cengage), chapter 7 (cost management) exercise:
      // "three months into a six-month project, BAC $200,000, PV $120,000, EV $100,000, AC $90,000". Expected
      // answers (the exercise's: CV, SV, CPI, SPI, EAC = BAC / CPI), checked here by hand:
      // CV = 100 000 - 90 000 = 10 000; SV = 100 000 - 120 000 = -20 000; CPI = 100/90 = 1.111;
      // SPI = 100/120 = 0.833; EAC = 200 000 / 1.111 = 180 000. The other figures are ours, by the same formulas:
      // EAC = 90 000 + 100 000 = 190 000; EAC = 90 000 + 100 000 / (1.111 x 0.833 = 0.926) = 198 000;
      // TCPI(BAC) = 100 000 / 110 000 = 0.909.
      name: 'Schwalbe ch. 7 exercise (under budget, behind schedule)',
      status: { bac: 200_000, pv: 120_000, ev: 100_000, ac: 90_000 },
      sv: -20_000, cv: 10_000, spi: 0.8333, cpi: 1.1111,
      eac: [180_000, 190_000, 198_000], tcpiBac: 0.9091,
    },
    {
      // Constructed by hand (the PMI Practice Standard's own tables were not available to us): BAC 1000, PV 500,
      // EV 400, AC 500. SPI = CPI = 0.8; EAC = 1000/0.8 = 1250, 500 + 600 = 1100, 500 + 600/0.64 = 1437.5;
      // TCPI(BAC) = 600 / 500 = 1.2.
      name: 'hand-made: over budget and late',
      status: { bac: 1000, pv: 500, ev: 400, ac: 500 },
      sv: -100, cv: -100, spi: 0.8, cpi: 0.8,
      eac: [1250, 1100, 1437.5], tcpiBac: 1.2,
    },
  ])('$name', ({ status, sv, cv, spi, cpi, eac, tcpiBac }) => {
    const m = evmMetrics(status);
    expect(m.sv).toBeCloseTo(sv, 6);
    expect(m.cv).toBeCloseTo(cv, 6);
    expect(m.spi).toBeCloseTo(spi, 4);
    expect(m.cpi).toBeCloseTo(cpi, 4);
    expect(m.eac.cpi).toBeCloseTo(eac[0] ?? NaN, 4);
    expect(m.eac.budgetRate).toBeCloseTo(eac[1] ?? NaN, 4);
    expect(m.eac.cpiTimesSpi).toBeCloseTo(eac[2] ?? NaN, 4);
    expect(m.tcpiBac).toBeCloseTo(tcpiBac, 4);
  });

  it('derives ETC, VAC and TCPI(EAC) from each EAC (hand-made example above)', () => {
    const m = evmMetrics({ bac: 1000, pv: 500, ev: 400, ac: 500 });
    const close = (actual: number | null, expected: number): void => expect(actual).toBeCloseTo(expected, 9);
    close(m.etc.cpi, 750);
    close(m.etc.budgetRate, 600);
    close(m.etc.cpiTimesSpi, 937.5);
    close(m.vac.cpi, -250);
    close(m.vac.budgetRate, -100);
    close(m.vac.cpiTimesSpi, -437.5);
    expect(m.tcpiEac.cpi).toBeCloseTo(0.8, 10); // TCPI against BAC / CPI is CPI itself
    expect(m.tcpiEac.budgetRate).toBe(1);
    expect(m.tcpiEac.cpiTimesSpi).toBeCloseTo(0.64, 10);
  });
});

describe('evmMetrics: no meaningful answer is null', () => {
  it('before anything is planned or spent: SPI, CPI and the EACs that need them are null', () => {
    const m = evmMetrics({ bac: 1000, pv: 0, ev: 0, ac: 0 });
    expect(m).toMatchObject({ sv: 0, cv: 0, spi: null, cpi: null });
    expect(m.eac).toEqual({ cpi: null, budgetRate: 1000, cpiTimesSpi: null });
    expect(m.etc).toEqual({ cpi: null, budgetRate: 1000, cpiTimesSpi: null });
    expect(m.vac).toEqual({ cpi: null, budgetRate: 0, cpiTimesSpi: null });
    expect(m.tcpiBac).toBe(1); // (1000 - 0) / (1000 - 0)
  });

  it('money spent and nothing earned: CPI 0, so EAC by CPI is null, not Infinity', () => {
    const m = evmMetrics({ bac: 1000, pv: 200, ev: 0, ac: 150 });
    expect(m.cpi).toBe(0);
    expect(m.spi).toBe(0);
    expect(m.eac.cpi).toBeNull();
    expect(m.eac.cpiTimesSpi).toBeNull();
    expect(m.eac.budgetRate).toBe(1150);
  });

  it('the whole budget spent: TCPI(BAC) is null (x / 0); done exactly on budget it is null too (0 / 0)', () => {
    expect(evmMetrics({ bac: 1000, pv: 1000, ev: 900, ac: 1000 }).tcpiBac).toBeNull();
    expect(evmMetrics({ bac: 1000, pv: 1000, ev: 1000, ac: 1000 }).tcpiBac).toBeNull();
  });

  it('overspent: TCPI(BAC) is negative, meaning no efficiency can still meet BAC', () => {
    expect(evmMetrics({ bac: 1000, pv: 1000, ev: 800, ac: 1100 }).tcpiBac).toBe(-2);
  });

  it('non-finite inputs give null ratios', () => {
    expect(definedRatio(Number.NaN, 2)).toBeNull();
    expect(definedRatio(1, Number.POSITIVE_INFINITY)).toBeNull();
    expect(costPerformanceIndex(1, Number.NaN)).toBeNull();
    expect(estimateAtCompletionByCpi(1000, null)).toBeNull();
    expect(estimateAtCompletionByCpiAndSpi(1000, 0, 10, 0.5, null)).toBeNull();
    expect(toCompletePerformanceIndex(1000, 0, 10, null)).toBeNull();
  });
});

describe('evmMetrics: properties', () => {
  // Amounts in cents, as money is entered; the NaN property below also tries any double.
  const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e11 }).map((cents) => cents / 100));
  const anyAmount = fc.oneof(money, fc.double({ min: 0, max: 1e300, noNaN: true }));

  it('SPI is null exactly when PV is 0, CPI exactly when AC is 0; otherwise finite', () => {
    fc.assert(
      fc.property(money, money, money, money, (bac, pv, ev, ac) => {
        const m = evmMetrics({ bac, pv, ev, ac });
        expect(m.spi === null).toBe(pv === 0);
        expect(m.cpi === null).toBe(ac === 0);
        if (m.spi !== null) expect(Number.isFinite(m.spi)).toBe(true);
        if (m.cpi !== null) expect(Number.isFinite(m.cpi)).toBe(true);
        expect(schedulePerformanceIndex(ev, pv)).toBe(m.spi);
      }),
    );
  });

  it('no figure is ever NaN or infinite', () => {
    fc.assert(
      fc.property(anyAmount, anyAmount, anyAmount, anyAmount, (bac, pv, ev, ac) => {
        const m = evmMetrics({ bac, pv, ev, ac });
        const values = [m.sv, m.cv, m.spi, m.cpi, m.tcpiBac, ...[m.eac, m.etc, m.vac, m.tcpiEac].flatMap((e) => [e.cpi, e.budgetRate, e.cpiTimesSpi])];
        for (const value of values) if (value !== null) expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
