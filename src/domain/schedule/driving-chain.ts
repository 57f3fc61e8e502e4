/**
 * "Why is this critical?": the chain of driving predecessors from an item back to where it starts (an
 * item at the project start, or a done item fixed at its actual dates), returned start first and ending
 * with the item. O(chain length). Example: A -FS-> B -FS-> C, each driving: drivingChain(s, 'C') = [A, B, C].
 */

/** Any scheduled item that names the predecessor driving its start: the domain's ScheduledItem or a DTO of it. */
interface Driven {
  key: string;
  drivingPredecessor: { key: string } | null;
}

export function drivingChain(schedule: { items: Readonly<Record<string, Driven>> }, key: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let at = schedule.items[key];
  // The schedule is acyclic; `seen` only guards against a hand-edited result.
  while (at && !seen.has(at.key)) {
    seen.add(at.key);
    chain.push(at.key);
    const next = at.drivingPredecessor?.key;
    at = next === undefined ? undefined : schedule.items[next];
  }
  return chain.reverse();
}
