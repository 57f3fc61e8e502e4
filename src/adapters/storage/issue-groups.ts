/**
 * The stored issues' groups as a refresh read them (issue #11, refresh CPU): an incremental refresh merges a few
 * edited issues into the issues it read and stores them all again (refresh-stored-schedule.ts). Each group it
 * read (a part: analysis-store.ts) is remembered by its first issue object, with its items, the issue after it and
 * its chunk hashes. A group that starts with the same issue objects, all of them, in the same order, followed by the
 * same issue (or by none), is the same text (content-chunks.ts, nextGroup: a group depends on its items, and on the
 * next one only when that one would not fit), so its chunks are named again without making, measuring and
 * hashing its JSON. Only groups whose chunks the analysis in force holds are reused (nothing unwritten is named).
 * Objects, not keys: an edited issue is a new object, so its group is made again. O(issues) identity checks.
 */
import type { JiraIssue } from '../jira/jira-issue-schema';
import { nextGroup } from './content-chunks';

interface ReadGroup {
  items: readonly JiraIssue[];
  /** The issue after the group's last, or null when it was the last group. */
  next: JiraIssue | null;
  hashes: readonly string[];
}

/** Weak: a group is forgotten with its issues, once nothing holds them. */
const readGroups = new WeakMap<JiraIssue, ReadGroup>();

/** Remembers the parts of stored issues as read, in order: each part's issues and the hashes of its chunks. */
export function rememberIssueGroups(parts: readonly { items: readonly JiraIssue[]; hashes: readonly string[] }[]): void {
  parts.forEach(({ items, hashes }, p) => {
    const first = items[0];
    if (first !== undefined && hashes.length > 0) readGroups.set(first, { items, next: parts[p + 1]?.items[0] ?? null, hashes });
  });
}

/** Each group of `issues` in order: its text when it was made, or the hashes of the stored chunks that hold it. */
export function issueGroups(issues: readonly JiraIssue[], stored: ReadonlySet<string>): ({ text: string } | { hashes: readonly string[] })[] {
  const groups: ({ text: string } | { hashes: readonly string[] })[] = [];
  for (let start = 0; start < issues.length; ) {
    const read = readGroups.get(issues[start] as JiraIssue);
    if (read !== undefined && sameFrom(issues, start, read) && read.hashes.every((h) => stored.has(h))) {
      groups.push({ hashes: read.hashes });
      start += read.items.length;
      continue;
    }
    const made = nextGroup(issues, start, (i) => i.key);
    groups.push({ text: made.text });
    start = made.end;
  }
  return groups;
}

function sameFrom(issues: readonly JiraIssue[], start: number, { items, next }: ReadGroup): boolean {
  if (start + items.length > issues.length || (issues[start + items.length] ?? null) !== next) return false;
  for (let k = 0; k < items.length; k++) if (issues[start + k] !== items[k]) return false;
  return true;
}
