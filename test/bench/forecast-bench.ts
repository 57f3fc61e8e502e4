/**
 * The forecast's section of `npm run bench` (issue #15): Monte Carlo iterations per second of the whole forecast
 * (network built once, durations drawn, CPM forward and backward passes, criticality and cruciality) on the
 * synthetic projects of 1,000, 10,000 and 100,000 issues (about three links each, test/bench/synthetic-project.ts),
 * with the default spread and ten register risks; then the issue's target: 2,000 iterations of the 1,000-issue
 * project in under 2 s. Each size in its own Node process. Not a test: it prints a table.
 * Run alone: `npx tsx test/bench/forecast-bench.ts`.
 */
import { execFileSync } from 'node:child_process';
import { scheduleForecast, type ForecastOptions } from '../../src/domain/forecast/schedule-forecast';
import type { ForecastRisk } from '../../src/domain/forecast/risk-strikes';
import { workingCalendar } from '../../src/domain/schedule/working-calendar';
import { benchRules, mulberry32, syntheticProject } from './synthetic-project';

interface Row {
  issues: number;
  links: number;
  iterations: number;
  ms: number;
  /** CPU time of the same run: on a shared machine, wall time also counts waiting for a core. */
  cpuMs: number;
  riskRunsMs: number;
  perSecond: number;
  p50: string;
  p80: string;
}

const ITERATIONS: Record<number, number> = { 1_000: 2_000, 10_000: 200, 100_000: 20 };

function measure(size: number): Row {
  const project = syntheticProject(size);
  const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2027-01-01'], hoursPerDay: 8 }, '2026-11-02');
  const input = { items: project.items, rules: benchRules, calendar, duration: { source: 'originalEstimate' as const, daysPerPoint: 1 }, actuals: project.actuals, nearCriticalDays: 5 };
  const random = mulberry32(7);
  const risks: ForecastRisk[] = Array.from({ length: 10 }, (_, r) => ({
    key: `RISK-${r + 1}`,
    statusCategory: 'todo',
    category: r % 3 === 0 ? 'Vendor' : null,
    probability: 1 + (r % 5),
    impact: 1 + ((r * 2) % 5),
    linkedKeys: [project.items[Math.floor(random() * size)]?.key ?? ''],
  }));
  const iterations = ITERATIONS[size] ?? 100;
  const options = (maxRiskRuns: number): ForecastOptions => ({
    iterations,
    seed: 1,
    spread: { optimistic: 0.8, pessimistic: 1.5 },
    calibrationMinIssues: 10,
    risks,
    riskMapping: { scale: 'oneToFive', probabilityOfRating: [0.1, 0.3, 0.5, 0.7, 0.9], daysOfImpactRating: [1, 3, 5, 10, 20], correlateBy: 'category' },
    targetDate: null,
    asOf: '2026-11-02',
    maxRiskRuns,
  });
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  const result = scheduleForecast(input, options(0));
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  scheduleForecast(input, options(10));
  const riskRunsMs = performance.now() - t1;
  return { issues: size, links: project.linkCount, iterations, ms, cpuMs: (used.user + used.system) / 1000, riskRunsMs, perSecond: (iterations * 1000) / ms, p50: result.percentiles.p50, p80: result.percentiles.p80 };
}

const child = process.argv.indexOf('--size');
if (child !== -1) {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[child + 1]))));
} else {
  const rows = [1_000, 10_000, 100_000].map((size): Row => {
    const out = execFileSync(process.execPath, ['--max-old-space-size=400', '--import', 'tsx', __filename, '--size', String(size)], { encoding: 'utf8' });
    return JSON.parse(out) as Row;
  });
  console.log('Forecast (Monte Carlo over the CPM network, default spread 0.8-1.5, ten risks):');
  console.table(
    rows.map((r) => ({
      issues: r.issues,
      links: r.links,
      iterations: r.iterations,
      'ms (network built once + iterations)': r.ms.toFixed(0),
      'CPU ms': r.cpuMs.toFixed(0),
      'iterations per second': r.perSecond.toFixed(r.perSecond < 10 ? 1 : 0),
      'per CPU second': ((r.iterations * 1000) / r.cpuMs).toFixed((r.iterations * 1000) / r.cpuMs < 10 ? 1 : 0),
      'ms with 10 risks measured with/without': r.riskRunsMs.toFixed(0),
      P50: r.p50,
      P80: r.p80,
    })),
  );
  const small = rows[0];
  if (small) console.log(`Target, 2,000 iterations of the 1,000-issue project under 2 s: ${small.ms.toFixed(0)} ms (${small.cpuMs.toFixed(0)} ms CPU), ${small.ms < 2000 ? 'met' : 'NOT met'}.`);
  console.log('Iterations per second = iterations / wall time of one scheduleForecast (graph, cycle cuts, order and samplers built once, then the iterations), no risk measured; per CPU second = the same over its CPU time (on a shared machine wall time also counts waiting for a core); the last ms column measures all ten risks with and without (up to 1,000 iterations each).');
}
