/**
 * Why a scenario moved an activity: the nearest edit up its driving chain (driving-chain.ts), first in the
 * scenario's schedule (a longer duration, a new link, a larger lag pushes it), then in the live one (a removed
 * link or a shorter predecessor releases it). Null when neither chain reaches an edit: the change came by
 * another path (the project finish moved, so late dates and the levelling did). O(chain length).
 */
import type { CriticalPath } from '../schedule/critical-path';

export interface MovedBecause {
  /** Index of the edit in the scenario. */
  editIndex: number;
  /** The chain from the edited issue (or the edited link's successor) to the moved one, first to last. */
  via: string[];
}

/** `keyEdits`: for each edited issue, its last applied edit; `linkEdits`: the same for links (lag, added, removed). */
export function movedBecause(
  key: string,
  schedules: { scenario: CriticalPath; live: CriticalPath },
  keyEdits: ReadonlyMap<string, number>,
  linkEdits: ReadonlyMap<string, number>,
): MovedBecause | null {
  return chainCause(key, schedules.scenario, keyEdits, linkEdits) ?? chainCause(key, schedules.live, keyEdits, linkEdits);
}

function chainCause(key: string, schedule: CriticalPath, keyEdits: ReadonlyMap<string, number>, linkEdits: ReadonlyMap<string, number>): MovedBecause | null {
  const via = [key];
  const seen = new Set(via);
  let current = key;
  for (;;) {
    const edited = keyEdits.get(current);
    if (edited !== undefined) return { editIndex: edited, via };
    const driving = schedule.items[current]?.drivingPredecessor;
    if (!driving || seen.has(driving.key)) return null;
    const linkEdit = linkEdits.get(driving.linkId);
    if (linkEdit !== undefined) return { editIndex: linkEdit, via };
    current = driving.key;
    seen.add(current);
    via.unshift(current);
  }
}
