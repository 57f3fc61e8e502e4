/**
 * Picks one of several ranked candidates and says why: the highest rank wins; among equals the oldest
 * (lowest numeric id, the one created first) wins. Candidates below `minRank` are listed, never chosen.
 * Example: ranks [3 "Story point estimate", 2 "Story Points"] choose "Story point estimate".
 * O(n log n) for n candidates.
 */

export interface Pick {
  id: string;
  name: string;
  /** Why this candidate qualifies, e.g. "custom field type jsw-story-points". */
  reason: string;
}

export interface Detection {
  chosen: Pick | null;
  /** Why `chosen` won over the alternatives, or why nothing was chosen. */
  reason: string;
  /** Candidates not chosen, best first. */
  alternatives: Pick[];
}

export interface RankedCandidate extends Pick {
  rank: number;
}

/** The number in an id such as `customfield_10016` or `10005`; ids without one sort last. */
function idNumber(id: string): number {
  const match = /(\d+)$/.exec(id);
  return match?.[1] === undefined ? Number.MAX_SAFE_INTEGER : Number(match[1]);
}

function byRankThenAge(a: RankedCandidate, b: RankedCandidate): number {
  return b.rank - a.rank || idNumber(a.id) - idNumber(b.id) || a.id.localeCompare(b.id);
}

const strip = ({ id, name, reason }: RankedCandidate): Pick => ({ id, name, reason });

/**
 * `what` names the concept in the reasons ("story points field"); `whenNone` explains an empty result.
 */
export function rankedChoice(candidates: readonly RankedCandidate[], minRank: number, what: string, whenNone: string): Detection {
  const sorted = [...candidates].sort(byRankThenAge);
  const best = sorted[0];
  if (best === undefined || best.rank < minRank) {
    return { chosen: null, reason: sorted.length === 0 ? whenNone : `${whenNone}; the candidates listed are too weak a match to choose`, alternatives: sorted.map(strip) };
  }
  const rest = sorted.slice(1);
  const equals = rest.filter((c) => c.rank === best.rank);
  let reason = `the only ${what} found`;
  if (equals.length > 0) {
    reason = `${equals.length + 1} equally good ${what}s; chose the oldest (lowest id), "${best.name}" (${best.id})`;
  } else if (rest.length > 0) {
    reason = `the best ${what}: ${best.reason}; the alternatives match less well`;
  }
  return { chosen: strip(best), reason, alternatives: rest.map(strip) };
}
