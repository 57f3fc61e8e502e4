/** The sandbox's page list: `sort` as Confluence's PageSortOrder (ascending, `-` for descending). */
import { describe, it } from '@jest/globals';
import { expect } from '../../../expect';
import { createSite } from '../../site';
import { callSite } from '../../fixtures/call-site';
import { smallSite } from '../../fixtures/small-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');

describe('GET /pages sort', () => {
  it('orders by id by default, and by modified date, newest first, with -modified-date', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { confluence } = callSite(site);
    const ids = async (query: string) => ((await confluence('GET', `/pages?${query}`)).json as { results: { id: string }[] }).results.map((p) => p.id);
    expect(await ids('')).toEqual(['98305', '98400']);
    // 98400 was last edited on 2026-01-03, 98305 on 2026-01-02.
    expect(await ids('sort=-modified-date')).toEqual(['98400', '98305']);
    expect(await ids('sort=modified-date')).toEqual(['98305', '98400']);
    expect(await ids('sort=-title')).toEqual(['98305', '98400']);
    expect(site.specViolations).toEqual([]);
  });
});
