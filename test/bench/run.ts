/**
 * `npm run bench`: graph build + cycle cuts + critical path on synthetic projects of 1,000, 10,000 and
 * 100,000 issues (about three links each). Each size runs in its own Node process (--expose-gc, old space
 * capped at 300 MB), so memory figures do not mix: one cold run, then warm runs, then the graph and cycle
 * phases alone. Not a test: it prints a table.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { cycleCuts } from '../../src/domain/schedule/cycle-cuts';
import { criticalPath } from '../../src/domain/schedule/critical-path';
import { dependencyGraph } from '../../src/domain/schedule/dependency-graph';
import { workingCalendar } from '../../src/domain/schedule/working-calendar';
import { benchRules, syntheticProject } from './synthetic-project';

interface Row {
  issues: number;
  links: number;
  edges: number;
  cycles: number;
  cut: number;
  graphMs: number;
  cutsMs: number;
  coldMs: number;
  warmMs: number;
  peakHeapMb: number;
  committedMb: number;
  retainedMb: number;
  maxRssMb: number;
}

const SIZES = [1_000, 10_000, 100_000];
const WARM_RUNS = 3;
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;

function measure(size: number): Row {
  const project = syntheticProject(size);
  const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2027-01-01'], hoursPerDay: 8 }, '2026-11-02');
  const input = { items: project.items, rules: benchRules, calendar, duration: { source: 'originalEstimate' as const, daysPerPoint: 1 }, actuals: project.actuals, nearCriticalDays: 5 };
  const timed = <T>(run: () => T): [T, number] => {
    const t = performance.now();
    const value = run();
    return [value, performance.now() - t];
  };

  // Cold: the first run in a fresh process, as in a Forge invocation. Heap is sampled after the run,
  // before any collection, against a collected baseline.
  gc?.();
  const before = heapMb();
  const [result, coldMs] = timed(() => criticalPath(input));
  const peakHeapMb = heapMb() - before;
  // The committed heap only grows to hold the peak and is not returned at once: an upper bound on the
  // peak heap of the run, input included.
  const committedMb = getHeapStatistics().total_heap_size / 2 ** 20;
  gc?.();
  const retainedMb = heapMb() - before;

  const warm = Array.from({ length: WARM_RUNS }, () => timed(() => criticalPath(input))[1]).sort((a, b) => a - b);
  const [graph, graphMs] = timed(() => dependencyGraph(project.items, benchRules));
  const cutsMs = timed(() => cycleCuts(graph))[1];
  return {
    issues: size,
    links: project.linkCount,
    edges: graph.edgeCount,
    cycles: result.cycles.length,
    cut: result.ignoredLinkIds.length,
    graphMs,
    cutsMs,
    coldMs,
    warmMs: warm[Math.floor(WARM_RUNS / 2)] ?? NaN,
    peakHeapMb,
    committedMb,
    retainedMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const child = process.argv.indexOf('--size');
if (child !== -1) {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[child + 1]))));
} else {
  const rows = SIZES.map((size): Row => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=300', '--import', 'tsx', __filename, '--size', String(size)], {
      encoding: 'utf8',
    });
    return JSON.parse(out) as Row;
  });
  const f = (n: number, digits = 0): string => n.toFixed(digits);
  console.table(
    rows.map((r) => ({
      issues: r.issues,
      links: r.links,
      'graph edges': r.edges,
      'cycles (cuts)': `${r.cycles} (${r.cut})`,
      'total ms, cold': f(r.coldMs),
      'total ms, warm': f(r.warmMs),
      'of which graph ms': f(r.graphMs),
      'cycles ms': f(r.cutsMs),
      'heap MB, run': f(r.peakHeapMb, 1),
      'heap MB, committed': f(r.committedMb),
      'heap MB, result': f(r.retainedMb, 1),
      'max RSS MB': f(r.maxRssMb),
    })),
  );
  const big = rows.at(-1);
  if (big) {
    const ok = big.coldMs < 1000 && big.committedMb < 300;
    console.log(`total = graph build + cycle detection and cuts + schedule (criticalPath); warm = median of ${WARM_RUNS} later runs.`);
    console.log('heap MB, run = heapUsed after the cold run minus a collected baseline (input excluded; collections during the run hide some);');
    console.log('heap MB, committed = V8 total heap size after the cold run, input included (>= the peak). Every size ran with --max-old-space-size=300.');
    console.log(`100k target (cold < 1000 ms, committed heap < 300 MB): ${ok ? 'met' : 'NOT met'}.`);
  }
  // The forecast (issue #15): iterations per second at each size, its own processes.
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'forecast-bench.ts')], { stdio: 'inherit' });
  // The consumer path (keel-analysis): its own table, its own processes.
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'consumer-bench.ts')], { stdio: 'inherit' });
  // The Dependencies tab's answers on the generated large site: bytes and time of each (issue #11).
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'answers-bench.ts')], { stdio: 'inherit' });
  // The stored analysis's first full read and incremental refreshes with latency (issue #11).
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'refresh-bench.ts')], { stdio: 'inherit' });
}
