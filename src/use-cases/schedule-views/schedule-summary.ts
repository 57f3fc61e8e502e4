/**
 * The summary map of a large schedule: one group per epic (issues under no epic in one more), spanning its
 * issues' early dates, critical when it holds critical work, with the dependencies between groups counted,
 * and the critical chain (the groups the critical path runs through, in schedule order). When the groups do
 * not fit the answer budget, the least important are left out (not critical, fewest links, fewest issues
 * last), and the picker still names every group. O(V + E + G log G).
 */
import { NO_EPIC_KEY, type ScheduleGroup, type ScheduleGroupLink, type ScheduleNode, type ScheduleResult, type ScheduleSummaryResult } from '../../contract';
import { ANSWER_BUDGET_BYTES, jsonBytes, prefixWithin } from './answer-budget';
import { groupOf } from './schedule-filter';

const SUMMARY_CHARS = 80;
/** The part of the summary's share the groups may take; the links among them have the rest. */
const GROUPS_SHARE = 0.75;

export function scheduleSummary(schedule: Pick<ScheduleResult, 'nodes' | 'edges'>, budget = ANSWER_BUDGET_BYTES): Omit<ScheduleSummaryResult, 'background'> {
  const group = groupOf(schedule.nodes);
  const byKey = new Map(schedule.nodes.map((n) => [n.key, n]));
  const members = new Map<string, ScheduleNode[]>();
  for (const n of schedule.nodes) {
    const key = group(n);
    (members.get(key) ?? members.set(key, []).get(key))?.push(n);
  }
  const groupOfKey = (key: string) => {
    const node = byKey.get(key);
    return node ? group(node) : null;
  };
  const links = new Map<string, ScheduleGroupLink>();
  const degree = new Map<string, number>();
  for (const e of schedule.edges) {
    const [from, to] = [groupOfKey(e.from), groupOfKey(e.to)];
    if (from === null || to === null || from === to) continue;
    const id = `${from}\u0000${to}`;
    const seen = links.get(id) ?? { from, to, links: 0, critical: false, inCycle: false };
    links.set(id, { ...seen, links: seen.links + 1, critical: seen.critical || e.critical, inCycle: seen.inCycle || e.inCycle });
    for (const g of [from, to]) degree.set(g, (degree.get(g) ?? 0) + 1);
  }
  const groups = [...members.entries()].map(([key, list]) => groupBox(key, list, byKey.get(key)));
  const ranked = [...groups].sort((a, b) => Number(b.critical) - Number(a.critical) || (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || b.issueCount - a.issueCount);
  const picker = groups.map((g) => ({ key: g.key, summary: g.summary, issueCount: g.issueCount })).sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  // Groups and the links among those kept share half of what the picker leaves (so the summary fits beside a large
  // head: summary-beside-head.ts). Groups take at most three quarters of it, so a map cut to its most important
  // groups still draws the links between them.
  const share = (budget - jsonBytes(picker)) / 2;
  const kept = prefixWithin(ranked, share * GROUPS_SHARE);
  const keptKeys = new Set(kept.map((g) => g.key));
  const keptLinks = prefixWithin([...links.values()].filter((l) => keptKeys.has(l.from) && keptKeys.has(l.to)).sort((a, b) => Number(b.critical) - Number(a.critical) || b.links - a.links), share - jsonBytes(kept));
  return { groups: kept, links: keptLinks, criticalChain: criticalChain(schedule.nodes, group), omittedGroups: groups.length - kept.length, picker };
}

function groupBox(key: string, list: ScheduleNode[], epic: ScheduleNode | undefined): ScheduleGroup {
  const first = list.reduce((a, b) => (b.offsets.earlyStart < a.offsets.earlyStart ? b : a));
  const last = list.reduce((a, b) => (b.offsets.earlyFinish > a.offsets.earlyFinish ? b : a));
  const latest = list.reduce((a, b) => (b.offsets.lateFinish > a.offsets.lateFinish ? b : a));
  const summary = key === NO_EPIC_KEY ? 'Issues under no epic' : (epic?.summary ?? key);
  return {
    key,
    summary: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1)}…` : summary,
    projectKey: epic?.projectKey ?? first.projectKey,
    issueCount: list.length,
    openCount: list.filter((n) => n.statusCategory !== 'done').length,
    earlyStart: first.earlyStart,
    earlyFinish: last.earlyFinish,
    lateFinish: latest.lateFinish,
    offsets: { earlyStart: first.offsets.earlyStart, earlyFinish: last.offsets.earlyFinish, lateStart: Math.min(...list.map((n) => n.offsets.lateStart)), lateFinish: latest.offsets.lateFinish },
    totalSlackDays: list.reduce((min, n) => Math.min(min, n.totalSlackDays), Infinity),
    critical: list.some((n) => n.critical),
    nearCritical: list.some((n) => n.nearCritical),
    late: list.some((n) => n.late),
    blocked: list.some((n) => n.blocked),
    external: list.every((n) => n.external),
  };
}

/** The groups of the critical issues in early-start order, each run of one group named once. */
function criticalChain(nodes: readonly ScheduleNode[], group: (n: ScheduleNode) => string): string[] {
  const critical = nodes.filter((n) => n.critical).sort((a, b) => a.offsets.earlyStart - b.offsets.earlyStart || a.offsets.earlyFinish - b.offsets.earlyFinish);
  const chain: string[] = [];
  for (const n of critical) if (chain.at(-1) !== group(n)) chain.push(group(n));
  return chain;
}
