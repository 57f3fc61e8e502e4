/**
 * Which figures a daily snapshot keeps for viewers outside some issue security levels. The app reads every
 * level; a viewer sees the issues of no level plus those of the levels they are in. So besides the app's
 * figures (every level), a snapshot keeps one variant per proper subset of the levels its issues use, each
 * computed as if the levels outside it did not exist: the figures a viewer in exactly those levels gets live.
 * Subsets number 2^n - 1: up to `MAX_LEVELS_FOR_SUBSETS` levels all are kept (7 at most), beyond that only
 * the variant with no level, and a viewer in some but not all of them is told Keel cannot show the figures.
 *
 * Examples: [] -> []; ['10300'] -> [[]]; ['1', '2'] -> [[], ['1'], ['2']]; five levels -> [[]].
 */
export const MAX_LEVELS_FOR_SUBSETS = 3;

export function levelVariants(levels: readonly string[]): string[][] {
  const sorted = [...new Set(levels)].sort();
  if (sorted.length === 0) return [];
  if (sorted.length > MAX_LEVELS_FOR_SUBSETS) return [[]];
  const variants: string[][] = [];
  for (let mask = 0; mask < (1 << sorted.length) - 1; mask++) variants.push(sorted.filter((_, i) => (mask & (1 << i)) !== 0));
  return variants;
}

/**
 * A variant's name in storage keys (Forge KVS keys allow letters, digits and `:._-#`): its level ids in
 * order, joined by `.`, or `none`. Examples: [] -> 'none'; ['10301', '10300'] -> '10300.10301'.
 */
export function variantKey(levels: readonly string[]): string {
  return levels.length === 0 ? 'none' : [...levels].sort().join('.');
}
