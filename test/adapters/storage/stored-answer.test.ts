import { beforeEach, describe, it } from '@jest/globals';
import * as z from 'zod/mini';
import { expect } from '../../expect';
import type { AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { loadStoredAnswer, saveStoredAnswer } from '../../../src/adapters/storage/stored-answer';
import { forgetWarmAnswers } from '../../../src/adapters/storage/warm-answers';

/** A map store that counts reads by key. */
function countingStore(): { store: AnalysisKvs; values: Map<string, unknown>; reads: string[] } {
  const values = new Map<string, unknown>();
  const reads: string[] = [];
  const store: AnalysisKvs = {
    get: (key) => (reads.push(key), Promise.resolve(values.get(key))),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  return { store, values, reads };
}

const answer = z.object({ finish: z.string(), issues: z.array(z.object({ key: z.string(), criticality: z.number() })) });
const figures = (finish: string) => ({ finish, issues: Array.from({ length: 3 }, (_, i) => ({ key: `PAY-${i + 1}`, criticality: i / 4 })) });

beforeEach(() => forgetWarmAnswers());

describe('a stored answer read again by the same instance', () => {
  it('is given from what was parsed, reading only its record', async () => {
    const { store, reads } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY', 'g1', figures('2027-03-01'));
    expect((await loadStoredAnswer(store, 'forecast:PAY', answer))?.value).toEqual(figures('2027-03-01'));
    reads.length = 0;
    const again = await loadStoredAnswer(store, 'forecast:PAY', answer);
    expect(again).toEqual({ generation: 'g1', value: figures('2027-03-01') });
    expect(reads).toEqual(['stored-answer:forecast:PAY']);
  });

  it('is read afresh when the same generation is stored again with other figures', async () => {
    const { store } = countingStore();
    await saveStoredAnswer(store, 'evm:PAY', 'g1', figures('2027-03-01'));
    await loadStoredAnswer(store, 'evm:PAY', answer);
    await saveStoredAnswer(store, 'evm:PAY', 'g1', figures('2027-04-15'));
    expect((await loadStoredAnswer(store, 'evm:PAY', answer))?.value.finish).toBe('2027-04-15');
  });

  it('is kept frozen, so no answer can change what the next one reads', async () => {
    const { store } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY', 'g1', figures('2027-03-01'));
    const first = await loadStoredAnswer(store, 'forecast:PAY', answer);
    expect(Object.isFrozen(first?.value.issues[0])).toBe(true);
    expect(() => first?.value.issues.sort()).toThrow(TypeError);
  });

  it('is read whole from a record stored before Keel kept the hash, and not kept', async () => {
    const { store, values, reads } = countingStore();
    await saveStoredAnswer(store, 'overview:PAY', 'g1', figures('2027-03-01'));
    const { hash: _, ...older } = values.get('stored-answer:overview:PAY') as Record<string, unknown>;
    values.set('stored-answer:overview:PAY', older);
    await loadStoredAnswer(store, 'overview:PAY', answer);
    reads.length = 0;
    expect((await loadStoredAnswer(store, 'overview:PAY', answer))?.value.finish).toBe('2027-03-01');
    expect(reads).toEqual(['stored-answer:overview:PAY', 'stored-answer:overview:PAY:g1:0']);
  });

  it('reads as nothing stored when a chunk is gone', async () => {
    const { store, values } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY', 'g1', figures('2027-03-01'));
    values.delete('stored-answer:forecast:PAY:g1:0');
    expect(await loadStoredAnswer(store, 'forecast:PAY', answer)).toBeNull();
  });
});
