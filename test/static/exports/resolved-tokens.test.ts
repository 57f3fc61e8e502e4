/** Exports written in the theme's resolved token values (#13): every `var(--ds-…)` replaced, fallbacks when undefined. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { LIGHT_TOKENS, resolveTokens } from '../../../static/src/exports/resolved-tokens';

const dark: Record<string, string> = { '--ds-text': '#b6c2cf', '--ds-surface': '#1d2125' };
const darkTokens = (name: string) => dark[name] ?? '';

describe('resolveTokens', () => {
  it('writes the theme\'s value of each token, and the fallback of one the page does not define', () => {
    const css = 'text{fill:var(--ds-text, #172b4d)} rect{fill:var(--ds-surface, #ffffff);stroke:var(--ds-border, #dfe1e6)}';
    expect(resolveTokens(css, darkTokens)).toBe('text{fill:#b6c2cf} rect{fill:#1d2125;stroke:#dfe1e6}');
  });

  it('writes the light palette (the fallbacks) for paper', () => {
    expect(resolveTokens('fill:var(--ds-text, #172b4d);stroke:var(--ds-border, rgba(9, 30, 66, 0.14))', LIGHT_TOKENS)).toBe('fill:#172b4d;stroke:rgba(9, 30, 66, 0.14)');
  });

  it('leaves other text, other variables, a token without fallback it cannot resolve and an unclosed var( as written', () => {
    expect(resolveTokens('a{stroke-width:2} b{fill:var(--keel-edge)} c{fill:var(--ds-link)}', LIGHT_TOKENS)).toBe('a{stroke-width:2} b{fill:var(--keel-edge)} c{fill:var(--ds-link)}');
    expect(resolveTokens('c{fill:var(--ds-text)}', darkTokens)).toBe('c{fill:#b6c2cf}');
    expect(resolveTokens('c{fill:var(--ds-text, #172b4d', darkTokens)).toBe('c{fill:var(--ds-text, #172b4d');
  });
});
