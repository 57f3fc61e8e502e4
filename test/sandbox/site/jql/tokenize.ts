/**
 * JQL tokenizer: words (unquoted values, field names, keywords), quoted strings ('...' or "..." with
 * backslash escapes), operators (= != > >= < <= ~ !~), parentheses and commas. O(n) in the query length.
 */

export type Token =
  | { kind: 'word'; text: string; position: number }
  | { kind: 'string'; text: string; position: number }
  | { kind: 'operator'; text: string; position: number }
  | { kind: 'punct'; text: '(' | ')' | ','; position: number }
  | { kind: 'end'; text: ''; position: number };

/** A JQL syntax error, with Jira's wording and the 1-based character where it was found. */
export class JqlSyntaxError extends Error {
  constructor(detail: string, readonly position: number) {
    super(`${detail} (line 1, character ${position + 1})`);
  }
}

const operatorChars = new Set(['=', '!', '<', '>', '~']);
const stopChars = new Set([' ', '\t', '\n', '\r', '(', ')', ',', '"', "'", ...operatorChars]);

function readQuoted(jql: string, start: number): { text: string; end: number } {
  const quote = jql[start];
  let text = '';
  let i = start + 1;
  while (i < jql.length && jql[i] !== quote) {
    if (jql[i] === '\\' && i + 1 < jql.length) i++;
    text += jql[i];
    i++;
  }
  if (i >= jql.length) throw new JqlSyntaxError(`The quoted string starting at character ${start + 1} is not terminated.`, start);
  return { text, end: i + 1 };
}

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c, position: i });
      i++;
    } else if (c === '"' || c === "'") {
      const { text, end } = readQuoted(jql, i);
      tokens.push({ kind: 'string', text, position: i });
      i = end;
    } else if (operatorChars.has(c)) {
      const two = jql.slice(i, i + 2);
      const op = ['!=', '>=', '<=', '!~'].includes(two) ? two : c;
      if (op === '!') throw new JqlSyntaxError("Expecting an operator but got '!'.", i);
      tokens.push({ kind: 'operator', text: op, position: i });
      i += op.length;
    } else {
      const start = i;
      while (i < jql.length && !stopChars.has(jql[i] ?? ' ')) i++;
      tokens.push({ kind: 'word', text: jql.slice(start, i), position: start });
    }
  }
  tokens.push({ kind: 'end', text: '', position: jql.length });
  return tokens;
}
