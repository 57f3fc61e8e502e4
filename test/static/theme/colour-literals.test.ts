/** No colour in Keel's UI is written outside an Atlassian design token's fallback (issue #13, theme). */
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { colourLiterals, colourLiteralsUnder, withoutTokenFallbacks } from './colour-literals';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Standalone image exports that write their own colours into the file (the map's legend, the Gantt's SVG),
 * merged from main after the move to tokens. They still draw the light palette in dark mode; they should read
 * the tokens' computed values as export-image.ts's PNG background does. Listed so nothing else can slip in.
 */
const NOT_YET_MOVED = ['static/src/dependencies/export-image.ts', 'static/src/dependencies/map-legend.tsx', 'static/src/gantt/gantt-export.tsx'];

describe('colour literals in static/src', () => {
  it('are all inside var(--ds-…, fallback), but for the image exports not yet moved', () => {
    const found = colourLiteralsUnder(ROOT, join(ROOT, 'static', 'src'));
    expect(found.filter((l) => !NOT_YET_MOVED.includes(l.file))).toEqual([]);
    // When one of them is moved, take it off the list.
    expect(NOT_YET_MOVED.filter((file) => !found.some((l) => l.file === file))).toEqual([]);
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
