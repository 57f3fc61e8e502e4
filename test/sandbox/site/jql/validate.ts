/**
 * Jira's semantic checks after parsing, returning every problem (Jira lists them all): unknown fields and
 * functions, operators a field does not support, and values that do not exist for the principal (a project
 * they cannot browse reads as "does not exist", as on a real site).
 */
import { knowsSecurityLevel } from '../issue-security';
import { findVisibleIssue, findVisibleProject } from '../permissions';
import type { Clause, JqlQuery, Operand, Operator } from './ast';
import { jqlDateValue } from './dates';
import { jqlFunctions, type JqlEnv } from './env';
import { fieldAccess, type FieldAccess } from './fields';
import { operandItems } from './operand';

const comparisons: Operator[] = ['>', '>=', '<', '<='];
const textOperators: Operator[] = ['~', '!~', 'is', 'is not'];

function operatorProblem(access: FieldAccess, field: string, operator: Operator): string | undefined {
  const supported =
    access.kind === 'text' ? textOperators.includes(operator)
    : operator === '~' || operator === '!~' ? false
    : comparisons.includes(operator) ? access.kind === 'date' || access.kind === 'number' || access.kind === 'key'
    : true;
  return supported ? undefined : `The operator '${operator}' is not supported by the '${field}' field.`;
}

function valueExists(fieldId: string, value: string, env: JqlEnv): boolean {
  const v = value.toLowerCase();
  const named = (items: ReadonlyArray<{ id: string; name: string }>): boolean => items.some((i) => i.id === value || i.name.toLowerCase() === v);
  switch (fieldId) {
    case 'project':
      return findVisibleProject(env.state, env.principal, value) !== undefined || env.state.projects.some((p) => p.name.toLowerCase() === v && findVisibleProject(env.state, env.principal, p.key));
    case 'issuetype':
      return named(env.state.issueTypes);
    case 'status':
      return named(env.state.statuses);
    case 'level':
      return knowsSecurityLevel(env.state, env.principal, value);
    case 'statusCategory':
      return env.state.statuses.some((s) => [String(s.statusCategory.id), s.statusCategory.key, s.statusCategory.name.toLowerCase()].includes(v));
    default:
      return true;
  }
}

function valueProblem(access: FieldAccess, field: string, item: Operand, env: JqlEnv): string | undefined {
  if (item.kind === 'function') {
    return (jqlFunctions as readonly string[]).includes(item.name.toLowerCase()) ? undefined : `Unable to find JQL function '${item.name}(${item.args.join(', ')})'.`;
  }
  if (item.kind !== 'value') return undefined;
  if (access.kind === 'date' && jqlDateValue(item.value, env.now) === undefined) {
    return `Date value '${item.value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
  }
  if (access.kind === 'key' && findVisibleIssue(env.state, env.principal, item.value) === undefined && !/^\d+$/.test(item.value)) {
    return `An issue with key '${item.value}' does not exist for field '${field}'.`;
  }
  if (!valueExists(access.id, item.value, env)) return `The value '${item.value}' does not exist for the field '${field}'.`;
  return undefined;
}

function clauseProblems(clause: Clause, env: JqlEnv): string[] {
  if (clause.kind === 'not') return clauseProblems(clause.clause, env);
  if (clause.kind !== 'term') return clause.clauses.flatMap((c) => clauseProblems(c, env));
  const access = fieldAccess(clause.field, env.state);
  if (!access) return [`Field '${clause.field}' does not exist or you do not have permission to view it.`];
  const operatorIssue = operatorProblem(access, clause.field, clause.operator);
  if (operatorIssue) return [operatorIssue];
  const comparing = comparisons.includes(clause.operator) || clause.operator === '~' || clause.operator === '!~';
  return operandItems(clause.operand)
    .map((item) => (comparing && item.kind === 'value' && access.kind !== 'date' ? undefined : valueProblem(access, clause.field, item, env)))
    .filter((p): p is string => p !== undefined);
}

/** Every semantic problem of a parsed query for this principal; empty when the query can run. */
export function jqlProblems(query: JqlQuery, env: JqlEnv): string[] {
  const whereProblems = query.where ? clauseProblems(query.where, env) : [];
  const orderProblems = query.orderBy
    .filter((term) => fieldAccess(term.field, env.state) === undefined)
    .map((term) => `Field '${term.field}' does not exist or you do not have permission to view it.`);
  return [...whereProblems, ...orderProblems];
}
