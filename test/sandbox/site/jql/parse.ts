/**
 * Recursive-descent JQL parser. Grammar (precedence NOT > AND > OR, as in Jira):
 *   query  := or? ("ORDER" "BY" field ("ASC"|"DESC")? ("," ...)*)?
 *   or     := and ("OR" and)* ;  and := not ("AND" not)* ;  not := "NOT" not | "(" or ")" | term
 *   term   := field op operand ; operand := value | function "(" args ")" | "(" operand, ... ")" | EMPTY
 * Error messages follow Jira's "Error in the JQL Query: ..." wording (the caller adds the prefix).
 */
import type { Clause, JqlQuery, Operand, Operator, OrderTerm } from './ast';
import { JqlSyntaxError, tokenize, type Token } from './tokenize';

const reserved = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by', 'empty', 'null']);
const validOperators =
  "Valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }
  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }
  private isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && token.text.toLowerCase() === text;
  }
  private fail(expecting: string, token: Token = this.peek(), suffix = ''): never {
    const got = token.kind === 'end' ? 'but reached the end of the query.' : `but got '${token.text}'.`;
    throw new JqlSyntaxError(`${expecting} ${got}${suffix}`, token.position);
  }

  query(): JqlQuery {
    const where = this.peek().kind === 'end' || this.isWord('order') ? undefined : this.or();
    const orderBy = this.isWord('order') ? this.orderBy() : [];
    if (this.peek().kind !== 'end') this.fail(orderBy.length > 0 ? "Expecting ',' or the end of the query" : "Expecting either 'OR' or 'AND'");
    return { where, orderBy };
  }

  private orderBy(): OrderTerm[] {
    this.next();
    if (!this.isWord('by')) this.fail("Expecting 'by'");
    this.next();
    const terms: OrderTerm[] = [];
    do {
      if (terms.length > 0) this.next();
      const field = this.fieldName();
      const direction = this.isWord('asc') ? 'asc' : this.isWord('desc') ? 'desc' : undefined;
      if (direction) this.next();
      terms.push({ field, direction });
    } while (this.peek().kind === 'punct' && this.peek().text === ',');
    return terms;
  }

  private or(): Clause {
    const clauses = [this.and()];
    while (this.isWord('or')) {
      this.next();
      clauses.push(this.and());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'or', clauses };
  }

  private and(): Clause {
    const clauses = [this.not()];
    while (this.isWord('and')) {
      this.next();
      clauses.push(this.not());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'and', clauses };
  }

  private not(): Clause {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', clause: this.not() };
    }
    const token = this.peek();
    if (token.kind === 'punct' && token.text === '(') {
      this.next();
      const inner = this.or();
      const close = this.next();
      if (close.kind !== 'punct' || close.text !== ')') this.fail("Expecting ')'", close);
      return inner;
    }
    return this.term();
  }

  private fieldName(): string {
    const token = this.peek();
    if ((token.kind === 'word' && !reserved.has(token.text.toLowerCase())) || token.kind === 'string') {
      this.next();
      return token.text;
    }
    return this.fail('Expecting a field name');
  }

  private term(): Clause {
    const field = this.fieldName();
    const operator = this.operator();
    const operand = operator === 'is' || operator === 'is not' ? this.emptyOperand() : this.operand(operator === 'in' || operator === 'not in');
    return { kind: 'term', field, operator, operand };
  }

  private operator(): Operator {
    const token = this.peek();
    if (token.kind === 'operator') {
      this.next();
      return token.text as Operator;
    }
    if (this.isWord('in')) return this.next(), 'in';
    if (this.isWord('not') && this.isWord('in', 1)) return this.next(), this.next(), 'not in';
    if (this.isWord('is') && this.isWord('not', 1)) return this.next(), this.next(), 'is not';
    if (this.isWord('is')) return this.next(), 'is';
    return this.fail('Expecting operator', token, ` ${validOperators}`);
  }

  private emptyOperand(): Operand {
    if (this.isWord('empty') || this.isWord('null')) return this.next(), { kind: 'empty' };
    return this.fail("Expecting 'EMPTY'");
  }

  private operand(list: boolean): Operand {
    const token = this.peek();
    if (token.kind === 'punct' && token.text === '(') {
      this.next();
      const values: Operand[] = [this.operand(false)];
      while (this.peek().kind === 'punct' && this.peek().text === ',') {
        this.next();
        values.push(this.operand(false));
      }
      const close = this.next();
      if (close.kind !== 'punct' || close.text !== ')') this.fail("Expecting ')' or ','", close);
      return { kind: 'list', values };
    }
    if (list) return this.fail("Expecting '('");
    if (token.kind === 'string') return this.next(), { kind: 'value', value: token.text };
    if (token.kind !== 'word') return this.fail('Expecting either a value, list or function');
    if (this.isWord('empty') || this.isWord('null')) return this.next(), { kind: 'empty' };
    if (reserved.has(token.text.toLowerCase())) return this.fail('Expecting either a value, list or function');
    this.next();
    const open = this.peek();
    if (open.kind === 'punct' && open.text === '(') return this.functionCall(token.text);
    return { kind: 'value', value: token.text };
  }

  private functionCall(name: string): Operand {
    this.next();
    const args: string[] = [];
    while (!(this.peek().kind === 'punct' && this.peek().text === ')')) {
      const arg = this.next();
      if (arg.kind !== 'word' && arg.kind !== 'string') this.fail("Expecting ')'", arg);
      args.push(arg.text);
      if (this.peek().kind === 'punct' && this.peek().text === ',') this.next();
    }
    this.next();
    return { kind: 'function', name, args };
  }
}

/** Parses JQL; throws JqlSyntaxError with Jira's message when the query is not valid JQL. */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).query();
}

export { JqlSyntaxError };
