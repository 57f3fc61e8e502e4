import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { RaciDeliverable } from '@contract';
import { deliverableTexts, personColumn, sortedDeliverables } from '../../../static/src/raci/raci-sort';
import { rowsMatching } from '../../../static/src/components/text-match';
import { deliverable, person } from '../../domain/raci/raci-builders';

const [lena, priya, sam] = [person('Lena'), person('Priya'), person('Sam')];
const rows: RaciDeliverable[] = [
  deliverable('WEB-10', { summary: 'Checkout', responsible: [lena], accountable: [priya] }),
  deliverable('WEB-9', { summary: 'Login', responsible: [sam], accountable: [priya], informed: [lena] }),
  deliverable('WEB-100', { summary: 'Search', responsible: [priya], accountable: [priya], consulted: [lena] }),
  deliverable('WEB-11', { summary: 'Reports', responsible: [sam], accountable: [sam] }),
];
const keys = (sorted: RaciDeliverable[]) => sorted.map((r) => r.key);

describe('sorting a long RACI matrix (issue #11)', () => {
  it('keeps the resolver order at the start', () => {
    expect(keys(sortedDeliverables(rows, 'resolver', 'ascending'))).toEqual(['WEB-10', 'WEB-9', 'WEB-100', 'WEB-11']);
  });

  it('sorts deliverables by key in Jira order, either way', () => {
    expect(keys(sortedDeliverables(rows, 'deliverable', 'ascending'))).toEqual(['WEB-9', 'WEB-10', 'WEB-11', 'WEB-100']);
    expect(keys(sortedDeliverables(rows, 'deliverable', 'descending'))).toEqual(['WEB-100', 'WEB-11', 'WEB-10', 'WEB-9']);
  });

  it("sorts by a person's roles: R, A, C, I, and the rows where they hold none last either way", () => {
    expect(keys(sortedDeliverables(rows, personColumn(lena.accountId), 'ascending')), 'R, then C, then I').toEqual(['WEB-10', 'WEB-100', 'WEB-9', 'WEB-11']);
    expect(keys(sortedDeliverables(rows, personColumn(lena.accountId), 'descending'))).toEqual(['WEB-9', 'WEB-100', 'WEB-10', 'WEB-11']);
    expect(keys(sortedDeliverables(rows, personColumn(priya.accountId), 'ascending')), 'R and A before A alone; ties in order').toEqual(['WEB-100', 'WEB-10', 'WEB-9', 'WEB-11']);
  });

  it('finds deliverables by key, summary, or the name of someone holding a role', () => {
    expect(keys(rowsMatching(rows, 'web-1', deliverableTexts))).toEqual(['WEB-10', 'WEB-100', 'WEB-11']);
    expect(keys(rowsMatching(rows, 'login', deliverableTexts))).toEqual(['WEB-9']);
    expect(keys(rowsMatching(rows, 'sam', deliverableTexts))).toEqual(['WEB-9', 'WEB-11']);
    expect(keys(rowsMatching(rows, 'lena search', deliverableTexts))).toEqual(['WEB-100']);
  });
});
