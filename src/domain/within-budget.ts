/**
 * The first items of a list whose JSON fits a byte budget, in order: what an answer or a page can hold of a long
 * list (DESIGN.md section 5). Each item counts its JSON's length and a comma; `used` is what the budget already
 * holds (the rest of the answer). UTF-16 units stand for bytes, which they are for the ASCII that dominates.
 * O(total JSON).
 */
export function itemsWithinBudget<T>(items: readonly T[], budget: number, used = 0): T[] {
  const kept: T[] = [];
  let total = used;
  for (const item of items) {
    total += JSON.stringify(item).length + 1;
    if (total > budget) break;
    kept.push(item);
  }
  return kept;
}
