/**
 * Scenarios on a large scope (issue #17, item 2): on the generated site (BIG with 10,000 issues by default,
 * test/sandbox/demo/large-site.ts, as answers-bench.ts builds it), the stored analysis computed by the real
 * consumer against the sandbox, then as Priya: a preview with no edits, a preview that lengthens one activity,
 * and a comparison of two saved scenarios. For each: its bytes of JSON (the budget: under 1 MB), its time (the
 * median of three calls), the Jira requests and storage calls it made, its time with a round trip of 150 ms
 * before each Jira request and 20 ms before each storage call, and the forecast's iterations and sampling error.
 * Run alone: `npx tsx test/bench/scenario-bench.ts` (KEEL_BENCH_SIZES=10000,20000 picks the sizes).
 */
import { execFileSync } from 'node:child_process';
import type { ResolverResult, ScenarioCompareResult, ScenarioSummary, ScenarioView, ScheduleResult } from '../../src/contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import { installForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { createSite } from '../sandbox/site';

const SIZES = (process.env['KEEL_BENCH_SIZES'] ?? '10000').split(',').map(Number);
const RUNS = 3;
const LATENCY = { productMs: 150, kvsMs: 20 };

interface Row {
  answer: string;
  bytes: number;
  ms: number;
  fetches: number;
  kvsCalls: number;
  latencyMs: number;
  /** CPU time of the median call's process (on a shared machine the wall time also counts waiting for a core). */
  cpuMs: number;
  iterations: string;
}

async function measure(size: number): Promise<{ consumerMs: number; rows: Row[]; visible: number }> {
  const site = createSite(largeSnapshot({ issues: size, today: '2026-11-16' }));
  const latency = { productMs: 0, kvsMs: 0 };
  const runtime = installForgeRuntime({ site, latency });
  const app = await import('../../src/index');
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const invoke = (functionKey: string, payload: unknown) => runtime.invokeResolver(app.resolver, { functionKey, payload, accountId: DEMO_USERS.priya.accountId }) as Promise<ResolverResult<unknown>>;
  const once = async <T>(functionKey: string, payload: unknown): Promise<T> => {
    const answer = await invoke(functionKey, payload);
    if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.message}`);
    return answer.data as T;
  };
  await invoke('schedule/get', { projectKey: 'BIG' });
  let t = performance.now();
  await runtime.queue.drain();
  const consumerMs = performance.now() - t;
  await once<ScheduleResult>('schedule/get', { projectKey: 'BIG' });
  // The tab's answer at this size is a head without nodes: an open task is picked from the site itself.
  const open = site.state.issues.find((i) => {
    const f = i.fields as { status?: { statusCategory?: { key?: string } }; issuetype?: { name?: string }; timeoriginalestimate?: number | null; subtasks?: unknown[] };
    return i.key.startsWith('BIG-') && f.status?.statusCategory?.key === 'new' && f.issuetype?.name !== 'Epic' && (f.timeoriginalestimate ?? 0) > 0 && (f.subtasks ?? []).length === 0;
  });
  const edits = open ? [{ kind: 'duration', key: open.key, days: 60 }] : [];
  const rows: Row[] = [];
  let visible = 0;
  const row = async (name: string, functionKey: string, payload: unknown, forecastOf: (data: unknown) => ScenarioView['diff']['forecast']) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let answer: ResolverResult<unknown> | undefined;
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      const c = process.cpuUsage();
      answer = await invoke(functionKey, payload);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      times.push(performance.now() - t);
    }
    const counts = lastStartedInvocation();
    Object.assign(latency, LATENCY);
    t = performance.now();
    await invoke(functionKey, payload);
    const latencyMs = performance.now() - t;
    Object.assign(latency, { productMs: 0, kvsMs: 0 });
    if (!answer?.ok) throw new Error(`${functionKey}: ${answer?.ok === false ? answer.error.message : 'no answer'}`);
    const forecast = forecastOf(answer.data);
    rows.push({
      answer: name,
      bytes: Buffer.byteLength(JSON.stringify(answer)),
      ms: times.sort((a, b) => a - b)[1] ?? NaN,
      fetches: counts?.productFetches ?? 0,
      kvsCalls: counts?.kvsCalls ?? 0,
      latencyMs,
      cpuMs: cpu.sort((a, b) => a - b)[1] ?? NaN,
      iterations: forecast ? `${forecast.iterations} (±${(forecast.samplingError * 100).toFixed(1)} points)` : 'none',
    });
  };
  const view = (data: unknown) => (data as ScenarioView).diff.forecast;
  await row('scenarios/preview (no edits)', 'scenarios/preview', { projectKey: 'BIG', edits: [] }, view);
  await row(`scenarios/preview (${open?.key ?? '-'} at 60 days)`, 'scenarios/preview', { projectKey: 'BIG', edits }, view);
  visible = (await once<ScenarioView>('scenarios/preview', { projectKey: 'BIG', edits: [] })).basis.visibleIssues;
  const left = await once<ScenarioSummary>('scenarios/save', { projectKey: 'BIG', name: 'Longer', edits });
  const right = await once<ScenarioSummary>('scenarios/save', { projectKey: 'BIG', name: 'None', edits: [] });
  await row('scenarios/compare (two saved)', 'scenarios/compare', { projectKey: 'BIG', left: left.id, right: right.id }, (d) => (d as ScenarioCompareResult).left.diff.forecast);
  runtime.uninstall();
  return { consumerMs, rows, visible };
}

if (process.argv.includes('--size')) {
  void measure(Number(process.argv[process.argv.indexOf('--size') + 1])).then((r) => process.stdout.write(`\n@@${JSON.stringify(r)}`));
} else {
  const table: Record<string, string | number>[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', __filename, '--size', String(size)], { encoding: 'utf8', maxBuffer: 2 ** 26, stdio: ['ignore', 'pipe', 'inherit'] });
    const result = JSON.parse(out.slice(out.lastIndexOf('@@') + 2)) as Awaited<ReturnType<typeof measure>>;
    notes.push(`BIG ${size}: consumer (read, compute, store) ${(result.consumerMs / 1000).toFixed(1)} s; the scenario plan holds ${result.visible} issues of the scope.`);
    for (const r of result.rows) {
      table.push({
        issues: size,
        answer: r.answer,
        KB: (r.bytes / 1024).toFixed(1),
        'under 1 MB': r.bytes < 1_000_000 ? 'yes' : 'NO',
        ms: r.ms.toFixed(0),
        'CPU ms': r.cpuMs.toFixed(0),
        'Jira requests': r.fetches,
        'storage calls': r.kvsCalls,
        'ms with latency': r.latencyMs.toFixed(0),
        'forecast iterations': r.iterations,
      });
    }
  }
  console.log('Scenarios on the generated large site, as Priya, from the stored analysis; ms = median of 3 calls;');
  console.log(`'ms with latency': one call with ${LATENCY.productMs} ms before each Jira request and ${LATENCY.kvsMs} ms before each storage call. Forge allows a resolver 25 s.`);
  console.table(table);
  for (const note of notes) console.log(note);
}
