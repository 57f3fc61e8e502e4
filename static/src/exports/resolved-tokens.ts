/**
 * Design tokens written into a standalone file (issue #13, exports in dark mode). An exported SVG, PNG or PDF is
 * read without Jira's token definitions, so each design-token reference (`var(--ds-…, fallback)`) in its style text is replaced by the
 * value the theme gives the token when the file is made (getComputedStyle of the page's root, where
 * `view.theme.enable()` defines them), or by its fallback, the light palette, when the page has none.
 * O(length of the text).
 */

/** A token's value by its custom property name ("--ds-text"); '' when the page does not define it. */
export type TokenReader = (name: string) => string;

/** The page's theme now: dark tokens in dark mode, light in light mode, none outside Jira or Confluence. */
export function pageTokens(root: Element = document.documentElement): TokenReader {
  const style = getComputedStyle(root);
  return (name) => style.getPropertyValue(name).trim();
}

/** No theme: every token reads as its fallback, Atlassian's light palette (for paper: see gantt-view.tsx's PDF). */
export const LIGHT_TOKENS: TokenReader = () => '';

/**
 * `text` with each `var(--ds-…, fallback)` replaced by its value. Nested parentheses in a fallback are kept
 * whole; a token without a fallback that the page does not define is left as written.
 * Example: resolveTokens('fill:var(--ds-text, #172b4d)', () => '#b6c2cf') -> 'fill:#b6c2cf';
 * with LIGHT_TOKENS -> 'fill:#172b4d'.
 */
export function resolveTokens(text: string, read: TokenReader): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = text.indexOf('var(--ds-', i);
    if (at < 0) return out + text.slice(i);
    let depth = 0;
    let end = at;
    for (; end < text.length; end += 1) {
      if (text[end] === '(') depth += 1;
      else if (text[end] === ')' && --depth === 0) break;
    }
    if (end >= text.length) return out + text.slice(i);
    const inner = text.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? null : inner.slice(comma + 1).trim();
    out += text.slice(i, at) + (read(name) || fallback || text.slice(at, end + 1));
    i = end + 1;
  }
}
