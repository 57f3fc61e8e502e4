/** Link types as dependencies: direction from the words, kind from the name, ambiguity reported. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { dependencyLinkTypes } from '../../../src/domain/detection/dependency-link-types';
import { kindFromName } from '../../../src/domain/detection/kind-from-name';
import { wordsReading } from '../../../src/domain/detection/link-words';

const type = (name: string, outward: string, inward: string) => ({ id: name, name, outward, inward });
const one = (name: string, outward: string, inward: string) => dependencyLinkTypes([type(name, outward, inward)]);

describe('kindFromName', () => {
  it.each([
    ['Gantt End to Start', 'FS'], ['Gantt Start to Start', 'SS'], ['Gantt End to End', 'FF'], ['Gantt Start to End', 'SF'],
    ['finish-start [GANTT]', 'FS'], ['Gantt: start-finish', 'SF'], ['Finish-to-Start link (WBSGantt)', 'FS'], ['Start-to-Finish link (WBSGantt)', 'SF'],
    ['Blocks', null], ['Dependent', null], ['Issue split', null],
  ])('%s -> %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});

describe('wordsReading', () => {
  it.each([
    ['blocks', 'predecessor'], ['is blocking', 'predecessor'], ['is blocked by', 'successor'], ['depends on', 'successor'],
    ['depends upon', 'successor'], ['is depended on by', 'predecessor'], ['depended on by', 'predecessor'], ['is a precondition for', 'predecessor'],
    ['Precedes', 'predecessor'], ['Preceded By', 'successor'], ['has to be done before', 'predecessor'], ['has to be done after', 'successor'],
    ["Linked one can't start until this issue is done.", 'predecessor'], ["can\u2019t start until the linked issue is done.", 'successor'],
    ['has to be started together with', 'either'], ['relates to', undefined], ['follow up to', undefined],
  ])('%j makes its issue the %s', (words, role) => {
    expect(wordsReading(words)?.role).toBe(role);
  });
});

describe('dependencyLinkTypes', () => {
  it('maps "blocks" with the outward issue first, FS', () => {
    expect(one('Blocker', 'blocks', 'is blocked by').mapped).toEqual([
      { linkType: 'Blocker', id: 'Blocker', outward: 'blocks', inward: 'is blocked by', predecessor: 'outward', kind: 'FS', reason: "outward words 'blocks': the outward issue is the predecessor; FS, the default kind" },
    ]);
  });

  it('maps "depends on" with the inward issue first, and "is depended on by" (Sakai) with the outward issue first', () => {
    expect(one('Depends', 'depends on', 'is depended on by').mapped[0]).toMatchObject({ predecessor: 'inward', kind: 'FS' });
    expect(one('5 - Depend', 'is depended on by', 'depends on').mapped[0]).toMatchObject({ predecessor: 'outward', kind: 'FS' });
  });

  it('reads the inward words when the outward ones say nothing', () => {
    const result = one('Waits', 'waits for', 'is blocked by');
    expect(result.mapped[0]).toMatchObject({ predecessor: 'outward' });
    expect(result.mapped[0]?.reason).toContain("inward words 'is blocked by'");
  });

  it('takes the kind from the name and the Gantt convention when the words read the same both ways', () => {
    expect(one('Gantt End to End', 'has to be finished together with', 'has to be finished together with').mapped[0]).toMatchObject({ predecessor: 'outward', kind: 'FF' });
    expect(one('Gantt: start-finish', 'is triggering', 'is triggered by').mapped[0]).toMatchObject({ predecessor: 'outward', kind: 'SF' });
  });

  it('does not read "is triggering" as a dependency without a Gantt name', () => {
    expect(one('Trigger', 'is triggering', 'is triggered by')).toEqual({ mapped: [], candidates: [] });
  });

  it('lists symmetric or contradictory words as candidates without a suggestion', () => {
    const symmetric = one('Blocked', 'Blocked', 'Blocked');
    expect(symmetric.mapped).toEqual([]);
    expect(symmetric.candidates[0]).toMatchObject({ linkType: 'Blocked', suggested: null });
    const contradictory = one('Odd', 'blocks', 'is depended on by');
    expect(contradictory.candidates[0]?.reason).toContain('both make their own issue the predecessor');
  });

  it('lists loose words as candidates with the mapping they suggest', () => {
    const required = one('Required', 'requires', 'is required by');
    expect(required.mapped).toEqual([]);
    expect(required.candidates[0]).toMatchObject({ suggested: { predecessor: 'inward', kind: 'FS' } });
  });

  it('ignores link types that are not about order', () => {
    expect(dependencyLinkTypes([type('Relates', 'relates to', 'relates to'), type('Cloners', 'clones', 'is cloned by'), type('multi-level hierarchy [GANTT]', 'is parent task of', 'is subtask of')])).toEqual({ mapped: [], candidates: [] });
  });
});
