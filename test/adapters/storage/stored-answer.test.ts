import { beforeEach, describe, it } from '@jest/globals';
import * as z from 'zod/mini';
import { expect } from '../../expect';
import type { AnalysisKvs } from '../../../src/adapters/storage/analysis-store';
import { deleteStoredAnswer, loadStoredAnswer, saveStoredAnswer } from '../../../src/adapters/storage/stored-answer';
import { forgetWarmAnswers } from '../../../src/adapters/storage/warm-answers';

/** A map store that counts reads by key. */
function countingStore(): { store: AnalysisKvs; values: Map<string, unknown>; reads: string[]; writes: string[] } {
  const values = new Map<string, unknown>();
  const reads: string[] = [];
  const writes: string[] = [];
  const store: AnalysisKvs = {
    get: (key) => (reads.push(key), Promise.resolve(values.get(key))),
    set: (key, value) => (writes.push(key), Promise.resolve(void values.set(key, value))),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  return { store, values, reads, writes };
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
    values.set('stored-answer:overview:PAY', { generation: 'g1', chunks: 1 });
    values.set('stored-answer:overview:PAY:g1:0', JSON.stringify(figures('2027-03-01')));
    await loadStoredAnswer(store, 'overview:PAY', answer);
    reads.length = 0;
    expect((await loadStoredAnswer(store, 'overview:PAY', answer))?.value.finish).toBe('2027-03-01');
    expect(reads).toEqual(['stored-answer:overview:PAY', 'stored-answer:overview:PAY:g1:0']);
  });

  it('reads as nothing stored when a chunk is gone', async () => {
    const { store, values } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY', 'g1', figures('2027-03-01'));
    for (const k of [...values.keys()]) if (k.endsWith(':0')) values.delete(k);
    expect(await loadStoredAnswer(store, 'forecast:PAY', answer)).toBeNull();
  });
});

describe('storing an answer', () => {
  it('writes nothing but the record when the figures are the same under the next generation', async () => {
    const { store, values, writes } = countingStore();
    await saveStoredAnswer(store, 'overview:PAY', 'g1', figures('2027-03-01'));
    writes.length = 0;
    await saveStoredAnswer(store, 'overview:PAY', 'g2', figures('2027-03-01'));
    expect(writes).toEqual(['stored-answer:overview:PAY']);
    expect((await loadStoredAnswer(store, 'overview:PAY', answer))?.generation).toBe('g2');
    expect([...values.keys()].filter((k) => k !== 'stored-answer:overview:PAY')).toHaveLength(1);
  });

  it('never overwrites the chunks a reader of the same generation may be joining, and deletes them after the flip', async () => {
    const { store, values } = countingStore();
    await saveStoredAnswer(store, 'evm:PAY', 'g1', figures('2027-03-01'));
    const before = [...values.keys()].filter((k) => k.split(':').length === 5);
    await saveStoredAnswer(store, 'evm:PAY', 'g1', figures('2027-04-15'));
    const after = [...values.keys()].filter((k) => k.split(':').length === 5);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('deletes what a writer that died before its record left behind', async () => {
    const { store, values } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY', 'g1', figures('2027-03-01'));
    // A writer of g2 died after its first chunk: its pending record names what it was writing.
    values.set('stored-answer:forecast:PAY:pending', { id: 'dead', chunks: 2 });
    values.set('stored-answer:forecast:PAY:dead:0', '{"fin');
    expect((await loadStoredAnswer(store, 'forecast:PAY', answer))?.value.finish).toBe('2027-03-01');
    await saveStoredAnswer(store, 'forecast:PAY', 'g3', figures('2027-05-01'));
    expect([...values.keys()].filter((k) => k.includes(':dead') || k.endsWith(':pending'))).toEqual([]);
    expect([...values.keys()]).toHaveLength(2);
  });

  it('is deleted whole, with what a dead writer left', async () => {
    const { store, values } = countingStore();
    await saveStoredAnswer(store, 'forecast:PAY#v1', 'g1', figures('2027-03-01'));
    values.set('stored-answer:forecast:PAY#v1:pending', { id: 'dead', chunks: 1 });
    values.set('stored-answer:forecast:PAY#v1:dead:0', '{');
    await deleteStoredAnswer(store, 'forecast:PAY#v1');
    expect([...values.keys()]).toEqual([]);
  });
});
