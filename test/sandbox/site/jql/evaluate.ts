/**
 * Evaluates a validated JQL clause against one issue. Follows Jira's semantics for negation: `!=` and
 * `NOT IN` never match an issue whose field is EMPTY (`assignee != x` leaves unassigned issues out).
 * O(clauses x values) per issue.
 */
import type { SnapshotIssue } from '../../snapshot-schema';
import type { Clause, Operand, Operator } from './ast';
import type { JqlEnv } from './env';
import { fieldAccess, splitKey, type FieldAccess } from './fields';
import { operandIdentifiers, operandInstant, operandItems } from './operand';

function matchesItem(access: FieldAccess, issue: SnapshotIssue, item: Operand, env: JqlEnv): boolean {
  const values = access.values(issue);
  if (item.kind === 'empty') return values.length === 0;
  if (access.kind === 'date') {
    const instant = operandInstant(item, env);
    return instant !== undefined && access.ordinal(issue) === instant;
  }
  const wanted = operandIdentifiers(item, env);
  return values.some((ids) => ids.some((id) => wanted.includes(id)));
}

const valueSets = new WeakMap<Operand, Set<string> | null>();

/** The lower-cased values of an operand made only of values (no EMPTY, no function), else null; kept per operand. */
function valueSet(operand: Operand): Set<string> | null {
  const known = valueSets.get(operand);
  if (known !== undefined) return known;
  const items = operandItems(operand);
  const set = items.every((item) => item.kind === 'value') ? new Set(items.map((item) => (item.kind === 'value' ? item.value.toLowerCase() : ''))) : null;
  valueSets.set(operand, set);
  return set;
}

function compare(access: FieldAccess, issue: SnapshotIssue, item: Operand, env: JqlEnv): number | undefined {
  const own = access.ordinal(issue);
  if (own === undefined) return undefined;
  if (access.kind === 'key' && typeof own === 'string' && item.kind === 'value') {
    const a = splitKey(own);
    const b = splitKey(item.value);
    return a.project === b.project ? a.number - b.number : undefined;
  }
  const other = access.kind === 'date' ? operandInstant(item, env) : item.kind === 'value' ? Number(item.value) : undefined;
  if (other === undefined || Number.isNaN(other) || typeof own !== 'number') return undefined;
  return own - other;
}

function containsText(access: FieldAccess, issue: SnapshotIssue, item: Operand): boolean {
  if (item.kind !== 'value') return false;
  const text = access.values(issue).flat().join(' ');
  const words = item.value.toLowerCase().replace(/[*?]/g, '').split(/\s+/).filter((w) => w !== '');
  return words.every((word) => text.includes(word));
}

/** Whether any of the issue's values is one of the operand's. */
function anyMatches(access: FieldAccess, values: string[][], issue: SnapshotIssue, operand: Operand, env: JqlEnv): boolean {
  // `key in (...)` of 100 keys over a large site: one set lookup per value, not one scan of the list.
  const wanted = access.kind === 'date' ? null : valueSet(operand);
  if (wanted) return values.some((ids) => ids.some((id) => wanted.has(id)));
  return operandItems(operand).some((item) => matchesItem(access, issue, item, env));
}

function evaluateTerm(field: string, operator: Operator, operand: Operand, issue: SnapshotIssue, env: JqlEnv): boolean {
  const access = fieldAccess(field, env.state);
  if (!access) return false;
  const items = operandItems(operand);
  const values = access.values(issue);
  const isEmpty = values.length === 0;
  switch (operator) {
    case '=':
    case 'in':
    case 'is':
      return anyMatches(access, values, issue, operand, env);
    case '!=':
    case 'not in':
    case 'is not':
      return operand.kind === 'empty' ? !isEmpty : !isEmpty && !anyMatches(access, values, issue, operand, env);
    case '~':
      return items.some((item) => containsText(access, issue, item));
    case '!~':
      return !isEmpty && !items.some((item) => containsText(access, issue, item));
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const difference = items[0] ? compare(access, issue, items[0], env) : undefined;
      if (difference === undefined) return false;
      return operator === '>' ? difference > 0 : operator === '>=' ? difference >= 0 : operator === '<' ? difference < 0 : difference <= 0;
    }
  }
}

export function matchesClause(clause: Clause, issue: SnapshotIssue, env: JqlEnv): boolean {
  switch (clause.kind) {
    case 'and':
      return clause.clauses.every((c) => matchesClause(c, issue, env));
    case 'or':
      return clause.clauses.some((c) => matchesClause(c, issue, env));
    case 'not':
      return !matchesClause(clause.clause, issue, env);
    case 'term':
      return evaluateTerm(clause.field, clause.operator, clause.operand, issue, env);
  }
}
