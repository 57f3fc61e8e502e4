import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { z } from 'zod';
import type { Snapshot } from '../snapshot-schema';
import { demoSnapshot } from './demo-snapshot';

const ms = (jira: string): number => Date.parse(jira.replace(/\+0000$/, 'Z'));

interface Item {
  field: string;
  from: string | null;
  fromString: string | null;
  toString: string | null;
}

const entriesOf = (snapshot: Snapshot, issueId: string): Array<{ created: string; items: Item[] }> =>
  (snapshot.changelogs[issueId] ?? []) as unknown as Array<{ created: string; items: Item[] }>;

const INITIAL: Record<string, string> = { Risk: 'Open', Decision: 'Proposed' };

/** Problems with one snapshot's histories, as messages; empty when consistent. */
function historyProblems(snapshot: Snapshot, today: string): string[] {
  const problems: string[] = [];
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const categories = new Map(snapshot.statuses.map((status) => [status.name, status.statusCategory.key]));
  for (const issue of snapshot.issues) {
    const changes = entriesOf(snapshot, issue.id);
    const statusItems = changes.flatMap((entry) => entry.items.filter((item) => item.field === 'status').map((item) => ({ ...item, at: entry.created })));
    const last = statusItems.at(-1);
    const expected = last?.toString ?? INITIAL[issue.fields.issuetype.name] ?? 'To Do';
    if (expected !== issue.fields.status.name) problems.push(`${issue.key}: changelog ends at ${expected}, status is ${issue.fields.status.name}`);
    const categoryChanges = statusItems.filter((item) => categories.get(item.fromString ?? '') !== categories.get(item.toString ?? ''));
    const changedAt = categoryChanges.at(-1)?.at ?? issue.fields.created;
    if (issue.fields.statuscategorychangedate !== changedAt) problems.push(`${issue.key}: statuscategorychangedate ${String(issue.fields.statuscategorychangedate)} is not ${changedAt}`);
    const done = categories.get(issue.fields.status.name) === 'done';
    if (done !== (issue.fields.resolutiondate !== null)) problems.push(`${issue.key}: resolutiondate does not match status`);
    for (const entry of changes) {
      if (ms(entry.created) < ms(issue.fields.created) || ms(entry.created) >= todayMs) problems.push(`${issue.key}: change at ${entry.created} out of range`);
    }
    const logs = (snapshot.worklogs[issue.id] ?? []) as Array<{ started: string; created: string; timeSpentSeconds: number }>;
    for (const log of logs) {
      const started = ms(log.started);
      if (started < todayMs - 56 * 86_400_000 || started >= todayMs || ms(log.created) >= todayMs) problems.push(`${issue.key}: worklog at ${log.started} out of range`);
    }
    const spent = logs.reduce((total, log) => total + log.timeSpentSeconds, 0);
    if ((issue.fields.timespent ?? null) !== (spent > 0 ? spent : null)) problems.push(`${issue.key}: timespent ${String(issue.fields.timespent)} is not ${spent}`);
  }
  return problems;
}

describe('demo histories', () => {
  const snapshot = demoSnapshot();

  it('agree with every issue: status, status category change, resolution, worklog window, time spent', () => {
    expect(historyProblems(snapshot, '2026-11-16')).toEqual([]);
  });

  it('hold for any seed and any today', () => {
    const today = fc
      .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), today, (seed, day) => {
        expect(historyProblems(demoSnapshot({ seed, today: day }), day)).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('has worklogs for done and in-progress work only', () => {
    const withLogs = snapshot.issues.filter((issue) => (snapshot.worklogs[issue.id] ?? []).length > 0);
    // About 95 started leaves (sub-tasks, and stories, tasks and bugs without sub-tasks) of some 280 issues.
    expect(withLogs.length).toBeGreaterThan(80);
    expect(withLogs.every((issue) => issue.fields.status.name !== 'To Do')).toBe(true);
  });

  it('logs time on leaf work only, as real teams do: no epic or story with children has worklogs of its own', () => {
    const parentKey = z.object({ parent: z.object({ key: z.string() }) });
    const parents = new Set(snapshot.issues.flatMap((issue) => {
      const parsed = parentKey.safeParse(issue.fields);
      return parsed.success ? [parsed.data.parent.key] : [];
    }));
    const logged = snapshot.issues.filter((issue) => parents.has(issue.key) && (snapshot.worklogs[issue.id] ?? []).length > 0).map((issue) => issue.key);
    expect(parents.size).toBeGreaterThan(20);
    expect(logged).toEqual([]);
  });

  it('records the move of an issue from PLAT to PAY in its changelog, leaving a gap in PLAT', () => {
    const moves = snapshot.issues.flatMap((issue) =>
      entriesOf(snapshot, issue.id).flatMap((entry) => entry.items.filter((item) => item.field === 'Key').map((item) => ({ issue, item }))),
    );
    expect(moves).toHaveLength(1);
    const [move] = moves;
    expect(move?.item.fromString).toMatch(/^PLAT-\d+$/);
    expect(move?.item.toString).toBe(move?.issue.key);
    expect(move?.issue.fields.project.key).toBe('PAY');
    expect(snapshot.issues.some((issue) => issue.key === move?.item.fromString)).toBe(false);
  });
});
