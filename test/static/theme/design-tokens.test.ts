/**
 * The sandbox defines every design token Keel uses, with the same light value as Keel's fallback, so the
 * sandbox's dark theme leaves no colour behind and its light theme looks like the unthemed app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { DESIGN_TOKENS, designTokenCss } from '../../sandbox/host/design-tokens';
import { uiSources } from './colour-literals';

const STATIC = join(__dirname, '..', '..', '..', 'static', 'src');

function tokenUses(): { token: string; fallback: string; file: string }[] {
  return uiSources(STATIC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/var\(--ds-([a-z0-9-]+)(?:,\s*([^)]*))?\)/g)].map((m) => ({ token: m[1] ?? '', fallback: (m[2] ?? '').trim().toLowerCase(), file })),
  );
}

describe('design tokens', () => {
  it('used by static/src are all defined by the sandbox (so its dark theme leaves none behind)', () => {
    const uses = tokenUses();
    expect(uses.length).toBeGreaterThan(40);
    expect([...new Set(uses.filter(({ token }) => DESIGN_TOKENS[token] === undefined).map((u) => u.token))]).toEqual([]);
  });

  it('of tokens.css have their fallback as the sandbox\'s light value', () => {
    const wrong = tokenUses()
      .filter((u) => u.file.endsWith('tokens.css') && DESIGN_TOKENS[u.token]?.[0] !== u.fallback)
      .map((u) => `${u.token} (${u.fallback || 'no fallback'})`);
    expect(wrong).toEqual([]);
  });

  it('make a stylesheet scoped like @atlaskit/tokens\' themes', () => {
    const dark = designTokenCss('dark');
    expect(dark.startsWith('html[data-color-mode="dark"][data-theme~="dark:dark"] {')).toBe(true);
    expect(dark).toContain('  --ds-surface: #1d2125;');
    expect(designTokenCss('light')).toContain('  --ds-text: #172b4d;');
  });
});
