import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { isPaged, tablePage, TABLE_PAGE_SIZE } from '../../../static/src/components/table-page';
import { matchesWords, queryWords, rowsMatching } from '../../../static/src/components/text-match';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('tablePage (issue #11: the Earned value and RACI tables at 1,250 epics)', () => {
  it('cuts 1,250 rows into 25 pages of 50, and says where each sits', () => {
    const first = tablePage(numbers(1250), 0);
    expect(first.rows, 'the first page').toEqual(numbers(50));
    expect({ ...first, rows: undefined }).toEqual({ rows: undefined, index: 0, pages: 25, first: 1, last: 50, total: 1250 });
    const second = tablePage(numbers(1250), 1);
    expect([second.first, second.last, second.rows[0], second.rows.at(-1)]).toEqual([51, 100, 51, 100]);
  });

  it('ends on a short page', () => {
    const last = tablePage(numbers(1251), 25);
    expect([last.index, last.pages, last.first, last.last, last.rows]).toEqual([25, 26, 1251, 1251, [1251]]);
  });

  it('keeps the index inside the pages there are: a filter that leaves fewer rows never shows an empty page', () => {
    expect(tablePage(numbers(120), 24).index, 'past the end: the last page').toBe(2);
    expect(tablePage(numbers(120), 24).rows).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120]);
    expect(tablePage(numbers(120), -3).index, 'before the start: the first').toBe(0);
  });

  it('makes no rows one empty page', () => {
    expect(tablePage([], 4)).toEqual({ rows: [], index: 0, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('takes another page size', () => {
    expect(tablePage(numbers(7), 1, 3)).toEqual({ rows: [4, 5, 6], index: 1, pages: 3, first: 4, last: 6, total: 7 });
  });

  it('pages only a table longer than one page: a small project looks as before', () => {
    expect(TABLE_PAGE_SIZE).toBe(50);
    expect(isPaged(50)).toBe(false);
    expect(isPaged(51)).toBe(true);
    expect(isPaged(0)).toBe(false);
  });
});

describe('text matching for the Find box', () => {
  const rows = [
    { key: 'BIG-12', summary: 'Login page' },
    { key: 'BIG-120', summary: 'Search' },
    { key: 'BIG-7', summary: 'Café menu' },
  ];
  const texts = (r: (typeof rows)[number]) => [r.key, r.summary];

  it('needs every word typed, in any of the texts, ignoring case', () => {
    expect(rowsMatching(rows, 'big-12 login', texts).map((r) => r.key)).toEqual(['BIG-12']);
    expect(rowsMatching(rows, 'big-12', texts).map((r) => r.key), 'a key is also a prefix of longer keys').toEqual(['BIG-12', 'BIG-120']);
    expect(rowsMatching(rows, 'SEARCH', texts).map((r) => r.key)).toEqual(['BIG-120']);
    expect(rowsMatching(rows, 'login search', texts)).toEqual([]);
  });

  it('ignores accents both ways', () => {
    expect(rowsMatching(rows, 'cafe', texts).map((r) => r.key)).toEqual(['BIG-7']);
    expect(rowsMatching(rows, 'CAFÉ', texts).map((r) => r.key)).toEqual(['BIG-7']);
  });

  it('matches every row for a blank query, in their order', () => {
    expect(rowsMatching(rows, '   ', texts)).toEqual(rows);
    expect(queryWords('')).toEqual([]);
    expect(matchesWords([], ['anything'])).toBe(true);
  });

  it('does not match across two texts', () => {
    expect(rowsMatching(rows, '12login', texts)).toEqual([]);
    expect(matchesWords(queryWords('12 l'), ['BIG-12', 'Login'])).toBe(true);
  });
});
