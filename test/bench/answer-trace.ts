/**
 * Profiles answers of the generated large site (issue #11's "first paint < 3 s"): each named answer is called
 * once as Priya, from a cold instance (after one call without latency, so the code is compiled), with the answers bench's latency (150 ms a Jira request, 20 ms a storage
 * call), and every request and storage call it made is printed in the order it started, with when it started and
 * ended and how many were in flight at most, so what waits on what is seen.
 *   npx tsx test/bench/answer-trace.ts --size 10000 [--kvs-cache FILE] [schedule/issue:BIG-2 risks/issue:BIG-2 ...]
 * `--kvs-cache FILE` keeps the stored analysis the consumer computed in FILE and reads it back next time (delete
 * the file after changing the consumer). Answers are `functionKey:arg`, the arg a project or issue key, or
 * `functionKey:project:epic` for a view filtered to one epic (`schedule/detail:BIG:BIG-42`); a Confluence macro's
 * is its resolver with the project its config names (`macro/status:BIG`, `macro/risks:BIG`); `scenarios/preview:BIG` is a
 * preview with no edits. What the first call
 * queues (an outside variant, a forecast) is computed before the traced one, as a reader's later visit finds it.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ResolverResult } from '../../src/contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import { installForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation, traceCalls } from '../sandbox/forge/invocation-context';
import { KvsStore } from '../sandbox/forge/kvs-store';
import { createSite } from '../sandbox/site';

const LATENCY = { productMs: 150, kvsMs: 20 };
const DEFAULT_ANSWERS = ['schedule/issue:BIG-2', 'risks/issue:BIG-2', 'schedule/get:BIG', 'schedule/summary:BIG', 'overview/get:BIG', 'risks/get:BIG', 'raci/get:BIG', 'evm/get:BIG'];

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { size: { type: 'string', default: '10000' }, 'kvs-cache': { type: 'string' } }, allowPositionals: true });
  const size = Number(values.size);
  const site = createSite(largeSnapshot({ issues: size, today: '2026-11-16' }));
  const kvs = new KvsStore();
  const cache = values['kvs-cache'];
  if (cache !== undefined && existsSync(cache)) kvs.loadFile(cache);
  const latency = { productMs: 0, kvsMs: 0 };
  const runtime = installForgeRuntime({ site, kvs, latency });
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
  if (cache === undefined || !existsSync(cache)) {
    await invoke('schedule/get', { projectKey: 'BIG' });
    await runtime.queue.drain();
    if (cache !== undefined) kvs.saveFile(cache);
  }
  for (const answer of positionals.length > 0 ? positionals : DEFAULT_ANSWERS) {
    const [functionKey = '', arg = 'BIG', epic] = answer.split(':');
    const payload = functionKey.endsWith('/issue') ? { issueKey: arg } : functionKey === 'scenarios/preview' ? { projectKey: arg, edits: [] } : { projectKey: arg, ...(epic === undefined ? {} : { filter: { epic } }) };
    // Once without latency first, as the answers bench's three runs do: the code is then compiled, as in a warm Node.
    await invoke(functionKey, payload);
    await runtime.queue.drain();
    forgetWarm();
    Object.assign(latency, LATENCY);
    traceCalls(true);
    const start = performance.now();
    const result = await invoke(functionKey, payload);
    const ms = performance.now() - start;
    traceCalls(false);
    Object.assign(latency, { productMs: 0, kvsMs: 0 });
    const invocation = lastStartedInvocation();
    const verdict = ms < 3000 ? 'under 3 s' : 'OVER 3 s';
    console.log(`\n${answer}: ${result.ok ? 'ok' : `FAILED ${result.error.message}`}, ${ms.toFixed(0)} ms (${verdict}), ${invocation?.productFetches ?? 0} Jira requests, ${invocation?.kvsCalls ?? 0} storage calls, at most ${invocation?.maxInFlight ?? 0} in flight`);
    for (const call of invocation?.calls ?? []) {
      console.log(`  ${call.startMs.toFixed(0).padStart(6)} → ${(call.endMs ?? NaN).toFixed(0).padStart(6)}  ${call.kind === 'product' ? 'jira' : 'kvs '}  ${call.what}`);
    }
  }
  runtime.uninstall();
  forgetWarm();
}

void main();
