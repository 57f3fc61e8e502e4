/**
 * One stored day of history cut to what one viewer may be told (DESIGN.md section 5): each part (EVM, risks)
 * was computed as the app over every issue security level its scope used, and again per variant without some
 * of them (level-variants.ts). A viewer in every level that part used gets the app's figures; a viewer outside
 * some gets the variant of the levels they are in; where that variant is missing, or the viewer's access to a
 * level is not known, or the part predates Keel reading levels, the part is null with a sentence saying why,
 * never the app's figures.
 */
import type { HistorySnapshot } from '../contract';
import type { StoredSnapshot } from '../adapters/storage/snapshot-store';
import { variantKey } from './level-variants';
import type { LevelAccess } from './viewer-levels';

export type PartChoice = { from: 'app' } | { from: 'variant'; variant: string } | { from: 'none'; problem: string };

/** Which stored figures a viewer may see for one part with the levels `used` (undefined: not recorded). */
export function partChoice(used: readonly string[] | undefined, access: ReadonlyMap<string, LevelAccess>): PartChoice {
  if (used === undefined) {
    return { from: 'none', problem: 'These figures were computed before Keel kept issues under security levels apart, and some of this project\'s issues are hidden from you, so Keel cannot show them to you.' };
  }
  if (used.some((level) => access.get(level) === 'unknown' || !access.has(level))) {
    return { from: 'none', problem: 'Some issues of that day were under an issue security level, and Keel cannot tell today whether you may see them (no issue is under that level now, or you see only some of them), so it does not show you figures that may count them.' };
  }
  const mine = used.filter((level) => access.get(level) === 'member');
  return mine.length === used.length ? { from: 'app' } : { from: 'variant', variant: variantKey(mine) };
}

const NOT_KEPT =
  'Keel did not keep that day\'s figures for the issue security levels you are in (it keeps them for a few levels only), so it does not show you figures that count issues you may not see.';

/** The stored day the choice reads from, or the sentence that stands in for its figures. */
function sourceOf(choice: PartChoice, day: StoredSnapshot, variantDay: (variant: string) => StoredSnapshot | undefined): StoredSnapshot | string {
  if (choice.from === 'none') return choice.problem;
  if (choice.from === 'app') return day;
  return variantDay(choice.variant) ?? NOT_KEPT;
}

/**
 * The day as the viewer may see it. `variantDay(variant)` is the variant's stored day, if any; `seesAll`: the
 * viewer sees every issue of the project the app does, so every part is theirs as stored.
 */
export function snapshotForViewer(day: StoredSnapshot, access: ReadonlyMap<string, LevelAccess>, seesAll: boolean, variantDay: (variant: string) => StoredSnapshot | undefined): HistorySnapshot {
  const { evmLevels, risksLevels, ...shown } = day;
  if (seesAll) return shown;
  const evm = sourceOf(partChoice(evmLevels, access), day, variantDay);
  const risks = sourceOf(partChoice(risksLevels, access), day, variantDay);
  return {
    ...shown,
    evm: typeof evm === 'string' ? null : evm.evm,
    evmProblem: typeof evm === 'string' ? evm : evm.evmProblem,
    risks: typeof risks === 'string' ? null : risks.risks,
    risksProblem: typeof risks === 'string' ? risks : risks.risksProblem,
  };
}
