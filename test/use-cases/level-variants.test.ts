import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { levelVariants, variantKey } from '../../src/use-cases/level-variants';

describe('levelVariants', () => {
  it.each([
    { levels: [], variants: [] },
    { levels: ['10300'], variants: [[]] },
    { levels: ['2', '1'], variants: [[], ['1'], ['2']] },
    { levels: ['1', '2', '3'], variants: [[], ['1'], ['2'], ['1', '2'], ['3'], ['1', '3'], ['2', '3']] },
    { levels: ['1', '2', '3', '4'], variants: [[]] },
    { levels: ['1', '1'], variants: [[]] },
  ])('keeps $variants for the levels $levels', ({ levels, variants }) => {
    expect(levelVariants(levels)).toEqual(variants);
  });

  it('names a variant by its sorted level ids, or none', () => {
    expect(variantKey([])).toBe('none');
    expect(variantKey(['10301', '10300'])).toBe('10300.10301');
  });
});
