/**
 * Earned-value metrics (DESIGN.md section 1, "Earned value"; PMI, Practice Standard for Earned Value Management,
 * 2nd ed., 2011): SV = EV - PV, CV = EV - AC, SPI = EV / PV, CPI = EV / AC, three EACs, ETC = EAC - AC,
 * VAC = BAC - EAC, TCPI = (BAC - EV) / (target - AC). A ratio whose denominator is 0 or not finite is `null`
 * ("not defined"), never Infinity or NaN. O(1).
 */

/** Cumulative figures at one status date, in money. */
export interface EvmStatus {
  bac: number;
  pv: number;
  ev: number;
  ac: number;
}

/** The three PMI estimates at completion, or anything computed from each of them. */
export interface PerEac<T> {
  /** EAC = BAC / CPI: the remaining work costs what the work so far cost. */
  cpi: T;
  /** EAC = AC + (BAC - EV): the remaining work costs what it was budgeted to cost. */
  budgetRate: T;
  /** EAC = AC + (BAC - EV) / (CPI x SPI): cost and schedule performance both weigh on the rest. */
  cpiTimesSpi: T;
}

export interface EvmMetrics {
  sv: number;
  cv: number;
  spi: number | null;
  cpi: number | null;
  eac: PerEac<number | null>;
  etc: PerEac<number | null>;
  vac: PerEac<number | null>;
  tcpiBac: number | null;
  tcpiEac: PerEac<number | null>;
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * `numerator / denominator`, or null when the denominator is 0, either value is not finite, or the quotient
 * overflows (1 / 5e-324).
 * Example: definedRatio(3, 4) = 0.75; definedRatio(3, 0) = null; definedRatio(0, 0) = null.
 */
export function definedRatio(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return finiteOrNull(numerator / denominator);
}

/**
 * SPI = EV / PV. Null while PV = 0: nothing was planned yet, so there is no pace to compare with.
 * Example: schedulePerformanceIndex(400, 500) = 0.8.
 */
export function schedulePerformanceIndex(ev: number, pv: number): number | null {
  return definedRatio(ev, pv);
}

/**
 * CPI = EV / AC. Null while AC = 0: nothing was spent, so there is no efficiency to measure (even if EV > 0).
 * Example: costPerformanceIndex(100_000, 90_000) = 1.111…
 */
export function costPerformanceIndex(ev: number, ac: number): number | null {
  return definedRatio(ev, ac);
}

/**
 * EAC = BAC / CPI. Null when CPI is not defined (AC = 0) or CPI = 0 (money spent, nothing earned: at that
 * rate the work never finishes, so no finite forecast exists).
 * Example: BAC 200 000, CPI 10/9: EAC = 180 000.
 */
export function estimateAtCompletionByCpi(bac: number, cpi: number | null): number | null {
  return cpi === null ? null : definedRatio(bac, cpi);
}

/** EAC = AC + (BAC - EV); always defined. Example: AC 500, BAC 1000, EV 400: EAC = 1100. */
export function estimateAtCompletionAtBudgetRate(bac: number, ev: number, ac: number): number {
  return ac + (bac - ev);
}

/**
 * EAC = AC + (BAC - EV) / (CPI x SPI). Null when CPI or SPI is not defined or their product is 0.
 * Example: AC 500, BAC 1000, EV 400, CPI 0.8, SPI 0.8: EAC = 500 + 600 / 0.64 = 1437.5.
 */
export function estimateAtCompletionByCpiAndSpi(bac: number, ev: number, ac: number, cpi: number | null, spi: number | null): number | null {
  if (cpi === null || spi === null) return null;
  const rest = definedRatio(bac - ev, cpi * spi);
  return rest === null ? null : finiteOrNull(ac + rest);
}

/**
 * TCPI = (BAC - EV) / (target - AC): the cost efficiency the remaining work needs to finish at `target`
 * (BAC or an EAC). Null when target = AC (the target is spent exactly; 0/0 when the work is also done), or
 * when the target is null. Negative when AC already exceeds the target: no efficiency can meet it.
 * Example: BAC 1000, EV 400, AC 500: TCPI(BAC) = 600 / 500 = 1.2.
 */
export function toCompletePerformanceIndex(bac: number, ev: number, ac: number, target: number | null): number | null {
  return target === null ? null : definedRatio(bac - ev, target - ac);
}

const minus = (a: number | null, b: number): number | null => (a === null ? null : a - b);

/**
 * Every metric at one status date.
 * Example (worked by hand): BAC 1000, PV 500, EV 400, AC 500 gives SV -100, CV -100, SPI 0.8, CPI 0.8,
 * EAC 1250 / 1100 / 1437.5, ETC 750 / 600 / 937.5, VAC -250 / -100 / -437.5, TCPI(BAC) 1.2,
 * TCPI(EAC) 0.8 / 1 / 0.64 (TCPI against BAC / CPI always equals CPI).
 */
export function evmMetrics({ bac, pv, ev, ac }: EvmStatus): EvmMetrics {
  const spi = schedulePerformanceIndex(ev, pv);
  const cpi = costPerformanceIndex(ev, ac);
  const eac: PerEac<number | null> = {
    cpi: estimateAtCompletionByCpi(bac, cpi),
    budgetRate: estimateAtCompletionAtBudgetRate(bac, ev, ac),
    cpiTimesSpi: estimateAtCompletionByCpiAndSpi(bac, ev, ac, cpi, spi),
  };
  const each = (f: (value: number | null) => number | null): PerEac<number | null> => ({
    cpi: f(eac.cpi),
    budgetRate: f(eac.budgetRate),
    cpiTimesSpi: f(eac.cpiTimesSpi),
  });
  return {
    sv: ev - pv,
    cv: ev - ac,
    spi,
    cpi,
    eac,
    etc: each((e) => minus(e, ac)),
    vac: each((e) => (e === null ? null : bac - e)),
    tcpiBac: toCompletePerformanceIndex(bac, ev, ac, bac),
    tcpiEac: each((e) => toCompletePerformanceIndex(bac, ev, ac, e)),
  };
}
