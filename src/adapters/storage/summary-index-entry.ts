/**
 * A summary task's entry in the per-issue index (schedule-index.ts, issue #11): its reach (summary-reach.ts) and,
 * since INDEX_FORMAT 3, its panel: the nodes of the activities its panel lists and of the outside issues their
 * links reach, those links, and each other outside issue its activities link to (key, project, parent: what the
 * viewer check and the hidden count need of it). An epic's panel then reads its own bucket only, not the ~40 of
 * its issues' keys. The panel is bounded by the activities listed (SUMMARY_ACTIVITIES_SHOWN) and their links; the
 * rest grows with the outside issues (an epic of 5,000 activities each linked out twice: about 720 KB, five chunks read at once), and a
 * bucket's text is cut into chunks under KVS's value limit whatever its length (analysis-chunks.ts).
 * `links` still names each listed link by its activity's entry, as format 2 did: an instance of the previous
 * release reading a format 3 index during a deploy answers from it as before. Since INDEX_FORMAT 4 the entries are
 * in summary buckets of their own (schedule-index.ts), not in the buckets of the nodes.
 */
import { z } from 'zod';
import { scheduleEdge, scheduleNode, scheduleSummary, type ScheduleEdge, type ScheduleNode, type ScheduleSummary } from '../../contract';
import { SUMMARY_ACTIVITIES_SHOWN, type SummaryReach } from '../../domain/schedule/summary-reach';

/** An outside issue the panel names no row of: key, project, parent (null for none). */
export type OtherIssue = [key: string, projectKey: string, parentKey: string | null];

/** A summary task (a parent) with its reach: what its panel needs of the whole schedule. */
export interface IndexedSummary extends Pick<SummaryReach<ScheduleEdge>, 'activityKeys' | 'outside'> {
  summary: ScheduleSummary;
  /**
   * The links of the activities its panel lists, in the schedule's order, each named by the activity and its place
   * among that activity's links (the panel reads the activity's entry anyway): a few bytes each, not a link's JSON.
   */
  links: [string, number][];
  /** Its panel's rows and links (INDEX_FORMAT 3); absent from an index stored before. */
  panel?: {
    /** The activities listed and the outside issues their links reach, in key order. */
    nodes: ScheduleNode[];
    /** The listed activities' links to outside issues, in the schedule's order. */
    edges: ScheduleEdge[];
    /** The other outside issues its activities link to, in key order. */
    others: OtherIssue[];
  };
}

export const indexedSummary = z.object({
  summary: scheduleSummary,
  activityKeys: z.array(z.string()),
  outside: z.array(z.object({ linkId: z.string(), key: z.string() })),
  links: z.array(z.tuple([z.string(), z.number().int()])),
  panel: z.optional(
    z.object({
      nodes: z.array(scheduleNode),
      edges: z.array(scheduleEdge),
      others: z.array(z.tuple([z.string(), z.string(), z.nullable(z.string())])),
    }),
  ),
});

const byKey = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The entry of `summary` with reach `reach`; `entryOf` answers a node's index entry (its node and links). Example:
 * epic E lists A (linked from X) and has 60 activities, the 55th linked to Y: nodes A and X, the link X→A, other Y.
 */
export function indexedSummaryEntry(
  summary: ScheduleSummary,
  reach: SummaryReach<ScheduleEdge>,
  entryOf: (key: string) => { node: ScheduleNode; edges: readonly ScheduleEdge[] } | undefined,
): IndexedSummary {
  const listed = reach.activityKeys.slice(0, SUMMARY_ACTIVITIES_SHOWN);
  const shown = new Set(listed);
  const links = reach.links.flatMap((link): [string, number][] => {
    const inside = shown.has(link.from) ? link.from : link.to;
    const at = entryOf(inside)?.edges.indexOf(link) ?? -1;
    return at < 0 ? [] : [[inside, at]];
  });
  const rows = new Set([...listed, ...reach.links.map((link) => (shown.has(link.from) ? link.to : link.from))]);
  const nodes = [...rows].sort(byKey).flatMap((key) => entryOf(key)?.node ?? []);
  const others = [...new Set(reach.outside.map((o) => o.key))]
    .filter((key) => !rows.has(key))
    .sort(byKey)
    .flatMap((key): OtherIssue[] => {
      const node = entryOf(key)?.node;
      return node ? [[key, node.projectKey, node.parentKey]] : [];
    });
  return { summary, activityKeys: reach.activityKeys, outside: reach.outside, links, panel: { nodes, edges: reach.links, others } };
}
