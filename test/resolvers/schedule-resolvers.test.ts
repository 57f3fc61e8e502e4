/**
 * `schedule/get` and `schedule/issue` end to end: the app's real code and the real @forge packages against
 * the sandbox serving the demo site, answers checked against Atlassian's OpenAPI specs.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { IssueScheduleResult, ScheduleEdge, ScheduleNode, ScheduleResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;

const call = demo.call;

function holds(edge: ScheduleEdge, from: ScheduleNode, to: ScheduleNode): boolean {
  const a = edge.kind === 'FS' || edge.kind === 'FF' ? from.offsets.earlyFinish : from.offsets.earlyStart;
  const b = edge.kind === 'FS' || edge.kind === 'SS' ? to.offsets.earlyStart : to.offsets.earlyFinish;
  return b + 1e-6 >= a + edge.lagDays;
}

beforeAll(async () => {
  await demo.start();
});

/** The key of an issue's parent in the snapshot's Jira shape (a field the snapshot schema passes through). */
function parentKeyOf(fields: Record<string, unknown>): string | null {
  const parent = fields['parent'];
  return typeof parent === 'object' && parent !== null && 'key' in parent && typeof parent.key === 'string' ? parent.key : null;
}

describe('schedule/get', () => {
  let pay: ScheduleResult;
  beforeAll(async () => {
    pay = await call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
  });

  it('schedules every PAY issue that is work, and keeps every dependency that is not cut', () => {
    const payIssues = snapshot.issues.filter((i) => i.fields.project.key === 'PAY');
    const parents = new Set(payIssues.flatMap((i) => parentKeyOf(i.fields) ?? []));
    const notWork = (i: (typeof payIssues)[number]) => ['Risk', 'Decision'].includes(i.fields.issuetype.name);
    const nodes = new Map(pay.nodes.map((n) => [n.key, n]));
    expect(payIssues.filter((i) => !notWork(i) && !parents.has(i.key)).every((i) => nodes.has(i.key))).toBe(true);
    for (const edge of pay.edges.filter((e) => !e.ignored)) {
      const from = nodes.get(edge.from);
      const to = nodes.get(edge.to);
      if (!from || !to || to.fixed) continue;
      // Work under way is drawn from its actual start, which no predecessor moves (out-of-sequence progress,
      // as with done work); its finish still meets every constraint.
      const startedEarly = to.statusCategory === 'inProgress' && (edge.kind === 'FS' || edge.kind === 'SS');
      if (startedEarly) expect(holds({ ...edge, kind: edge.kind === 'FS' ? 'FF' : 'SF' }, from, to), `${edge.from} -${edge.kind}-> ${edge.to} (finish)`).toBe(true);
      else expect(holds(edge, from, to), `${edge.from} -${edge.kind}-> ${edge.to}`).toBe(true);
    }
    expect(site.specViolations).toEqual([]);
  });

  it('never makes a risk, a decision or a parent an activity: parents are summary tasks rolled up from their children', () => {
    const payIssues = snapshot.issues.filter((i) => i.fields.project.key === 'PAY');
    const byType = (names: string[]) => payIssues.filter((i) => names.includes(i.fields.issuetype.name)).map((i) => i.key);
    const parents = [...new Set(payIssues.flatMap((i) => parentKeyOf(i.fields) ?? []))];
    const nodeKeys = new Set(pay.nodes.map((n) => n.key));
    // The demo's risks and decisions were 0-day activities, its epics "0 (no estimate)".
    expect(byType(['Risk', 'Decision']).length).toBeGreaterThan(5);
    expect(byType(['Risk', 'Decision', 'Epic']).filter((k) => nodeKeys.has(k))).toEqual([]);
    expect(parents.filter((k) => nodeKeys.has(k))).toEqual([]);
    const missing = pay.findings.find((f) => f.kind === 'missing-estimate');
    expect(missing?.issueKeys.filter((k) => byType(['Risk', 'Decision']).includes(k) || parents.includes(k))).toEqual([]);
    // Every parent with work below it is a summary: its dates span its children's, its duration is no estimate of its own.
    const summaries = new Map((pay.summaries ?? []).map((s) => [s.key, s]));
    expect([...summaries.keys()].sort()).toEqual(parents.filter((k) => !byType(['Risk', 'Decision']).includes(k)).sort());
    for (const s of summaries.values()) {
      const children = pay.nodes.filter((n) => n.parentKey === s.key || summaries.get(n.parentKey ?? '')?.parentKey === s.key);
      expect(children.length, s.key).toBeGreaterThan(0);
      expect(s.earlyStart <= s.earlyFinish, s.key).toBe(true);
      expect(children.every((c) => c.earlyStart >= s.earlyStart && c.earlyFinish <= s.earlyFinish), s.key).toBe(true);
      expect(s.durationDays, s.key).toBeGreaterThan(0);
    }
  });

  it('has a critical path that ends on the project finish', () => {
    const critical = pay.nodes.filter((n) => n.critical);
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.some((n) => n.earlyFinish === pay.projectFinish)).toBe(true);
    expect(pay.edges.some((e) => e.critical)).toBe(true);
  });

  it('reports the demo cycle with a suggested cut and schedules without it', () => {
    expect(pay.cycles).toHaveLength(1);
    const [cycle] = pay.cycles;
    // The demo's cycle joins three parents (PAY-44, PAY-62, PAY-77): it binds their five sub-tasks, and the cut
    // is named by the link's own ends.
    expect(cycle?.issueKeys).toHaveLength(5);
    expect([cycle?.suggestedCut.fromKey, cycle?.suggestedCut.toKey].every((k) => ['PAY-44', 'PAY-62', 'PAY-77'].includes(k ?? ''))).toBe(true);
    expect(pay.edges.find((e) => e.linkId === cycle?.suggestedCut.linkId)?.ignored).toBe(true);
    expect(pay.findings.map((f) => f.kind)).toContain('dependency-cycle');
  });

  it('keeps done work at its actual dates and marks Platform work as external', () => {
    expect(pay.nodes.filter((n) => n.statusCategory === 'done' && !n.external).every((n) => n.fixed)).toBe(true);
    expect(pay.nodes.some((n) => n.external && n.projectKey === 'PLAT')).toBe(true);
  });

  it('never shows Aiko a Platform issue', async () => {
    const aiko = await call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Aiko');
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
    expect(aiko.findings.map((f) => f.kind)).toContain('link-not-visible');
  });
});

describe('schedule/issue', () => {
  it("answers an issue's neighbours, driving chain and cycle membership", async () => {
    const pay = await call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
    const inCycle = pay.cycles[0]?.issueKeys[0] ?? '';
    const panel = await call<IssueScheduleResult>('schedule/issue', { issueKey: inCycle }, 'Priya');
    expect(panel.schedule?.inCycle).toBe(true);

    const driven = pay.nodes.find((n) => !n.external && n.drivingPredecessor !== null) as ScheduleNode;
    const view = await call<IssueScheduleResult>('schedule/issue', { issueKey: driven.key }, 'Priya');
    expect(view.schedule?.node.key).toBe(driven.key);
    expect(view.schedule?.predecessors.some((p) => p.level === 1 && p.node.key === driven.drivingPredecessor?.key)).toBe(true);
    expect(view.schedule?.drivingChain.at(-1)?.key).toBe(driven.key);
    expect(view.schedule?.drivingChain.at(-2)?.key).toBe(driven.drivingPredecessor?.key);
  });

  it('refuses an issue the user cannot see, without saying more', async () => {
    const plat = snapshot.issues.find((i) => i.fields.project.key === 'PLAT')?.key ?? '';
    await expect(call('schedule/issue', { issueKey: plat }, 'Aiko')).rejects.toThrow(`NOT_FOUND: Issue ${plat} does not exist, or you do not have permission to see it.`);
    await expect(call('schedule/issue', { issueKey: 'not a key' }, 'Aiko')).rejects.toThrow(/BAD_REQUEST.*issueKey/);
  });
});

describe('issue 12, robustness: one malformed date in a mapped date field of one issue', () => {
  it('becomes a finding, never a failed view', async () => {
    // A sub-task is always an activity: a parent is a summary task whose dates roll up, with no due date of its own.
    const issue = site.state.issues.find((i) => i.fields.project.key === 'WEB' && i.fields.issuetype.name === 'Sub-task');
    if (issue === undefined) throw new Error('the demo has no WEB sub-task');
    const before = issue.fields.duedate;
    issue.fields.duedate = '2026-02-30';
    try {
      const result = await call<ScheduleResult>('schedule/get', { projectKey: 'WEB' }, 'Priya');
      expect(result.nodes.length).toBeGreaterThan(10);
      expect(result.findings.find((f) => f.kind === 'malformed-date')).toMatchObject({ issueKeys: [issue.key], details: [`${issue.key} due date: 2026-02-30`], count: 1 });
      expect(result.nodes.find((n) => n.key === issue.key)?.dueDate).toBeNull();
    } finally {
      issue.fields.duedate = before;
    }
  });
});
