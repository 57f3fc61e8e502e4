/** `key in (...)` over many keys when Jira refuses a whole query for one key it will not name. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { AppError } from '../../../src/app-error';
import { searchByKeys } from '../../../src/adapters/jira/search-by-keys';

/** A Jira that knows `known` and answers 400 naming unknown keys (or naming none, with `silent`). */
function jira(known: ReadonlySet<string>, silent = false) {
  const queries: string[] = [];
  const search = (jql: string): Promise<string[]> => {
    queries.push(jql);
    const keys = /key in \((.*)\)/.exec(jql)?.[1]?.split(',') ?? [];
    const unknown = keys.filter((k) => !known.has(k));
    if (unknown.length === 0) return Promise.resolve(keys);
    const messages = silent ? ['Error in the JQL Query'] : unknown.map((k) => `An issue with key '${k}' does not exist for field 'key'.`);
    return Promise.reject(new AppError('JIRA_ERROR', 'Jira answered 400', { status: 400, messages }));
  };
  return { search, queries };
}

const keys = (n: number) => Array.from({ length: n }, (_, i) => `PAY-${i + 1}`);

describe('searchByKeys', () => {
  it('asks 100 keys a query', async () => {
    const { search, queries } = jira(new Set(keys(250)));
    expect((await searchByKeys(keys(250), search)).found).toHaveLength(250);
    expect(queries).toHaveLength(3);
  });

  it('drops the keys Jira names and asks again for the rest of the chunk', async () => {
    const { search, queries } = jira(new Set(keys(100).filter((k) => k !== 'PAY-7' && k !== 'PAY-70')));
    const read = await searchByKeys(keys(100), search);
    expect(read.unreadable).toEqual(['PAY-7', 'PAY-70']);
    expect(read.found).toHaveLength(98);
    expect(queries).toHaveLength(2);
  });

  it('halves a chunk until the refused key is alone when Jira names none', async () => {
    const { search, queries } = jira(new Set(keys(100).filter((k) => k !== 'PAY-42')), true);
    const read = await searchByKeys(keys(100), search);
    expect(read.unreadable).toEqual(['PAY-42']);
    expect(read.found).toHaveLength(99);
    expect(queries.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(100)));
  });

  it('throws what is not a refused query', async () => {
    const failing = () => Promise.reject(new AppError('RATE_LIMITED', 'Jira answered 429', { status: 429 }));
    await expect(searchByKeys(['PAY-1'], failing)).rejects.toThrow(/429/);
  });
});
