/**
 * The "Find" box of a long table: a row matches when every word typed appears in one of its texts (an issue key,
 * a summary), ignoring case and accents. Example: "big-12 login" matches "BIG-12" with "Login page" and not
 * "BIG-12" with "Search"; an empty or blank query matches every row. O(words x text length).
 */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** The query's words, folded once so a filter over 1,250 rows does not fold it 1,250 times. */
export function queryWords(query: string): string[] {
  return folded(query).split(/\s+/).filter((w) => w !== '');
}

export function matchesWords(words: readonly string[], texts: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = folded(texts.join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** The rows whose texts hold every word of `query`, in their order. */
export function rowsMatching<T>(rows: readonly T[], query: string, texts: (row: T) => readonly string[]): T[] {
  const words = queryWords(query);
  return words.length === 0 ? [...rows] : rows.filter((row) => matchesWords(words, texts(row)));
}
