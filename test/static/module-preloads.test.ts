/** The Custom UI's index.html preloads the chunks main.js imports (static/module-preloads.ts, issue #11). */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { staticImportsOf, withModulePreloads, type ChunkImports } from '../../static/module-preloads';

const INDEX = '<html>\n  <head>\n    <link rel="stylesheet" href="./main.css" />\n  </head>\n  <body><script type="module" src="./main.js"></script></body>\n</html>';

// main.js imports a and b; b imports c (shared with the view); the view is a dynamic import, loaded when chosen.
const OUTPUTS: ChunkImports = {
  'main.js': [
    { path: 'chunks/a.js', kind: 'import-statement' },
    { path: 'chunks/b.js', kind: 'import-statement' },
    { path: 'chunks/view.js', kind: 'dynamic-import' },
  ],
  'chunks/b.js': [{ path: 'chunks/c.js', kind: 'import-statement' }, { path: 'chunks/a.js', kind: 'import-statement' }],
  'chunks/view.js': [{ path: 'chunks/c.js', kind: 'import-statement' }, { path: 'chunks/d.js', kind: 'import-statement' }],
};

describe('module preloads', () => {
  it('lists the chunks main.js imports, through other chunks too, once each, and not the views it imports when chosen', () => {
    expect(staticImportsOf(OUTPUTS, 'main.js')).toEqual(['chunks/a.js', 'chunks/b.js', 'chunks/c.js']);
    expect(staticImportsOf({ 'main.js': [] }, 'main.js')).toEqual([]);
  });

  it('links them at the end of the head, before the script that needs them', () => {
    const html = withModulePreloads(INDEX, OUTPUTS, 'main.js');
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>/g)].map((m) => m[1]);
    expect(links).toEqual(['./chunks/a.js', './chunks/b.js', './chunks/c.js']);
    expect(html.indexOf('modulepreload')).toBeGreaterThan(html.indexOf('main.css'));
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves a page with nothing to preload as it was', () => {
    expect(withModulePreloads(INDEX, { 'main.js': [] }, 'main.js')).toBe(INDEX);
  });
});
