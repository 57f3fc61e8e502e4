/** Which stored figures of a day a viewer gets, by the issue security levels each part used and their access. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { StoredSnapshot } from '../../src/adapters/storage/snapshot-store';
import { partChoice, snapshotForViewer } from '../../src/use-cases/snapshot-for-viewer';
import type { LevelAccess } from '../../src/use-cases/viewer-levels';

const access = (entries: Record<string, LevelAccess>) => new Map(Object.entries(entries));
const risks = (openRisks: number): StoredSnapshot['risks'] => ({
  asOf: '2026-11-16',
  scale: 'oneToFive',
  openRisks,
  exposure: { inherent: openRisks * 6, residual: 0 },
  heatMap: { inherent: { cells: [], unplaced: 0 }, residual: { cells: [], unplaced: 0 } },
  derivedRisks: 0,
});
const day = (openRisks: number, levels?: string[]): StoredSnapshot => ({
  date: '2026-11-16',
  takenAt: '2026-11-16T06:00:00.000Z',
  evm: null,
  evmProblem: 'NOT_FOUND: gone',
  risks: risks(openRisks),
  risksProblem: null,
  ...(levels ? { evmLevels: levels, risksLevels: levels } : {}),
});

type Row = { used: string[] | undefined; levels: Record<string, LevelAccess>; choice: { from: string; variant?: string } };

describe('partChoice', () => {
  it.each<Row>([
    { used: [], levels: {}, choice: { from: 'app' } },
    { used: ['1'], levels: { 1: 'member' }, choice: { from: 'app' } },
    { used: ['1'], levels: { 1: 'outside' }, choice: { from: 'variant', variant: 'none' } },
    { used: ['1', '2'], levels: { 1: 'member', 2: 'outside' }, choice: { from: 'variant', variant: '1' } },
    { used: ['1', '2'], levels: { 1: 'member', 2: 'unknown' }, choice: { from: 'none' } },
    { used: ['1'], levels: {}, choice: { from: 'none' } },
    { used: undefined, levels: {}, choice: { from: 'none' } },
  ])('levels $used with access $levels -> $choice.from', ({ used, levels, choice }) => {
    expect(partChoice(used, access(levels))).toMatchObject(choice);
  });
});

describe('snapshotForViewer', () => {
  const variants = new Map([['none', day(2)]]);
  const variantDay = (variant: string) => variants.get(variant);

  it("gives a viewer outside the level the variant's figures, never the app's", () => {
    const shown = snapshotForViewer(day(3, ['1']), access({ 1: 'outside' }), false, variantDay);
    expect(shown.risks?.openRisks).toBe(2);
    expect(shown).not.toHaveProperty('risksLevels');
  });

  it("gives a member and a viewer who sees the whole project the app's figures", () => {
    expect(snapshotForViewer(day(3, ['1']), access({ 1: 'member' }), false, variantDay).risks?.openRisks).toBe(3);
    expect(snapshotForViewer(day(3), new Map(), true, variantDay).risks?.openRisks).toBe(3);
  });

  it('says why instead of figures when the variant is missing, access is unknown, or the day predates levels', () => {
    for (const shown of [
      snapshotForViewer(day(3, ['1', '2']), access({ 1: 'member', 2: 'outside' }), false, variantDay),
      snapshotForViewer(day(3, ['1']), access({ 1: 'unknown' }), false, variantDay),
      snapshotForViewer(day(3), access({}), false, variantDay),
    ]) {
      expect(shown.risks).toBeNull();
      expect(shown.risksProblem).toMatch(/Keel (did not keep|cannot tell|cannot show)/);
    }
  });
});
