/** An `evm` section with nothing budgeted, for tests of `Analysis` consumers that do not look at it. */
import type { EvmSection } from '../../src/cli/evm-section';

const none = { cpi: null, budgetRate: null, cpiTimesSpi: null, bottomUp: null };

export const emptyEvmSection: EvmSection = {
  currency: 'USD',
  baseline: { name: 'current', description: '' },
  method: { budget: '', percentComplete: '', actualCost: '' },
  period: 'week',
  projectStart: '2026-11-16',
  figures: { bac: 0, pv: 0, ev: 0, ac: 0, sv: 0, cv: 0, spi: null, cpi: null, eac: none, etc: none, vac: none, tcpiBac: null, tcpiEac: none, percentComplete: null },
  earnedSchedule: { es: 0, at: 1, svt: -1, spit: 0, plannedDuration: 0, plannedFinish: null, forecastDuration: null, forecastFinish: null },
  notDefined: [],
  series: [],
  epics: [],
  findings: [],
};
