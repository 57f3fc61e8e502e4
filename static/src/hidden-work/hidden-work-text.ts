/** The hidden-work banner's words: counts as Jira allows them (how many, never which), and what each tab may lose. */
import type { HiddenWork } from '@contract';
import { fmt } from '../format/current-format';

const count = (n: number, one: string, many: string) => `${fmt().number(n)} ${n === 1 ? one : many}`;

/** "8 issues and 6 links", "1 link", "2 parents' children". */
export function hiddenWorkCounts(hidden: HiddenWork): string {
  const parts = [
    ...(hidden.issues ? [count(hidden.issues, 'issue', 'issues')] : []),
    ...(hidden.links ? [count(hidden.links, 'link', 'links')] : []),
    ...(hidden.parentsWithHiddenChildren ? [`the children of ${count(hidden.parentsWithHiddenChildren, 'parent', 'parents')}`] : []),
  ];
  if (parts.length === 0) return 'work linked to your issues';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Tabs whose figures count issues only: links to hidden work leave them as they are. */
export const CHANGED_BY_ISSUES_ONLY: ReadonlySet<HiddenWorkTab> = new Set<HiddenWorkTab>(['earned-value', 'raci', 'decisions']);

export type HiddenWorkTab = 'overview' | 'dependencies' | 'forecast' | 'risks' | 'earned-value' | 'raci' | 'decisions';

/** What the hidden work may change on each tab. */
export const HIDDEN_EFFECT: Readonly<Record<HiddenWorkTab, string>> = {
  overview: 'The issue and link counts and the findings leave it out, and the finish may be later than what you see.',
  dependencies: 'The finish date, the critical path and the dates and slack of the marked issues may move with work you cannot see; its links are not on your map.',
  forecast: 'The forecast samples only the work and links you see: hidden work may make every percentile later.',
  risks: 'Risks on hidden issues, and schedule risks from work or links you cannot see, are not in your register or its counts.',
  'earned-value': 'BAC, PV, EV and AC count only the issues you see: the budgets, progress and time logged on hidden issues are left out, and so are the indices and estimates built on them.',
  raci: 'Deliverables you cannot see, and the roles on them, are not in the matrix or its findings.',
  decisions: 'Decisions on issues you cannot see are not in the log, and links to hidden issues are not shown.',
};
