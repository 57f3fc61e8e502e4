/**
 * A stored schedule cut down to what one viewer may see. The stored analysis was computed as the app, which
 * may browse more than the viewer: every issue the viewer may not browse is dropped, with every link, cycle,
 * driving-predecessor mention and finding line that names it (a key in a finding's prose is replaced), and one finding says how many were left out
 * (counts only: hidden issues are never named), and a visible issue's parent is left out when the parent is
 * hidden. The dates of the visible issues still account for the hidden work they wait on, which is the truth of
 * the plan; the finding says so.
 */
import type { ScheduleResult } from '../contract';
import type { Finding } from '../domain/finding';
import { sortedIssueKeys } from '../domain/issue-key-order';
import { derivedOnce } from './derived-once';

const ISSUE_KEY = /\b[A-Z][A-Z0-9_]*-\d+\b/g;

type Schedule = Omit<ScheduleResult, 'background'>;

/** Parents named by `nodes` that are not nodes themselves: the viewer's access to them must be asked too. */
export function parentsOutside(nodes: readonly { key: string; parentKey: string | null }[]): { key: string; projectKey: string }[] {
  const keys = new Set(nodes.map((n) => n.key));
  const parents = new Set(nodes.flatMap((n) => (n.parentKey === null || keys.has(n.parentKey) ? [] : [n.parentKey])));
  return [...parents].map((key) => ({ key, projectKey: key.slice(0, Math.max(0, key.lastIndexOf('-'))) }));
}

/** The summary tasks (parents) and the nodes outside `nodes`' parents, as `keysViewerMayBrowse` takes them. */
export function summariesAndParentsOutside(schedule: Pick<Schedule, 'nodes' | 'summaries'>): readonly { key: string; projectKey: string }[] {
  // Once per stored schedule (derived-once.ts): every large answer asks which of these the viewer may browse.
  return derivedOnce(schedule.nodes, 'summaries-and-parents-outside', [schedule.summaries], () => summariesAndParents(schedule));
}

function summariesAndParents(schedule: Pick<Schedule, 'nodes' | 'summaries'>): { key: string; projectKey: string }[] {
  const summaries = (schedule.summaries ?? []).map((s) => ({ key: s.key, projectKey: s.key.slice(0, Math.max(0, s.key.lastIndexOf('-'))) }));
  const known = new Set(summaries.map((s) => s.key));
  return [...summaries, ...parentsOutside([...schedule.nodes, ...(schedule.summaries ?? [])]).filter((p) => !known.has(p.key))];
}

/**
 * `leftOut`: keys of issues of the schedule this part carries no node of but must count as if it did (a summary
 * task's panel stores only the outside issues it shows rows of: summary-index-entry.ts): a hidden one is counted,
 * a visible one may still be named (a driving predecessor).
 */
export function visibleSchedule(schedule: Schedule, mayBrowse: (key: string) => boolean, leftOut: readonly string[] = []): { schedule: Schedule; hiddenIssues: number } {
  const cutParent = <T extends { parentKey: string | null }>(n: T): T => (n.parentKey !== null && !mayBrowse(n.parentKey) ? { ...n, parentKey: null } : n);
  const nodes = schedule.nodes.filter((n) => mayBrowse(n.key)).map(cutParent);
  // Summary tasks (parents) are issues of the analysis too: cut like nodes, and a finding may name them.
  const summaries = schedule.summaries?.filter((n) => mayBrowse(n.key)).map(cutParent);
  const leftOutVisible = leftOut.filter(mayBrowse);
  const hiddenIssues = schedule.nodes.length - nodes.length + (schedule.summaries?.length ?? 0) - (summaries?.length ?? 0) + leftOut.length - leftOutVisible.length;
  const shown = summaries === undefined ? { ...schedule, nodes } : { ...schedule, nodes, summaries };
  if (hiddenIssues === 0) return { schedule: shown, hiddenIssues };
  const visible = new Set([...[...nodes, ...(summaries ?? [])].map((n) => n.key), ...leftOutVisible]);
  const namesOnlyVisible = (text: string) => (text.match(ISSUE_KEY) ?? []).every((k) => visible.has(k));
  const edges = schedule.edges.filter((e) => visible.has(e.from) && visible.has(e.to));
  const redacted = (text: string) => text.replace(ISSUE_KEY, (key) => (visible.has(key) ? key : 'a hidden issue'));
  const findings = schedule.findings.flatMap((f): Finding[] => {
    const details = f.details.filter(namesOnlyVisible);
    const issueKeys = f.issueKeys.filter((k) => visible.has(k));
    // A finding whose every occurrence names a hidden issue is about hidden work only; one naming none is the scope's.
    if ((f.issueKeys.length > 0 && issueKeys.length === 0) || (details.length === 0 && f.details.length > 0)) return [];
    const count = Math.max(0, f.count - (f.details.length - details.length));
    return [{ ...f, title: redacted(f.title), advice: redacted(f.advice), issueKeys, details, count }];
  });
  return {
    hiddenIssues,
    schedule: {
      ...shown,
      nodes: nodes.map((n) => (n.drivingPredecessor && !visible.has(n.drivingPredecessor.key) ? { ...n, drivingPredecessor: null } : n)),
      edges,
      cycles: schedule.cycles.filter((c) => c.issueKeys.every((k) => visible.has(k))),
      findings: [...findings, hiddenIssuesFinding(hiddenIssues, affectedKeys(schedule, visible))],
    },
  };
}

/** Visible issues that had a link to a hidden one. */
function affectedKeys(schedule: Schedule, visible: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const e of schedule.edges) {
    if (visible.has(e.from) && !visible.has(e.to)) keys.add(e.from);
    if (visible.has(e.to) && !visible.has(e.from)) keys.add(e.to);
  }
  return sortedIssueKeys([...keys]);
}

function hiddenIssuesFinding(hidden: number, issueKeys: string[]): Finding {
  return {
    kind: 'link-not-visible',
    severity: 'warning',
    title: 'Issues you cannot see',
    advice: `${hidden} issue(s) of this analysis are in projects you may not browse, so Keel leaves them and their links out of your view. The dates shown still allow for that work; ask a Jira admin for access if it matters to your plan.`,
    issueKeys,
    details: issueKeys.map((k) => `${k}: linked to work you cannot see`),
    count: hidden,
  };
}
