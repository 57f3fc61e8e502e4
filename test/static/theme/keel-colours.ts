/**
 * Keel's colours as a theme resolves them: `--keel-*` from static/src/styles/tokens.css, each `var(--ds-…,
 * fallback)`, resolved to the fallback (light, no theme) or to the sandbox's design token values (light, dark).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESIGN_TOKENS, type ColorMode } from '../../sandbox/host/design-tokens';

const TOKENS_CSS = join(__dirname, '..', '..', '..', 'static', 'src', 'styles', 'tokens.css');

export interface KeelColour {
  token: string;
  fallback: string;
}

/** `--keel-name` → its design token and fallback. */
export function keelColours(css = readFileSync(TOKENS_CSS, 'utf8')): Map<string, KeelColour> {
  const colours = new Map<string, KeelColour>();
  for (const match of css.matchAll(/--keel-([a-z0-9-]+):\s*var\(--ds-([a-z0-9-]+),\s*(#[0-9a-f]{3,8})\);/gi)) {
    colours.set(match[1] ?? '', { token: match[2] ?? '', fallback: (match[3] ?? '').toLowerCase() });
  }
  return colours;
}

/** The hex value of `--keel-name` in `mode` (`fallback`: no theme enabled). */
export function keelColour(name: string, mode: ColorMode | 'fallback'): string {
  const colour = keelColours().get(name);
  if (!colour) throw new Error(`tokens.css defines no --keel-${name}`);
  if (mode === 'fallback') return colour.fallback;
  const values = DESIGN_TOKENS[colour.token];
  if (!values) throw new Error(`The sandbox defines no --ds-${colour.token}`);
  return mode === 'light' ? values[0] : values[1];
}
