/**
 * What a long table shows: the rows a Find box leaves, and the page of them on screen (every row found while
 * printing, as the pager is a control print hides). A table of one page is shown whole and never filtered. Used by
 * the Earned value epic table, the RACI tab's matrix and the RACI macro, so each pages and prints the same way.
 * `texts` should be a stable function (module level): the filter runs again when it changes.
 */
import { useMemo, useState } from 'react';
import { isPaged, tablePage, type TablePage } from './table-page';
import { rowsMatching } from './text-match';
import { usePrinting } from './use-printing';

export interface FoundPage<T> {
  /** More rows than a page: the table shows a Find box and a pager. */
  paged: boolean;
  query: string;
  /** A new query, from the first page. */
  find: (query: string) => void;
  toPage: (index: number) => void;
  /** Every row the query leaves, in the order given: what a CSV export holds. */
  found: readonly T[];
  page: TablePage<T>;
  /** A query is typed: the rows are those found, not all. */
  filtered: boolean;
}

export function useFoundPage<T>(rows: readonly T[], texts: (row: T) => readonly string[]): FoundPage<T> {
  const paged = isPaged(rows.length);
  const [query, setQuery] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const found = useMemo(() => (paged ? rowsMatching(rows, query, texts) : rows), [paged, rows, query, texts]);
  const printing = usePrinting();
  const onePage = !paged || printing;
  const page = tablePage(found, onePage ? 0 : pageIndex, onePage ? Math.max(1, found.length) : undefined);
  const find = (next: string) => {
    setQuery(next);
    setPageIndex(0);
  };
  return { paged, query, find, toPage: setPageIndex, found, page, filtered: query.trim() !== '' };
}
