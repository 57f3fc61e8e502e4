/** No colour in Keel's UI is written outside an Atlassian design token's fallback (issue #13, theme). */
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { colourLiterals, colourLiteralsUnder, withoutTokenFallbacks } from './colour-literals';

const ROOT = join(__dirname, '..', '..', '..');

describe('colour literals in static/src', () => {
  it('are all inside var(--ds-…, fallback), the image exports included (they resolve the tokens when written)', () => {
    expect(colourLiteralsUnder(ROOT, join(ROOT, 'static', 'src'))).toEqual([]);
  });
});

describe('the colour-literal finder', () => {
  it('allows a token fallback, nested parentheses included', () => {
    expect(withoutTokenFallbacks('a { color: var(--ds-text, #172b4d); border: 1px solid var(--ds-border, rgba(9, 30, 66, 0.14)); }'))
      .toBe('a { color: var(--ds-text); border: 1px solid var(--ds-border); }');
    expect(colourLiterals('a.css', '.x { color: var(--ds-text, #172b4d); }\n.y:hover { background: var(--keel-surface); }')).toEqual([]);
  });

  it('finds hex, functional and named colours in CSS declarations, not in selectors or comments', () => {
    const css = ['.a { color: #fff; }', '.b { fill: rgb(1, 2, 3); }', '.c { border: 1px solid red; }', '.red-note, html[data-color-mode="dark"] { color: inherit; }', '/* #fff white */'].join('\n');
    expect(colourLiterals('x.css', css).map((l) => l.line)).toEqual([1, 2, 3]);
  });

  it('finds colours in TypeScript: hex and rgb strings, named fills', () => {
    const tsx = ["context.fillStyle = '#ffffff';", '<rect fill="white" />', "const s = 'hsl(10 20% 30%)';", "const ok = 'var(--ds-text, #172b4d)';", '// #fff in a comment'].join('\n');
    expect(colourLiterals('x.tsx', tsx).map((l) => l.line)).toEqual([1, 2, 3]);
  });
});
