/**
 * Where the CPU of one incremental refresh goes (issue #11, "refresh CPU"): on the generated large site, the first
 * full analysis runs unprofiled, then `--edits` BIG issues get their remaining estimate changed (as the refresh
 * bench edits them) and the queue's drain (the schedule refresh and the forecast it queues) runs under V8's
 * sampling profiler. Writes the profile (open it in Chrome's DevTools) and prints the functions by self time and
 * by inclusive time (synchronous frames only: time after an `await` is not under its caller). No latency.
 * `--edit tasks` edits open tasks instead of the first BIG issues (the refresh bench's, an epic first).
 *   npx tsx test/bench/refresh-profile.ts --size 10000 --edits 1 --out /tmp/refresh.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import { installForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { startedInvocations, forgetStartedInvocations } from '../sandbox/forge/invocation-context';
import { connectProductTriggers } from '../sandbox/forge/product-triggers';
import { createSite } from '../sandbox/site';
import { emitJiraEvent, issueEvent } from '../sandbox/site/jira/jira-events';
import { jiraDateTime } from '../sandbox/site/jql/dates';

const arg = (name: string, fallback: string) => (process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback) : fallback);
const size = Number(arg('--size', '10000'));
const edits = Number(arg('--edits', '1'));
const rounds = Number(arg('--rounds', '1'));
const out = arg('--out', '/tmp/refresh.cpuprofile');
const what = arg('--edit', 'first');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and inclusive milliseconds per function (name and file), a recursive function counted once per stack. */
function tally(profile: Profile): { self: Map<string, number>; total: Map<string, number>; all: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/wt-C\//, '').replace(/^.*node_modules\//, 'nm/')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    all += ms;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  return { self, total, all };
}

const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(2).padStart(7)} s  ${k}`).join('\n');

async function main(): Promise<void> {
  const site = createSite(largeSnapshot({ issues: size, today: '2026-11-16' }));
  const runtime = installForgeRuntime({ site, latency: { productMs: 0, kvsMs: 0 } });
  const app = await import('../../src/index');
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const events = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'];
  const triggers = connectProductTriggers(runtime, [{ moduleKey: 'keel-analysis-staleness', events, handler: app.analysisTrigger }]);
  const priya = DEMO_USERS.priya.accountId;
  const view = () => runtime.invokeResolver(app.resolver, { functionKey: 'schedule/get', payload: { projectKey: 'BIG' }, accountId: priya, timeoutMs: 600_000 });
  await view();
  await runtime.queue.drain();
  const big = site.state.issues.filter((i) => i.key.startsWith('BIG-'));
  const open = what === 'tasks' ? big.filter((i) => i.fields.issuetype.name === 'Task' && JSON.stringify(i.fields.status).includes('"key":"new"')) : big;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  for (let round = 0; round < rounds; round++) {
    for (const issue of open.slice(round * edits, (round + 1) * edits)) {
      const before = typeof issue.fields['timeestimate'] === 'number' ? issue.fields['timeestimate'] : 0;
      issue.fields['timeestimate'] = before + 3600;
      issue.fields.updated = jiraDateTime(new Date());
      emitJiraEvent(site.state, issueEvent('avi:jira:updated:issue', issue, { type: 'user', accountId: priya }, { items: [{ field: 'timeestimate', fieldtype: 'jira', fieldId: 'timeestimate', fromString: String(before), toString: String(before + 3600) }] }));
    }
    await triggers.settled();
    forgetStartedInvocations();
    const profiling = round === rounds - 1;
    if (profiling) await session.post('Profiler.start');
    const cpu = process.cpuUsage();
    const began = performance.now();
    await runtime.queue.drain();
    const used = process.cpuUsage(cpu);
    const took = performance.now() - began;
    const profile = profiling ? ((await session.post('Profiler.stop')).profile as unknown as Profile) : null;
    const invocations = startedInvocations().map((i) => `${i.moduleKey} ${(((i.endedAt ?? 0) - i.startedAt) / 1000).toFixed(2)} s`);
    process.stdout.write(`round ${round + 1}: ${edits} edited at ${size}: drain ${(took / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU; ${invocations.join(', ')}\n`);
    if (profile) {
      writeFileSync(out, JSON.stringify(profile));
      const { self, total, all } = tally(profile);
      process.stdout.write(`profiled ${(all / 1000).toFixed(2)} s, written to ${out}\n\nby self time:\n${top(self, 40)}\n\nby inclusive time:\n${top(total, 80)}\n`);
    }
  }
  triggers.disconnect();
  runtime.uninstall();
}

void main();
