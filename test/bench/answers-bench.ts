/**
 * `npm run bench`, the Dependencies tab's answers (issue #11): on the generated large site (BIG with 10,000
 * and 50,000 issues, test/sandbox/demo/large-site.ts), the stored analysis computed by the real consumer against
 * the sandbox, then each schedule answer as Priya: its bytes of JSON (the budget: under 1 MB), its time (the
 * median of three calls), the Jira requests and storage calls it made, and its time again with a round trip of
 * 150 ms before each Jira request and 20 ms before each storage call (LATENCY, as issue #11 names; the sandbox
 * otherwise answers in-process). Each size runs in its own Node process;
 * KEEL_BENCH_SIZES=10000,50000,100000 picks the sizes. Each answer's CPU time (this process's, user + system,
 * over the median call) is printed beside its time, with the load average at the start and end of each size:
 * the time depends on the machine's load, the CPU time much less.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import type { ResolverResult, ScheduleResult, ScheduleSummaryResult } from '../../src/contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import { installForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { createSite } from '../sandbox/site';

const SIZES = (process.env['KEEL_BENCH_SIZES'] ?? '10000,50000').split(',').map(Number);
const RUNS = 3;
const LATENCY = { productMs: 150, kvsMs: 20 };

interface Row {
  answer: string;
  bytes: number;
  /** Null for the whole schedule, which is measured, never sent. */
  ms: number | null;
  /** The CPU time of the call whose time is `ms` (the sandbox answers in-process, so all of it is the call's). */
  cpuMs?: number;
  fetches?: number;
  kvsCalls?: number;
  /** The time of one call with LATENCY. */
  latencyMs?: number;
  /** Jira requests and storage calls of that call waiting at once, at most. */
  maxInFlight?: number;
}

/** Issue #11's target for every panel's first paint from stored data. */
const FIRST_PAINT_MS = 3000;

async function measure(size: number): Promise<{ generateMs: number; consumerMs: number; rows: Row[]; load: [number, number] }> {
  const loadAtStart = loadavg()[0] ?? 0;
  let t = performance.now();
  const site = createSite(largeSnapshot({ issues: size, today: '2026-11-16' }));
  const generateMs = performance.now() - t;
  const latency = { productMs: 0, kvsMs: 0 };
  const runtime = installForgeRuntime({ site, latency });
  const app = await import('../../src/index');
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  // What a new Forge instance starts with: no schedule or stored answer kept from an earlier invocation.
  const forgetWarm = () => {
    forgetWarmSchedules();
    forgetWarmAnswers();
  };
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const invoke = (functionKey: string, payload: unknown) => runtime.invokeResolver(app.resolver, { functionKey, payload, accountId: DEMO_USERS.priya.accountId }) as Promise<ResolverResult<unknown>>;
  // `cold`: as a new Forge instance answers, with no stored schedule kept warm from an earlier invocation.
  const call = async <T>(functionKey: string, payload: unknown, cold = false): Promise<Omit<Row, 'answer'> & { data: T; bytes: number; ms: number }> => {
    const times: { ms: number; cpuMs: number }[] = [];
    let answer: ResolverResult<unknown> | undefined;
    for (let i = 0; i < RUNS; i++) {
      if (cold) forgetWarm();
      const start = performance.now();
      const cpu = process.cpuUsage();
      answer = await invoke(functionKey, payload);
      const used = process.cpuUsage(cpu);
      times.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
    }
    const median = times.sort((a, b) => a.ms - b.ms)[1];
    const counts = lastStartedInvocation();
    Object.assign(latency, LATENCY);
    if (cold) forgetWarm();
    const start = performance.now();
    await invoke(functionKey, payload);
    const latencyMs = performance.now() - start;
    const maxInFlight = lastStartedInvocation()?.maxInFlight ?? 0;
    Object.assign(latency, { productMs: 0, kvsMs: 0 });
    if (!answer?.ok) throw new Error(`${functionKey}: ${answer?.ok === false ? answer.error.message : 'no answer'}`);
    return { data: answer.data as T, bytes: Buffer.byteLength(JSON.stringify(answer)), ms: median?.ms ?? NaN, cpuMs: median?.cpuMs ?? NaN, fetches: counts?.productFetches ?? 0, kvsCalls: counts?.kvsCalls ?? 0, latencyMs, maxInFlight };
  };
  await runtime.invokeResolver(app.resolver, { functionKey: 'schedule/get', payload: { projectKey: 'BIG' }, accountId: DEMO_USERS.priya.accountId });
  t = performance.now();
  await runtime.queue.drain();
  const consumerMs = performance.now() - t;
  const rows: Row[] = [];
  const keep = <T>(name: string, { data, ...row }: Omit<Row, 'answer'> & { data: T }): T => {
    rows.push({ answer: name, ...row });
    return data;
  };
  const head = keep('schedule/get', await call<ScheduleResult>('schedule/get', { projectKey: 'BIG' }));
  const summary = keep('schedule/summary', await call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' }));
  const epic = summary.picker.find((g) => g.key.startsWith('BIG-'))?.key;
  keep(`schedule/detail (epic ${epic ?? '-'})`, await call('schedule/detail', { projectKey: 'BIG', filter: { epic } }));
  keep('schedule/detail (focus BIG-2)', await call('schedule/detail', { projectKey: 'BIG', focus: 'BIG-2' }));
  keep('schedule/detail (no filter: cut)', await call('schedule/detail', { projectKey: 'BIG', filter: {} }));
  keep('schedule/rows (100, by early start)', await call('schedule/rows', { projectKey: 'BIG', limit: 100 }));
  keep('schedule/rows (500, by slack, critical)', await call('schedule/rows', { projectKey: 'BIG', limit: 500, sort: 'totalSlack', filter: { criticalOnly: true } }));
  keep('schedule/issue (BIG-2)', await call('schedule/issue', { issueKey: 'BIG-2' }));
  // The other tabs' first answers: Overview and risks from the stored analysis; RACI, Decisions and Earned value as read in the call.
  // A tab that fails (Forge's 25 s, its 100 fetches) is a row saying so, with latency put back to none.
  const attempt = async (name: string, functionKey: string, payload: unknown, cold = false): Promise<void> => {
    try {
      keep(name, await call(functionKey, payload, cold));
    } catch (error) {
      Object.assign(latency, { productMs: 0, kvsMs: 0 });
      rows.push({ answer: `${name}: FAILED, ${error instanceof Error ? error.message.slice(0, 90) : String(error)}`, bytes: 0, ms: null });
    }
  };
  await attempt('overview/get', 'overview/get', { projectKey: 'BIG' });
  await attempt('risks/get', 'risks/get', { projectKey: 'BIG' });
  await attempt('risks/issue (BIG-2)', 'risks/issue', { issueKey: 'BIG-2' });
  // The issue panel is often the first Keel view an instance answers: nothing kept warm.
  await attempt('schedule/issue (BIG-2), cold instance', 'schedule/issue', { issueKey: 'BIG-2' }, true);
  // An epic's panel (BIG-1: a summary task), from its entry in the per-issue index.
  await attempt('schedule/issue (epic BIG-1), cold instance', 'schedule/issue', { issueKey: 'BIG-1' }, true);
  await attempt('risks/issue (BIG-2), cold instance', 'risks/issue', { issueKey: 'BIG-2' }, true);
  await attempt('risks/issue (BIG-5000), cold instance', 'risks/issue', { issueKey: 'BIG-5000' }, true);
  // The Dependencies tab's first answers in a new instance, or the first view after a refresh (a new generation):
  // the stored schedule is read and parsed, not taken warm.
  await attempt('schedule/get, cold instance', 'schedule/get', { projectKey: 'BIG' }, true);
  await attempt('schedule/summary, cold instance', 'schedule/summary', { projectKey: 'BIG' }, true);
  await attempt('schedule/rows (100), cold instance', 'schedule/rows', { projectKey: 'BIG', limit: 100 }, true);
  // The "will we make the date?" banner on top of every tab, and the tab a project page opens on, in a new instance.
  await attempt('status/get, cold instance', 'status/get', { projectKey: 'BIG' }, true);
  await attempt('status/get', 'status/get', { projectKey: 'BIG' });
  await attempt('overview/get, cold instance', 'overview/get', { projectKey: 'BIG' }, true);
  // The rest of what the Overview asks first: the hidden-work banner and "What to chase".
  await attempt('hidden/get, cold instance', 'hidden/get', { projectKey: 'BIG' }, true);
  await attempt('chase/get, cold instance', 'chase/get', { projectKey: 'BIG' }, true);
  await attempt('risks/get, cold instance', 'risks/get', { projectKey: 'BIG' }, true);
  // A drill into one epic on a new instance: from the epic's stored group (detail-schedule.ts), not the whole schedule.
  await attempt(`schedule/detail (epic ${epic ?? '-'}), cold instance`, 'schedule/detail', { projectKey: 'BIG', filter: { epic } }, true);
  await attempt('raci/get', 'raci/get', { projectKey: 'BIG' });
  await attempt('decisions/get', 'decisions/get', { projectKey: 'BIG' });
  await attempt('evm/get', 'evm/get', { projectKey: 'BIG' });
  rows.push({ answer: `(whole schedule, not sent: ${head.large?.issueCount ?? 0} issues)`, bytes: head.large?.fullBytes ?? 0, ms: null });
  runtime.uninstall();
  return { generateMs, consumerMs, rows, load: [loadAtStart, loadavg()[0] ?? 0] };
}

if (process.argv.includes('--size')) {
  void measure(Number(process.argv[process.argv.indexOf('--size') + 1])).then((r) => process.stdout.write(`\n@@${JSON.stringify(r)}`));
} else {
  const table: Record<string, string | number>[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', __filename, '--size', String(size)], { encoding: 'utf8', maxBuffer: 2 ** 26, stdio: ['ignore', 'pipe', 'inherit'] });
    const result = JSON.parse(out.slice(out.lastIndexOf('@@') + 2)) as Awaited<ReturnType<typeof measure>>;
    notes.push(`BIG ${size}: site generated in ${(result.generateMs / 1000).toFixed(1)} s; consumer (read, compute, store) ${(result.consumerMs / 1000).toFixed(1)} s; load average ${result.load[0].toFixed(1)} at the start, ${result.load[1].toFixed(1)} at the end.`);
    for (const r of result.rows) {
      table.push({
        issues: size,
        answer: r.answer,
        KB: (r.bytes / 1024).toFixed(1),
        'under 1 MB': r.bytes < 1_000_000 ? 'yes' : 'NO',
        ms: r.ms === null ? '' : r.ms.toFixed(0),
        'CPU ms': r.cpuMs === undefined ? '' : r.cpuMs.toFixed(0),
        'Jira requests': r.fetches ?? '',
        'storage calls': r.kvsCalls ?? '',
        'ms with latency': r.latencyMs === undefined ? '' : r.latencyMs.toFixed(0),
        'under 3 s': r.latencyMs === undefined ? '' : r.latencyMs < FIRST_PAINT_MS ? 'yes' : 'NO',
        'in flight': r.maxInFlight ?? '',
      });
    }
  }
  console.log("Each tab's answers on the generated large site, as Priya (schedule/*, overview/get, risks/* from the stored analysis); ms = median of 3 calls, 'CPU ms' that call's CPU time;");
  console.log(`'ms with latency': one call with ${LATENCY.productMs} ms before each Jira request and ${LATENCY.kvsMs} ms before each storage call. Forge allows a resolver 25 s.`);
  console.log(`'under 3 s': that call against issue #11's first paint target (${FIRST_PAINT_MS} ms); 'in flight': its requests and storage calls waiting at once, at most (Jira ones at most 6: src/adapters/in-flight.ts).`);
  console.log('Each call\'s requests in order: npx tsx test/bench/answer-trace.ts --size N [functionKey:KEY ...]');
  console.table(table);
  for (const note of notes) console.log(note);
}
