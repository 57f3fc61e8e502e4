/**
 * JQL written by someone else (a macro's filter, a scope from the settings) combined with Keel's own conditions
 * by tokens, not by concatenation: `(project = PAY) OR (project = WEB)` pasted into `(…) AND issuetype = X`
 * would otherwise escape Keel's parentheses. The tokenizer knows only what confinement needs (Atlassian's JQL
 * grammar: strings in "…" or '…' with backslash escapes, parentheses, words, and the ORDER BY clause); Jira's own
 * parser still judges everything else. One pass over the text: O(n).
 */
import { AppError } from '../../app-error';
import type { ErrorCode } from '../../error-codes';

export type JqlToken =
  | { kind: 'string'; text: string; at: number }
  | { kind: 'open' | 'close'; text: string; at: number }
  | { kind: 'word'; text: string; at: number };

/** Thrown as a message: the tokenizer's callers decide the error code. */
class JqlProblem extends Error {}

const isSpace = (c: string): boolean => /\s/.test(c);
const WORD_END = /[\s"'()]/;

/**
 * The tokens of a JQL text. Operators and commas stay inside words (`a=b` is one word): confinement needs only
 * strings, parentheses and the words ORDER and BY. Throws JqlProblem on a string that is never closed.
 *
 * Example: `summary ~ "a (b" OR x` -> word `summary`, word `~`, string `"a (b"`, word `OR`, word `x`.
 */
export function jqlTokens(jql: string): JqlToken[] {
  const tokens: JqlToken[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql.charAt(i);
    if (isSpace(c)) {
      i += 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < jql.length && jql.charAt(j) !== c) j += jql.charAt(j) === '\\' ? 2 : 1;
      if (j >= jql.length) throw new JqlProblem(`the quote ${c} at character ${i + 1} is never closed`);
      tokens.push({ kind: 'string', text: jql.slice(i, j + 1), at: i });
      i = j + 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c, at: i });
      i += 1;
    } else {
      let j = i;
      while (j < jql.length && !WORD_END.test(jql.charAt(j))) j += 1;
      tokens.push({ kind: 'word', text: jql.slice(i, j), at: i });
      i = j;
    }
  }
  return tokens;
}

/** Where a top-level ORDER BY starts (its character index), or null. */
function orderByAt(tokens: readonly JqlToken[]): { at: number; depth: number } | null {
  let depth = 0;
  for (const [n, t] of tokens.entries()) {
    if (t.kind === 'open') depth += 1;
    else if (t.kind === 'close') depth -= 1;
    else if (t.kind === 'word' && t.text.toLowerCase() === 'order' && tokens[n + 1]?.kind === 'word' && tokens[n + 1]?.text.toLowerCase() === 'by') return { at: t.at, depth };
  }
  return null;
}

/** The problem that keeps `clause` from standing inside parentheses next to other conditions, or null. */
function clauseProblem(clause: string): string | null {
  const tokens = jqlTokens(clause);
  if (tokens.length === 0) return 'it is empty';
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'open') depth += 1;
    if (t.kind === 'close') depth -= 1;
    if (depth < 0) return `the ) at character ${t.at + 1} closes a parenthesis it never opened`;
  }
  if (depth > 0) return `${depth} parenthes${depth === 1 ? 'is is' : 'es are'} opened and never closed`;
  const order = orderByAt(tokens);
  if (order !== null) return `it sorts (ORDER BY at character ${order.at + 1}), and a condition combined with others cannot sort`;
  return null;
}

/**
 * Why `clause` cannot be combined with other conditions (unbalanced parentheses or quotes outside strings, an
 * ORDER BY, nothing at all), in words for its author; null when it can.
 *
 * Examples: `project = PAY) OR (project = WEB` -> "the ) at character 14 closes a parenthesis it never opened";
 * `summary ~ "a (b"` -> null (the parenthesis is inside a string).
 */
export function jqlClauseProblem(clause: string): string | null {
  try {
    return clauseProblem(clause);
  } catch (error) {
    if (error instanceof JqlProblem) return error.message;
    throw error;
  }
}

/**
 * A full query without its ORDER BY (found by tokens, so `summary ~ "order by"` stays whole). An ORDER BY
 * inside parentheses is left for jqlClauseProblem to refuse.
 *
 * Example: `project = PAY ORDER BY rank` -> `project = PAY`.
 */
export function jqlWithoutOrderBy(jql: string): string {
  let tokens: JqlToken[];
  try {
    tokens = jqlTokens(jql);
  } catch (error) {
    if (error instanceof JqlProblem) return jql.trim();
    throw error;
  }
  const order = orderByAt(tokens);
  return order === null || order.depth !== 0 ? jql.trim() : jql.slice(0, order.at).trim();
}

/**
 * `(base) AND (clause)`, after checking that each side is a clause that cannot leave its parentheses. Throws
 * AppError(`code`, a message naming `what` and the problem) otherwise, before anything is sent to Jira.
 *
 * Example: confinedJql('issuetype = "Decision"', 'project = PAY OR project = WEB')
 *   -> `(issuetype = "Decision") AND (project = PAY OR project = WEB)`;
 * confinedJql('issuetype = "Decision"', 'project = PAY) OR (project = WEB') throws.
 */
export function confinedJql(base: string, clause: string, options: { what?: string; code?: ErrorCode } = {}): string {
  const what = options.what ?? 'The JQL';
  for (const side of [base, clause]) {
    const problem = jqlClauseProblem(side);
    if (problem !== null) {
      throw new AppError(options.code ?? 'BAD_REQUEST', `${what} "${side}" cannot be combined with Keel's own conditions: ${problem}.`, { jql: side });
    }
  }
  return `(${base.trim()}) AND (${clause.trim()})`;
}
