/**
 * Dependencies that touch a summary task, with Microsoft Project's semantics. A link into a summary constrains
 * each of its activities (a predecessor of a summary delays every subtask: Microsoft KB Q84314 "Using Summary
 * Tasks in Task Relationships", Q126988; Project itself takes only FS and SS there, Keel reads FF and SF the same
 * way, on each activity's finish). A link out of a summary waits for its roll-up: FS and FF for its finish (the
 * latest activity's, so an edge from every activity), SS and SF for its start (its earliest-starting activity's,
 * which the caller finds in a first pass). A link between a summary and its own descendant is refused, as Project
 * refuses it (it would be circular). A link to an item that is not work adds nothing. O(edges made) a link.
 */
import type { DependencyKind } from '../dependency-rule';
import type { WorkItem } from '../work-item';
import type { WorkBreakdown } from './work-breakdown';

export interface SummaryEnds {
  /** Every item whose links are read: activities, summaries (a link between two parents is carried by them alone), not work. */
  carriers: readonly WorkItem[];
  /**
   * The (predecessor, successor) activity pairs a mapped link from `fromKey` to `toKey` becomes: null when
   * neither end is a summary or not work (the link is an edge as it is), 'within-summary' when one end is the
   * other's summary (no edge).
   */
  edgesOf(fromKey: string, toKey: string, kind: DependencyKind): readonly (readonly [string, string])[] | null | 'within-summary';
}

/**
 * `startOf(summary)`: the activity whose start is the summary's (its earliest-starting one), or null when not
 * known yet; then SS and SF links out of the summary add no edge.
 * Example: summary E over T1, T2; link P -> E (FS) becomes P -> T1, P -> T2; link E -> X (FS) becomes T1 -> X,
 * T2 -> X; link E -> X (SS) with startOf(E) = T1 becomes T1 -> X; link E -> T1 is 'within-summary'.
 */
export function summaryEnds(
  breakdown: Pick<WorkBreakdown, 'leavesOf' | 'notWork'>,
  carriers: readonly WorkItem[],
  startOf: (summary: string) => string | null,
): SummaryEnds {
  const leafSets = new Map<string, ReadonlySet<string>>();
  const leafSet = (key: string): ReadonlySet<string> | undefined => {
    const leaves = breakdown.leavesOf.get(key);
    if (!leaves) return undefined;
    let set = leafSets.get(key);
    if (!set) leafSets.set(key, (set = new Set(leaves)));
    return set;
  };
  return {
    carriers,
    edgesOf(fromKey, toKey, kind) {
      if (breakdown.notWork.has(fromKey) || breakdown.notWork.has(toKey)) return [];
      const fromLeaves = leafSet(fromKey);
      const toLeaves = leafSet(toKey);
      if (!fromLeaves && !toLeaves) return null;
      if (fromLeaves?.has(toKey) === true || toLeaves?.has(fromKey) === true) return 'within-summary';
      if (fromLeaves && toLeaves && [...fromLeaves].some((k) => toLeaves.has(k))) return 'within-summary';
      let sources: readonly string[] = [fromKey];
      if (fromLeaves) {
        const start = kind === 'SS' || kind === 'SF' ? startOf(fromKey) : undefined;
        sources = start === undefined ? [...fromLeaves] : start === null ? [] : [start];
      }
      const targets = toLeaves ? [...toLeaves] : [toKey];
      return sources.flatMap((f) => targets.map((t) => [f, t] as const));
    },
  };
}
