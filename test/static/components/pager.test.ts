/** Where a page of a long table sits, as the pager says it: the Earned value and RACI tables (issue #11). */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { pageRange } from '../../../static/src/components/pager';
import { tablePage } from '../../../static/src/components/table-page';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
const EPICS = { one: 'epic', other: 'epics' };

describe('pageRange', () => {
  it('says the rows of the page among all, with thousands grouped', () => {
    expect(pageRange(tablePage(rows(1250), 1), EPICS)).toBe('51–100 of 1,250 epics');
  });

  it('names one row once, in the singular when it is the only one', () => {
    expect(pageRange(tablePage(rows(1), 0), { one: 'deliverable found', other: 'deliverables found' })).toBe('1 of 1 deliverable found');
    expect(pageRange(tablePage(rows(51), 1), EPICS)).toBe('51 of 51 epics');
  });

  it('says none in the plural', () => {
    expect(pageRange(tablePage([], 0), EPICS)).toBe('0 of 0 epics');
  });
});
