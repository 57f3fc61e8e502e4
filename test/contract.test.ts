/** The one contract (issue #18): every resolver's payload and result, written once in zod/mini, read by both sides. */
import { describe, it } from '@jest/globals';
import { expect } from './expect';
import * as z from 'zod/mini';
import { resolvers, type ResolverKey } from '@contract';
import { settingsSchema } from '../src/config/settings';
import { wrapResolver } from '../src/resolvers/resolver-wrapper';

const keys = Object.keys(resolvers) as ResolverKey[];

describe('the contract', () => {
  it.each(keys)('writes %s\'s payload and result as zod/mini schemas, so the UI imports them without full zod', (key) => {
    expect(resolvers[key].payload).toBeInstanceOf(z.ZodMiniType);
    expect(resolvers[key].result).toBeInstanceOf(z.ZodMiniType);
  });

  it('holds the settings schema the back end parses with, value checks and all', () => {
    expect(settingsSchema).toBeInstanceOf(z.ZodMiniObject);
    const answer = resolvers['settings/get'].result.safeParse({ settings: { version: 2, calendar: { hoursPerDay: 30 } }, problems: [], people: [] });
    expect(answer.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['settings.calendar.hoursPerDay', 'a day has at most 24 hours']]);
  });

  it('answers a payload problem in English words on the back end, though zod/mini carries no messages of its own', async () => {
    const search = wrapResolver('users/search', () => Promise.resolve({ users: [] }));
    const answer = await search({ payload: { query: 'x'.repeat(101) }, context: { accountId: 'someone' } });
    expect(resolvers['users/search'].payload).toBeInstanceOf(z.ZodMiniObject);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'Keel could not read the request to users/search: query: Too big: expected string to have <=100 characters.' },
    });
  });

  it('records a decision as typed with zod/mini\'s checks: options without blank lines, keys trimmed and upper-cased, defaults filled', () => {
    expect(resolvers['decisions/create'].payload).toBeInstanceOf(z.ZodMiniObject);
    const payload = resolvers['decisions/create'].payload.parse({ projectKey: 'WEB', title: ' Keep redirects ', options: ['Keep', ' ', 'Drop'], supersedes: [' web-16'] });
    expect(payload).toEqual({
      projectKey: 'WEB', title: 'Keep redirects', context: '', options: ['Keep', 'Drop'], outcome: '', consequences: '', status: 'proposed', supersedes: ['WEB-16'], relatesTo: [],
    });
    const decided = resolvers['decisions/create'].payload.safeParse({ projectKey: 'WEB', title: 'Keep', status: 'decided', outcome: '  ' });
    expect(decided.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['outcome', 'a decided decision needs its outcome']]);
  });
});
