/**
 * One page of a long table: the rows from `index * size` on, the page index kept inside the pages there are
 * (a filter that leaves fewer rows never shows an empty page past the end), and where the page sits in all rows.
 * Example: 1,250 rows, size 50, index 1 -> rows 51-100, `{ first: 51, last: 100, total: 1250, pages: 25 }`.
 * No rows is one empty page, `{ first: 0, last: 0, total: 0, pages: 1 }`. O(size).
 */
export interface TablePage<T> {
  rows: T[];
  /** The page shown, 0-based, after clamping. */
  index: number;
  pages: number;
  /** 1-based positions of the page's first and last rows among all; 0 and 0 for no rows. */
  first: number;
  last: number;
  total: number;
}

/** Rows a page of the Earned value and RACI tables: a screen or two, and a light DOM at 1,250 epics. */
export const TABLE_PAGE_SIZE = 50;

export function tablePage<T>(rows: readonly T[], index: number, size: number = TABLE_PAGE_SIZE): TablePage<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(0, Math.floor(index)), pages - 1);
  const start = shown * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, index: shown, pages, first: slice.length === 0 ? 0 : start + 1, last: start + slice.length, total: rows.length };
}

/** Whether a table of `total` rows needs a pager at all: one page holds them all otherwise. */
export function isPaged(total: number, size: number = TABLE_PAGE_SIZE): boolean {
  return total > size;
}
