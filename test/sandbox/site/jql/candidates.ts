/**
 * The issues a JQL clause can match at most, found without reading every issue: `key in (...)`, `issuekey =`
 * and `id in (...)` name their issues, so they are looked up (permissions.ts `findIssue`); `project = X` and
 * `project in (...)` keep the issues of those projects (by key, id or name, as the clause matches them) when they
 * are at most half the site, one set lookup an issue where the clause's evaluation costs far more: Jira counts a project from its index, and a
 * count of a small project of the generated 57,000-issue site (issue #11) cost the sandbox's CPU a whole scan.
 * An AND is narrowed by any of its terms, an OR only when each of its branches is. Anything else may match any
 * issue: the whole list. The caller still evaluates the clause on each candidate, so a superset is all this
 * promises. O(named values) for named issues, O(issues) for projects, else O(1).
 */
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';
import { findIssue } from '../permissions';
import type { Clause } from './ast';
import { operandItems } from './operand';

const NAMING_FIELDS = new Set(['key', 'issuekey', 'id']);

/** The issues `clause` names, or null when it names none (it may match any issue). */
function named(clause: Clause, state: Snapshot): Set<SnapshotIssue> | null {
  const { issues } = state;
  switch (clause.kind) {
    case 'term': {
      if (clause.field.toLowerCase() === 'project') return ofProjects(clause, state);
      if (!NAMING_FIELDS.has(clause.field.toLowerCase()) || (clause.operator !== '=' && clause.operator !== 'in')) return null;
      const found = new Set<SnapshotIssue>();
      for (const item of operandItems(clause.operand)) {
        if (item.kind !== 'value') return null;
        const issue = findIssue(issues, item.value);
        if (issue) found.add(issue);
      }
      return found;
    }
    case 'and': {
      const narrowed = clause.clauses.map((c) => named(c, state)).filter((s) => s !== null);
      return narrowed.length === 0 ? null : narrowed.reduce((a, b) => (a.size <= b.size ? a : b));
    }
    case 'or': {
      const union = new Set<SnapshotIssue>();
      for (const c of clause.clauses) {
        const branch = named(c, state);
        if (branch === null) return null;
        for (const issue of branch) union.add(issue);
      }
      return union;
    }
    case 'not':
      return null;
  }
}

/**
 * The issues of the projects `project = X` / `project in (...)` names (by key, id or name, any case), or null for
 * any other form, and when they are most of the site (a Set of them costs more than evaluating the clause).
 */
function ofProjects(clause: Extract<Clause, { kind: 'term' }>, state: Snapshot): Set<SnapshotIssue> | null {
  if (clause.operator !== '=' && clause.operator !== 'in') return null;
  const keys = new Set<string>();
  for (const item of operandItems(clause.operand)) {
    if (item.kind !== 'value') return null;
    const value = item.value.toLowerCase();
    keys.add(value.toUpperCase());
    for (const p of state.projects) if ([p.key, p.id, p.name].some((v) => v.toLowerCase() === value)) keys.add(p.key);
  }
  const issues = state.issues.filter((issue) => keys.has(issue.fields.project.key));
  return issues.length > state.issues.length / 2 ? null : new Set(issues);
}

export function candidateIssues(clause: Clause | undefined, state: Snapshot): readonly SnapshotIssue[] {
  const found = clause ? named(clause, state) : null;
  return found === null ? state.issues : [...found];
}
