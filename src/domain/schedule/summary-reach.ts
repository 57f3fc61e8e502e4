/**
 * What the panel of a summary task (a parent: an epic, an issue with sub-tasks) needs of the whole schedule, for
 * every summary task in one pass: its activities (nodes, not external, whose chain of parents reaches it through
 * other summary tasks), each issue outside it that a link of an activity reaches (a link into a parent binds each
 * child, so these are the parent's neighbours), and the links of the activities the panel lists. The per-issue
 * index stores it per summary task (issue #11) and the whole stored schedule is read through it too, so both
 * answer alike. O((nodes + links) × depth of the parent chains).
 *
 * Example: epic E > story S > sub-tasks A, B; link 7 from X (outside) to S, drawn as X→A and X→B. E reaches
 * { activityKeys: [A, B], outside: [{ linkId: 7, key: X }], links: [X→A, X→B] }, and so does S.
 */

/** A summary task's panel lists at most this many activities, the first in schedule order. */
export const SUMMARY_ACTIVITIES_SHOWN = 50;

interface Parented {
  key: string;
  parentKey: string | null;
}
interface Link {
  linkId: string;
  from: string;
  to: string;
}

export interface SummaryReach<L extends Link> {
  /** Its activities, in schedule order. */
  activityKeys: string[];
  /** Each issue outside it that a link of an activity reaches, once per link and issue, in link order. */
  outside: { linkId: string; key: string }[];
  /** The links between its first SUMMARY_ACTIVITIES_SHOWN activities and issues outside it, in schedule order. */
  links: L[];
}

/**
 * The reach of each summary task of `schedule` (of those `only` names, when given), keyed by summary key. A chain
 * of parents that loops stops where it repeats.
 */
export function summaryReach<L extends Link>(
  schedule: { nodes: readonly (Parented & { external: boolean })[]; summaries?: readonly Parented[] | undefined; edges: readonly L[] },
  only?: ReadonlySet<string>,
): Map<string, SummaryReach<L>> {
  const summaries = schedule.summaries ?? [];
  const reach = new Map<string, SummaryReach<L>>(summaries.filter((s) => only?.has(s.key) ?? true).map((s) => [s.key, { activityKeys: [], outside: [], links: [] }]));
  // Nodes after summaries: a key that is both is read as the node, as a chain of parents reads it.
  const parentOf = new Map<string, string | null>([...summaries, ...schedule.nodes].map((n) => [n.key, n.parentKey]));
  const chains = new Map<string | null, string[]>();
  const summariesAbove = (start: string | null): string[] => {
    const known = chains.get(start);
    if (known) return known;
    const seen = new Set<string>();
    for (let k = start; k !== null && !seen.has(k); k = parentOf.get(k) ?? null) seen.add(k);
    const above = [...seen].filter((k) => reach.has(k));
    chains.set(start, above);
    return above;
  };
  const above = new Map<string, string[]>();
  for (const node of schedule.nodes) {
    if (node.external) continue;
    const keys = summariesAbove(node.parentKey);
    if (keys.length === 0) continue;
    above.set(node.key, keys);
    for (const key of keys) reach.get(key)?.activityKeys.push(node.key);
  }
  const shown = new Map([...reach].map(([key, r]) => [key, new Set(r.activityKeys.slice(0, SUMMARY_ACTIVITIES_SHOWN))]));
  const seen = new Set<string>();
  const cross = (link: L, inside: string, far: string, summaryKey: string): void => {
    const r = reach.get(summaryKey);
    if (!r) return;
    const id = `${summaryKey}\u0000${link.linkId}\u0000${far}`;
    if (!seen.has(id)) {
      seen.add(id);
      r.outside.push({ linkId: link.linkId, key: far });
    }
    if (shown.get(summaryKey)?.has(inside) === true) r.links.push(link);
  };
  for (const link of schedule.edges) {
    const from = above.get(link.from) ?? [];
    const to = above.get(link.to) ?? [];
    for (const key of from) if (!to.includes(key)) cross(link, link.from, link.to, key);
    for (const key of to) if (!from.includes(key)) cross(link, link.to, link.from, key);
  }
  return reach;
}
