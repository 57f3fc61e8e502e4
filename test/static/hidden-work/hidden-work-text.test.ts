/** The hidden-work banner's counts (issue #16 item 5): how many, never which, in the words the banner uses. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { HiddenWork } from '../../../src/contract';
import { hiddenWorkCounts } from '../../../static/src/hidden-work/hidden-work-text';

const none: HiddenWork = { issues: 0, links: 0, affectedKeys: [], affectedCount: 0, parentsWithHiddenChildren: 0 };

describe('hiddenWorkCounts', () => {
  it.each([
    [{ issues: 8, links: 9 }, '8 issues and 9 links'],
    [{ issues: 0, links: 1 }, '1 link'],
    [{ issues: null, links: null, parentsWithHiddenChildren: 2 }, 'the children of 2 parents'],
    [{ issues: 1, links: 2, parentsWithHiddenChildren: 1 }, '1 issue, 2 links and the children of 1 parent'],
    [{ issues: null, links: null, affectedKeys: ['PAY-1'], affectedCount: 1 }, 'work linked to your issues'],
  ])('%j reads "%s"', (over, text) => {
    expect(hiddenWorkCounts({ ...none, ...over })).toBe(text);
  });
});
