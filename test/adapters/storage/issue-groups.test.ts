/**
 * Issue #11, refresh CPU: the groups of issues a refresh read unchanged are named by their stored chunks, not made
 * again (issue-groups.ts), and what is stored is what making every group again gives: on 3,000 generated issues cut
 * into small groups, after edits anywhere (an issue replaced, one appended, one removed, the first and the last
 * changed), the chunk hashes of the reused and made groups are those of itemGroups over the same issues.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { JiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { contentChunks, itemGroups } from '../../../src/adapters/storage/content-chunks';
import { issueGroups, rememberIssueGroups } from '../../../src/adapters/storage/issue-groups';

const issue = (n: number, summary = `Work item ${n} ${'x'.repeat(n % 400)}`): JiraIssue => ({ id: String(10_000 + n), key: `BIG-${n}`, fields: { summary } });
const hashesOf = (issues: readonly JiraIssue[]) => itemGroups(issues, (i) => i.key).flatMap((text) => contentChunks(text).map((c) => c.hash));

/** Stores `issues` as the analysis store does (a part per group) and reads them back as new objects, remembered. */
function storedAndRead(issues: readonly JiraIssue[]): { read: JiraIssue[]; stored: Set<string> } {
  const parts = itemGroups(issues, (i) => i.key).map((text) => ({ items: JSON.parse(text) as JiraIssue[], hashes: contentChunks(text).map((c) => c.hash) }));
  rememberIssueGroups(parts);
  return { read: parts.flatMap((p) => p.items), stored: new Set(parts.flatMap((p) => p.hashes)) };
}

function written(issues: readonly JiraIssue[], stored: ReadonlySet<string>): { hashes: string[]; reused: number; made: number } {
  const groups = issueGroups(issues, stored);
  return {
    hashes: groups.flatMap((g) => ('text' in g ? contentChunks(g.text).map((c) => c.hash) : [...g.hashes])),
    reused: groups.filter((g) => !('text' in g)).length,
    made: groups.filter((g) => 'text' in g).length,
  };
}

const edits: [string, (read: JiraIssue[]) => JiraIssue[]][] = [
  ['nothing', (read) => read],
  ['one issue edited', (read) => read.map((i, k) => (k === 1500 ? issue(1500, 'Renamed') : i))],
  ['the first and the last edited', (read) => read.map((i, k) => (k === 0 || k === read.length - 1 ? { ...i } : i))],
  ['one appended', (read) => [...read, issue(3000)]],
  ['one removed', (read) => read.filter((_, k) => k !== 700)],
  ['one made much longer', (read) => read.map((i, k) => (k === 2200 ? issue(2200, 'y'.repeat(20_000)) : i))],
];

describe('the groups of stored issues a refresh writes', () => {
  const issues = Array.from({ length: 3000 }, (_, n) => issue(n));

  it.each(edits)('are those of making every group again after %s, reusing the untouched ones', (_, edit) => {
    const { read, stored } = storedAndRead(issues);
    const next = edit(read);
    const out = written(next, stored);
    expect(out.hashes).toEqual(hashesOf(next));
    expect(out.reused).toBeGreaterThan(out.made);
  });

  it('makes every group when the chunks are not the stored ones', () => {
    const { read } = storedAndRead(issues);
    const out = written(read, new Set());
    expect(out.reused).toBe(0);
    expect(out.hashes).toEqual(hashesOf(read));
  });
});
