/**
 * The pager under a long table: where the page sits ("1–50 of 1,250 epics", "1 of 1 epic found", announced as it
 * changes) and First,
 * Previous, Next and Last. A button at the end stays focusable (`aria-disabled`, not `disabled`), so paging to the
 * last page with the keyboard does not drop focus onto the page.
 */
import { fmt } from '../format/current-format';
import type { TablePage } from './table-page';

interface PagerProps {
  page: Pick<TablePage<unknown>, 'index' | 'pages' | 'first' | 'last' | 'total'>;
  /** What the rows are, for the text and the buttons' names. */
  noun: Noun;
  onPage: (index: number) => void;
  testId: string;
}

/** A name for the rows, one and several: `{ one: 'epic found', other: 'epics found' }`. */
export interface Noun {
  one: string;
  other: string;
}

/** "1–50 of 1,250 epics"; "51 of 51 epics" for a page of one row; "1 of 1 epic"; "0 of 0 epics" for none. */
export function pageRange(page: PagerProps['page'], noun: Noun): string {
  const n = fmt().number;
  const rows = page.total === 1 ? noun.one : noun.other;
  if (page.total === 0) return `0 of 0 ${rows}`;
  return `${page.first === page.last ? n(page.first) : `${n(page.first)}–${n(page.last)}`} of ${n(page.total)} ${rows}`;
}

export function Pager({ page, noun, onPage, testId }: PagerProps) {
  const atStart = page.index <= 0;
  const atEnd = page.index >= page.pages - 1;
  const button = (label: string, name: string, to: number, off: boolean) => (
    <button type="button" className="keel-button keel-button--subtle" aria-label={`${name} page of ${noun.other}`} aria-disabled={off} onClick={() => (off ? undefined : onPage(to))}>
      {label}
    </button>
  );
  return (
    <nav className="keel-pager" aria-label={`Pages of ${noun.other}`} data-testid={testId}>
      {button('« First', 'First', 0, atStart)}
      {button('‹ Previous', 'Previous', page.index - 1, atStart)}
      <span className="keel-pager__range" role="status">
        <span data-testid={`${testId}-range`}>{pageRange(page, noun)}</span>
        <span className="keel-muted">{` · page ${fmt().number(page.index + 1)} of ${fmt().number(page.pages)}`}</span>
      </span>
      {button('Next ›', 'Next', page.index + 1, atEnd)}
      {button('Last »', 'Last', page.pages - 1, atEnd)}
    </nav>
  );
}
