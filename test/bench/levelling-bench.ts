/**
 * Levelling bench (issue #14): Keel's levelling (genetic search with double justification) against one
 * Microsoft Project-like serial pass, on all 480 PSPLIB J30 instances (`../shared/psplib/j30`, proven optima in
 * optimum.csv; KEEL_PSPLIB_J30 overrides the folder): mean and worst deviation from the optimum, share optimal,
 * time per instance. Then generated networks of 120 and 1,000 jobs (deviation from the critical-path bound, time)
 * and a 1,000-issue, 30-person project with the resolver's budget: the levelling alone, and the resolver's whole
 * computation after Jira is read (critical path, levelling, load by person and week, findings). Not a test: it
 * prints tables. `--part j30|generated|resolver` runs one part.
 * Run: `npx tsx test/bench/levelling-bench.ts [--budget-ms 1000] [--max-schedules 50000] [--every K] [--part P]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
const BUDGET_MS = flag('budget-ms', 950);
const MAX_SCHEDULES = flag('max-schedules', 50_000);
const EVERY = flag('every', 1);
const J30 = process.env.KEEL_PSPLIB_J30 ?? join(__dirname, '../../../shared/psplib/j30');

interface Run {
  makespan: number;
  ms: number;
  schedules: number;
}

function timedLevel(problem: LevellingProblem, method: 'priority' | 'search', budgetMs = BUDGET_MS): Run {
  const began = performance.now();
  const result = levelSchedule(problem, { method, maxSchedules: MAX_SCHEDULES, deadline: () => performance.now() - began >= budgetMs });
  return { makespan: result.makespan, ms: performance.now() - began, schedules: result.schedules };
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
  const rows = { priority: [] as { dev: number; ms: number }[], search: [] as { dev: number; ms: number; schedules: number }[] };
  for (const file of files) {
    const problem = psplibProblem(psplibInstance(readFileSync(join(J30, file), 'utf8')));
    const best = optimum.get(file) ?? 0;
    const pass = timedLevel(problem, 'priority');
    const search = timedLevel(problem, 'search');
    if (search.makespan < best) throw new Error(`${file}: makespan ${search.makespan} below the proven optimum ${best}: a constraint is broken`);
    rows.priority.push({ dev: (pass.makespan - best) / best, ms: pass.ms });
    rows.search.push({ dev: (search.makespan - best) / best, ms: search.ms, schedules: search.schedules });
  }
  const summary = (list: { dev: number; ms: number }[]) => ({
    'mean deviation': pct(mean(list.map((r) => r.dev))),
    'worst deviation': pct(Math.max(...list.map((r) => r.dev))),
    optimal: pct(list.filter((r) => r.dev === 0).length / list.length),
    'mean ms': mean(list.map((r) => r.ms)).toFixed(1),
    'worst ms': Math.max(...list.map((r) => r.ms)).toFixed(1),
  });
  console.log(`PSPLIB J30, ${files.length} instances; search budget ${BUDGET_MS} ms and ${MAX_SCHEDULES} schedules per instance (mean ${mean(rows.search.map((r) => r.schedules)).toFixed(0)} used):`);
  console.table({ 'one pass, MS Project-like order': summary(rows.priority), 'Keel: genetic search + justification': summary(rows.search) });
  const ok = mean(rows.search.map((r) => r.dev)) <= 0.001 && rows.search.filter((r) => r.dev === 0).length >= 0.95 * files.length && Math.max(...rows.search.map((r) => r.ms)) <= 1000 * 1.05;
  console.log(`J30 targets (mean <= 0.1%, >= 95% optimal, <= 1 s per instance): ${ok ? 'met' : 'NOT met'}.`);
}

function generated(): void {
  const table: Record<string, Record<string, string>> = {};
  for (const [label, n, budget] of [['120 jobs', 120, BUDGET_MS], ['1,000 jobs', 1000, 2 * BUDGET_MS]] as const) {
    const devs: Record<'priority' | 'search', number[]> = { priority: [], search: [] };
    const times: Record<'priority' | 'search', number[]> = { priority: [], search: [] };
    for (let seed = 1; seed <= 5; seed++) {
      const problem = generatedRcpsp(n, seed);
      const bound = levelSchedule(problem, { method: 'priority' }).cpmFinish;
      for (const method of ['priority', 'search'] as const) {
        const run = timedLevel(problem, method, budget);
        devs[method].push((run.makespan - bound) / bound);
        times[method].push(run.ms);
      }
    }
    for (const method of ['priority', 'search'] as const) {
      table[`${label}, ${method === 'priority' ? 'one pass' : `search (${budget} ms)`}`] = {
        'deviation from CPM bound': pct(mean(devs[method])),
        'mean ms': mean(times[method]).toFixed(0),
      };
    }
  }
  console.log('Generated J30-like networks (5 each, seeds 1-5), deviation from the critical-path lower bound:');
  console.table(table);
}

function resolverSized(): void {
  const problem = jiraLikeProject(1000, 30, 1);
  const budget = 1500;
  const began = performance.now();
  const result = levelSchedule(problem, { maxSchedules: MAX_SCHEDULES, deadline: () => performance.now() - began >= budget });
  const ms = performance.now() - began;
  console.log(`1,000 issues, 30 people (one assignee each): levelled in ${ms.toFixed(0)} ms with a ${budget} ms budget (${result.schedules} schedules), finish ${result.makespan} vs CPM ${result.cpmFinish} days; target < 2,000 ms: ${ms < 2000 ? 'met' : 'NOT met'}.`);
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
    `1,000 issues, 30 people, as resources/get computes it after reading Jira (critical path, levelling with its ${LEVELLING_BUDGET_MS} ms budget, load of ${result.load.rows.length} people x ${result.load.weeks.length} weeks, findings): ${ms.toFixed(0)} ms (${result.schedules} schedules), levelled finish ${result.levelledFinish} vs CPM ${result.cpmFinish}; target < 2,000 ms: ${ms < 2000 ? 'met' : 'NOT met'}.`,
  );
}

const PART = process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : 'all';
if (PART === 'all' || PART === 'j30') j30();
if (PART === 'all' || PART === 'generated') generated();
if (PART === 'all' || PART === 'resolver') {
  resolverSized();
  resolverPath();
}
