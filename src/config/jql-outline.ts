/**
 * The outline of a JQL query that Keel combines with its own clauses: its condition, its `ORDER BY` (Jira
 * refuses `(a ORDER BY b) AND c`), and whether it can be put inside parentheses without changing what the
 * rest of the query means. One left-to-right scan that skips quoted strings ("..." or '...', backslash
 * escapes); O(n) in the query's length. It checks structure only: Jira's own parser checks the rest.
 *
 * Examples:
 * - `project = PAY ORDER BY Rank` -> condition `project = PAY`, orderBy `Rank`, no problem
 * - `summary ~ "order by"` -> condition unchanged, orderBy null (the words are inside a string)
 * - `x) OR (project = SEC` -> a problem: a `)` closes a parenthesis the query never opened, so
 *   `project = KEY AND (x) OR (project = SEC)` would read another project
 */

export interface JqlOutline {
  /** The query without its ORDER BY clause, trimmed. */
  condition: string;
  /** What follows `ORDER BY`, or null when there is none. */
  orderBy: string | null;
  /** Why the query cannot be enclosed in parentheses safely, or null when it can. */
  problem: string | null;
}

const ORDER_BY = /^order\s+by\b/i;

export function jqlOutline(jql: string): JqlOutline {
  let depth = 0;
  let quote: string | null = null;
  let problem: string | null = null;
  for (let i = 0; i < jql.length; i++) {
    const c = jql[i] ?? '';
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) {
      problem ??= `a ")" at character ${i + 1} closes a parenthesis the query never opened`;
      depth = 0;
    } else if (depth === 0 && /\s|\)/.test(jql[i - 1] ?? ' ') && ORDER_BY.test(jql.slice(i))) {
      const orderBy = jql.slice(i).replace(ORDER_BY, '').trim();
      return { condition: jql.slice(0, i).trim(), orderBy, problem: problem ?? closingProblem(depth, null) };
    }
  }
  return { condition: jql.trim(), orderBy: null, problem: problem ?? closingProblem(depth, quote) };
}

function closingProblem(depth: number, quote: string | null): string | null {
  if (quote !== null) return `a string opened with ${quote} is never closed`;
  if (depth > 0) return `${depth} "(" ${depth === 1 ? 'is' : 'are'} never closed`;
  return null;
}
