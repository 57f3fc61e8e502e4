/**
 * Levelling bench (issue #14): Keel's levelling (genetic search with double justification) against one
 * Microsoft Project-like serial pass, on all 480 PSPLIB J30 instances (`../shared/psplib/j30`, proven optima in
 * optimum.csv; KEEL_PSPLIB_J30 overrides the folder): mean and worst deviation from the optimum, share optimal,
 * time per instance (wall and CPU: the machine is shared, so say its load). The search stops on its schedule
 * budget (scheduleBudget(n), or --max-schedules); --budget-ms is only a safety cap, and every run it cut is counted. Then generated networks of 120 and 1,000 jobs (deviation from the critical-path bound, time)
 * and a 1,000-issue, 30-person project with the resolver's budget: the levelling alone, and the resolver's whole
 * computation after Jira is read (critical path, levelling, load by person and week, findings). Not a test: it
 * prints tables. `--part j30|generated|resolver` runs one part.
 * Run: `npx tsx test/bench/levelling-bench.ts [--budget-ms 5000] [--max-schedules N] [--every K] [--part P]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { levelSchedule } from '../../src/domain/levelling/level-schedule';
import type { LevellingProblem } from '../../src/domain/levelling/levelling-problem';
import { psplibInstance, psplibProblem } from '../../src/domain/levelling/psplib-instance';
import { projectLevelling } from '../../src/domain/levelling/project-levelling';
import { criticalPath } from '../../src/domain/schedule/critical-path';
import { LEVELLING_BUDGET_MS } from '../../src/use-cases/get-resources';
import { calendar, network, type Activity } from '../domain/schedule/network-builder';
import { prng } from '../sandbox/demo/prng';
import { generatedRcpsp, jiraLikeProject } from './generated-rcpsp';

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const BUDGET_MS = flag('budget-ms', 5000);
const MAX_SCHEDULES = flag('max-schedules', 0);
const budget = (): { maxSchedules?: number } => (MAX_SCHEDULES > 0 ? { maxSchedules: MAX_SCHEDULES } : {});
const EVERY = flag('every', 1);
const J30 = process.env.KEEL_PSPLIB_J30 ?? join(__dirname, '../../../shared/psplib/j30');

interface Run {
  makespan: number;
  ms: number;
  cpuMs: number;
  schedules: number;
  cutShort: boolean;
}

function timedLevel(problem: LevellingProblem, method: 'priority' | 'search', budgetMs = BUDGET_MS): Run {
  const began = performance.now();
  const cpu = process.cpuUsage();
  const result = levelSchedule(problem, { method, ...budget(), deadline: () => performance.now() - began >= budgetMs });
  const used = process.cpuUsage(cpu);
  return { makespan: result.makespan, ms: performance.now() - began, cpuMs: (used.user + used.system) / 1000, schedules: result.schedules, cutShort: result.cutShort };
}

const pct = (x: number): string => `${(100 * x).toFixed(3)}%`;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function j30(): void {
  if (!existsSync(join(J30, 'optimum.csv'))) {
    console.log(`J30 skipped: no ${J30}/optimum.csv (set KEEL_PSPLIB_J30 to the folder of PSPLIB J30).`);
    return;
  }
  const optimum = new Map(readFileSync(join(J30, 'optimum.csv'), 'utf8').trim().split('\n').slice(1).map((l) => {
    const [file = '', value = ''] = l.split(',');
    return [file, Number(value)] as const;
  }));
  const files = readdirSync(J30).filter((f) => f.endsWith('.sm') && optimum.has(f)).sort().filter((_, i) => i % EVERY === 0);
  const rows = { priority: [] as { dev: number; ms: number; cpuMs: number }[], search: [] as { dev: number; ms: number; cpuMs: number; schedules: number; cutShort: boolean }[] };
  for (const file of files) {
    const problem = psplibProblem(psplibInstance(readFileSync(join(J30, file), 'utf8')));
    const best = optimum.get(file) ?? 0;
    const pass = timedLevel(problem, 'priority');
    const search = timedLevel(problem, 'search');
    if (search.makespan < best) throw new Error(`${file}: makespan ${search.makespan} below the proven optimum ${best}: a constraint is broken`);
    rows.priority.push({ dev: (pass.makespan - best) / best, ms: pass.ms, cpuMs: pass.cpuMs });
    rows.search.push({ dev: (search.makespan - best) / best, ms: search.ms, cpuMs: search.cpuMs, schedules: search.schedules, cutShort: search.cutShort });
  }
  const summary = (list: { dev: number; ms: number; cpuMs: number }[]) => ({
    'mean deviation': pct(mean(list.map((r) => r.dev))),
    'worst deviation': pct(Math.max(...list.map((r) => r.dev))),
    optimal: pct(list.filter((r) => r.dev === 0).length / list.length),
    'mean ms': mean(list.map((r) => r.ms)).toFixed(1),
    'worst ms': Math.max(...list.map((r) => r.ms)).toFixed(1),
    'mean CPU ms': mean(list.map((r) => r.cpuMs)).toFixed(1),
    'worst CPU ms': Math.max(...list.map((r) => r.cpuMs)).toFixed(1),
  });
  const cut = rows.search.filter((r) => r.cutShort).length;
  console.log(`PSPLIB J30, ${files.length} instances; search budget ${MAX_SCHEDULES > 0 ? MAX_SCHEDULES : 'scheduleBudget(32) = 30,000'} schedules per instance (mean ${mean(rows.search.map((r) => r.schedules)).toFixed(0)} used), safety cap ${BUDGET_MS} ms (cut short: ${cut}); load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}:`);
  console.table({ 'one pass, MS Project-like order': summary(rows.priority), 'Keel: genetic search + justification': summary(rows.search) });
  const ok = mean(rows.search.map((r) => r.dev)) <= 0.001 && rows.search.filter((r) => r.dev === 0).length >= 0.95 * files.length && Math.max(...rows.search.map((r) => r.ms)) <= 1000;
  console.log(`J30 targets (mean <= 0.1%, >= 95% optimal, <= 1 s per instance): ${ok ? 'met' : 'NOT met'}.`);
}

function generated(): void {
  const table: Record<string, Record<string, string>> = {};
  for (const [label, n] of [['120 jobs', 120], ['1,000 jobs', 1000]] as const) {
    const devs: Record<'priority' | 'search', number[]> = { priority: [], search: [] };
    const times: Record<'priority' | 'search', number[]> = { priority: [], search: [] };
    const cpu: Record<'priority' | 'search', number[]> = { priority: [], search: [] };
    const used: number[] = [];
    for (let seed = 1; seed <= 5; seed++) {
      const problem = generatedRcpsp(n, seed);
      const bound = levelSchedule(problem, { method: 'priority' }).cpmFinish;
      for (const method of ['priority', 'search'] as const) {
        const run = timedLevel(problem, method);
        devs[method].push((run.makespan - bound) / bound);
        times[method].push(run.ms);
        cpu[method].push(run.cpuMs);
        if (method === 'search') used.push(run.schedules);
        if (run.cutShort) console.log(`${label}, seed ${seed}: cut short by the ${BUDGET_MS} ms cap after ${run.schedules} schedules`);
      }
    }
    for (const method of ['priority', 'search'] as const) {
      table[`${label}, ${method === 'priority' ? 'one pass' : `search (${mean(used).toFixed(0)} schedules)`}`] = {
        'deviation from CPM bound': pct(mean(devs[method])),
        'mean ms': mean(times[method]).toFixed(0),
        'worst ms': Math.max(...times[method]).toFixed(0),
        'mean CPU ms': mean(cpu[method]).toFixed(0),
      };
    }
  }
  console.log('Generated J30-like networks (5 each, seeds 1-5), deviation from the critical-path lower bound:');
  console.table(table);
}

function resolverSized(): void {
  const problem = jiraLikeProject(1000, 30, 1);
  const cap = LEVELLING_BUDGET_MS;
  const began = performance.now();
  const result = levelSchedule(problem, { ...budget(), deadline: () => performance.now() - began >= cap });
  const ms = performance.now() - began;
  console.log(`1,000 issues, 30 people (one assignee each): levelled in ${ms.toFixed(0)} ms (${result.schedules} of ${result.maxSchedules} schedules, safety cap ${cap} ms${result.cutShort ? ', CUT SHORT' : ''}), finish ${result.makespan} vs CPM ${result.cpmFinish} days; target < 2,000 ms: ${ms < 2000 ? 'met' : 'NOT met'}.`);
}

/** 1,000 issues, 1 to 5 days each, each after 0 to 2 of the 40 before it, assigned round the 30 people. */
function resolverProject(): { items: ReturnType<typeof network>['items']; rules: ReturnType<typeof network>['rules'] } {
  const random = prng(7);
  const activities: Activity[] = Array.from({ length: 1000 }, (_, i) => ({
    key: `BIG-${i + 1}`,
    days: random.int(1, 5),
    after: i === 0 ? [] : [...new Set(Array.from({ length: random.int(0, 2) }, () => `BIG-${Math.max(1, i - random.int(0, 39))}`))],
  }));
  const { items, rules } = network(activities);
  return { items: items.map((item, i) => ({ ...item, assigneeId: `person-${i % 30}`, assigneeName: `Person ${i % 30}` })), rules };
}

function resolverPath(): void {
  const { items, rules } = resolverProject();
  const began = performance.now();
  const schedule = criticalPath({ items, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 5, includeEdges: true });
  const result = projectLevelling({ schedule, items, calendar, resources: { people: [], pools: [] }, options: { deadline: () => performance.now() - began >= LEVELLING_BUDGET_MS } });
  const ms = performance.now() - began;
  console.log(
    `1,000 issues, 30 people, as resources/get computes it after reading Jira (critical path, levelling with its ${LEVELLING_BUDGET_MS} ms safety cap, load of ${result.load.rows.length} people x ${result.load.weeks.length} weeks, findings): ${ms.toFixed(0)} ms (${result.schedules} schedules${result.findings.some((f) => f.kind === 'levelling-cut-short') ? ', CUT SHORT' : ''}), levelled finish ${result.levelledFinish} vs CPM ${result.cpmFinish}; target < 2,000 ms: ${ms < 2000 ? 'met' : 'NOT met'}.`,
  );
}

const PART = process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : 'all';
if (PART === 'all' || PART === 'j30') j30();
if (PART === 'all' || PART === 'generated') generated();
if (PART === 'all' || PART === 'resolver') {
  resolverSized();
  resolverPath();
}
