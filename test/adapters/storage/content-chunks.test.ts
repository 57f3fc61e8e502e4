import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { chunkHash, contentChunks, itemGroups } from '../../../src/adapters/storage/content-chunks';

interface Item {
  key: string;
  summary: string;
  estimate: number;
}

const items = (count: number): Item[] => Array.from({ length: count }, (_, i) => ({ key: `BIG-${i + 1}`, summary: `Issue ${i + 1} of the programme`, estimate: i % 13 }));
const keyOf = (item: Item) => item.key;
/** Groups present in `after` that `before` did not have: the ones a writer must store again. */
const changed = (before: string[], after: string[]) => after.filter((g) => !before.includes(g)).length;

describe('content-defined item groups', () => {
  it('gives the items back in order when the groups are parsed and joined, and none for no items', () => {
    const list = items(5000);
    const groups = itemGroups(list, keyOf);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flatMap((g) => JSON.parse(g) as Item[])).toEqual(list);
    expect(itemGroups([], keyOf)).toEqual([]);
  });

  it('keeps every group between the minimum (but the last) and the maximum, so a group stays about one chunk', () => {
    const limits = { min: 20_000, mean: 10_000, max: 40_000 };
    const groups = itemGroups(items(20_000), keyOf, limits);
    // Counted as stored: the text escaped as a JSON string value.
    const stored = groups.map((g) => Buffer.byteLength(JSON.stringify(g)));
    for (const bytes of stored) expect(bytes).toBeLessThanOrEqual(limits.max);
    for (const bytes of stored.slice(0, -1)) expect(bytes).toBeGreaterThanOrEqual(limits.min * 0.95);
  });

  it('changes one group when one item is edited, and one or two when one is inserted, deleted or moved to the end', () => {
    const list = items(20_000);
    const before = itemGroups(list, keyOf);
    const edited = list.map((item) => (item.key === 'BIG-9000' ? { ...item, estimate: 99 } : item));
    expect(changed(before, itemGroups(edited, keyOf))).toBe(1);
    const inserted = [...list.slice(0, 9000), { key: 'BIG-90000', summary: 'New', estimate: 1 }, ...list.slice(9000)];
    expect(changed(before, itemGroups(inserted, keyOf))).toBeLessThanOrEqual(2);
    const deleted = list.filter((item) => item.key !== 'BIG-9000');
    expect(changed(before, itemGroups(deleted, keyOf))).toBeLessThanOrEqual(2);
    // What an incremental refresh's merge does with an issue a trigger named: it goes to the end.
    const moved = [...deleted, { ...list[8999] as Item, estimate: 5 }];
    expect(changed(before, itemGroups(moved, keyOf))).toBeLessThanOrEqual(3);
    expect(before.length).toBeGreaterThan(5);
  });

  it('names each chunk by the hash of its text: the same text, the same key', () => {
    expect(chunkHash('[1,2]')).toBe(chunkHash('[1,2]'));
    expect(chunkHash('[1,2]')).not.toBe(chunkHash('[1,3]'));
    expect(chunkHash('x')).toMatch(/^[0-9a-f]{24}$/);
    const chunks = contentChunks('a'.repeat(500_000));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.text).join('')).toBe('a'.repeat(500_000));
    expect(chunks.every((c) => c.hash === chunkHash(c.text))).toBe(true);
  });
});
