/**
 * The links an outside variant leaves out, counted per issue as the live issue panel counts the links Jira hides
 * (left-out-links.ts, issue #11): an issue's own, its parents', and for a parent its descendants'. Worked example:
 * epic PAY-1 with stories PAY-2 and PAY-3; PAY-2 is blocked by SEC-1, which the viewer may not browse; PAY-3 is
 * blocked by PAY-4, which they may; PAY-4 is blocked by SEC-2 and relates to PLAT-1, which they may browse.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import { deleteLeftOutLinkCounts, leftLinkBucket, loadLeftOutLinkCount, saveLeftOutLinkCounts } from '../../src/adapters/storage/left-out-links-store';
import { leftOutLinkCounts } from '../../src/use-cases/left-out-links';
import { item, link } from '../domain/work-item-builder';

const shown = (key: string) => !key.startsWith('SEC-');
const stories = [
  item('PAY-2', { parentKey: 'PAY-1', links: [link('10', 'Blocks', 'inward', 'SEC-1')] }),
  item('PAY-3', { parentKey: 'PAY-1', links: [link('11', 'Blocks', 'inward', 'PAY-4')] }),
  item('PAY-4', { links: [link('12', 'Blocks', 'inward', 'SEC-2'), link('13', 'Relates', 'outward', 'PLAT-1')] }),
];

describe('links left out of an outside variant', () => {
  it('counts an issue\'s own hidden links, and a parent\'s children\'s, leaving out issues none binds', () => {
    expect(leftOutLinkCounts([item('PAY-1'), ...stories], shown)).toEqual({ 'PAY-1': 1, 'PAY-2': 1, 'PAY-4': 1 });
  });

  it('binds every child by its parent\'s own hidden links', () => {
    const epic = item('PAY-1', { links: [link('14', 'Blocks', 'inward', 'SEC-3')] });
    // PAY-1: its own 1 and PAY-2's 1; PAY-2: its own and the epic's; PAY-3: the epic's only.
    expect(leftOutLinkCounts([epic, ...stories], shown)).toEqual({ 'PAY-1': 2, 'PAY-2': 2, 'PAY-3': 1, 'PAY-4': 1 });
  });

  it('binds a grandchild by its grandparent\'s hidden link, and counts it under the grandparent once', () => {
    const items = [item('PAY-8', { links: [link('15', 'Blocks', 'inward', 'SEC-4')] }), item('PAY-9', { parentKey: 'PAY-8' }), item('PAY-10', { parentKey: 'PAY-9', links: [link('16', 'Blocks', 'inward', 'SEC-5')] })];
    // PAY-8: its own and PAY-10's; PAY-9: PAY-8's and PAY-10's; PAY-10: its own and PAY-8's.
    expect(leftOutLinkCounts(items, shown)).toEqual({ 'PAY-8': 2, 'PAY-9': 2, 'PAY-10': 2 });
  });

  it('ends on a parent cycle, which Jira data should not have', () => {
    const items = [item('PAY-5', { parentKey: 'PAY-6' }), item('PAY-6', { parentKey: 'PAY-5', links: [link('17', 'Blocks', 'inward', 'SEC-6')] })];
    const counts = leftOutLinkCounts(items, shown);
    expect(counts['PAY-6']).toBeGreaterThanOrEqual(1);
    expect(counts['PAY-5']).toBeGreaterThanOrEqual(1);
  });

  it('is empty when every linked project is shown', () => {
    expect(leftOutLinkCounts([item('PAY-1'), ...stories], () => true)).toEqual({});
  });
});

describe('the stored counts of links left out', () => {
  const setup = () => {
    const values = new Map<string, unknown>();
    const store: AnalysisKvs = {
      get: (key) => Promise.resolve(values.get(key)),
      set: (key, value) => Promise.resolve(void values.set(key, value)),
      delete: (key) => Promise.resolve(void values.delete(key)),
    };
    return { store, values };
  };

  it('reads an issue\'s count in one key, of the generations asked for only', async () => {
    const { store, values } = setup();
    await saveLeftOutLinkCounts(store, 'PAY#xabc', 'g1', { 'PAY-2': 1, 'PAY-4': 3 });
    expect(values.size).toBeLessThanOrEqual(2);
    expect(await loadLeftOutLinkCount(store, 'PAY#xabc', ['g1'], 'PAY-4')).toBe(3);
    expect(await loadLeftOutLinkCount(store, 'PAY#xabc', ['g1'], 'PAY-3')).toBe(0);
    expect(await loadLeftOutLinkCount(store, 'PAY#xabc', ['g0', 'g2'], 'PAY-4')).toBe(0);
  });

  it('keeps a bucket the next generation does not write for the viewers of the earlier one, and deletes every bucket with the variant', async () => {
    const { store, values } = setup();
    await saveLeftOutLinkCounts(store, 'PAY#xabc', 'g1', { 'PAY-2': 1 });
    await saveLeftOutLinkCounts(store, 'PAY#xabc', 'g2', { 'PAY-4': 2 });
    expect(leftLinkBucket('PAY-2')).not.toBe(leftLinkBucket('PAY-4'));
    expect(await loadLeftOutLinkCount(store, 'PAY#xabc', ['g1'], 'PAY-2')).toBe(1);
    expect(await loadLeftOutLinkCount(store, 'PAY#xabc', ['g2'], 'PAY-2')).toBe(0);
    await deleteLeftOutLinkCounts(store, 'PAY#xabc');
    expect(values.size).toBe(0);
  });
});
