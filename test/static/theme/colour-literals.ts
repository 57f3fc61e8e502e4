/**
 * Finds colours written outside a design token in Keel's UI sources: a hex, rgb()/hsl() or CSS colour name is
 * allowed only as the fallback of `var(--ds-…, fallback)`, the form Atlassian's tokens take in plain CSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ColourLiteral {
  file: string;
  line: number;
  text: string;
}

const NAMED = [
  'white', 'black', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'gray', 'grey', 'silver', 'navy', 'teal',
  'maroon', 'olive', 'lime', 'aqua', 'fuchsia', 'magenta', 'cyan', 'brown', 'gold', 'indigo', 'violet', 'crimson', 'coral',
  'salmon', 'tomato', 'khaki', 'beige', 'ivory', 'lavender', 'darkred', 'darkgreen', 'darkblue', 'lightgray', 'lightgrey', 'darkgray', 'darkgrey',
];
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;
const NAMED_IN_CSS = new RegExp(`(?:^|[\\s:,(])(${NAMED.join('|')})(?=$|[\\s;,)!])`, 'i');
const NAMED_IN_TSX = new RegExp(`(?:fill|stroke|color|background|stopColor|fillStyle|strokeStyle)\\s*[=:]\\s*[{]?\\s*['"\`](${NAMED.join('|')})['"\`]`, 'i');

/** `var(--ds-name, fallback)` replaced by `var(--ds-name)`, nested parentheses in the fallback included. */
export function withoutTokenFallbacks(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('var(--ds-', i);
    if (at < 0) return out + text.slice(i);
    out += text.slice(i, at);
    let depth = 0;
    let j = at;
    for (; j < text.length; j += 1) {
      if (text[j] === '(') depth += 1;
      else if (text[j] === ')' && --depth === 0) break;
    }
    const inner = text.slice(at + 4, j);
    out += `var(${inner.split(',')[0] ?? ''})`;
    i = j + 1;
  }
  return out;
}

const withoutComments = (text: string, css: boolean): string =>
  // Comments are blanked line by line, so line numbers stay right.
  (css ? text : text.replace(/(^|[^:])\/\/.*$/gm, '$1')).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));

/** The colour literals in one file's text; `css` chooses the CSS rules (colour names in declarations). */
export function colourLiterals(file: string, text: string): ColourLiteral[] {
  const css = file.endsWith('.css');
  const found: ColourLiteral[] = [];
  withoutComments(text, css).split('\n').forEach((raw, index) => {
    const line = withoutTokenFallbacks(raw);
    const declaration = css ? (line.includes(':') ? line.slice(line.indexOf(':')) : '') : line;
    // A CSS selector such as `a:hover` or `[data-color-mode="dark"]` is not a colour.
    const value = css ? declaration.replace(/^[^{]*\{/, '').replace(/\[[^\]]*\]/g, '') : line;
    const hit = HEX.exec(value)?.[0] ?? FUNCTION.exec(value)?.[0] ?? (css ? NAMED_IN_CSS.exec(value)?.[1] : NAMED_IN_TSX.exec(value)?.[1]);
    if (hit !== undefined) found.push({ file, line: index + 1, text: raw.trim() });
  });
  return found;
}

/** Every .css, .ts and .tsx file under `dir`. */
export function uiSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return uiSources(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

export function colourLiteralsUnder(root: string, dir: string): ColourLiteral[] {
  return uiSources(dir).flatMap((path) => colourLiterals(relative(root, path), readFileSync(path, 'utf8')));
}
