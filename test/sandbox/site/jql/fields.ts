/**
 * How JQL reads each field of an issue. Every field yields `values`: one array of identifiers per value
 * (an assignee is matched by account id, name or email; a project by key, id or name), lower-cased, and
 * optionally an `ordinal` for the comparison operators and ORDER BY. An empty list means EMPTY.
 */
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';
import { jiraDateValue } from './dates';

export type FieldKind = 'entity' | 'text' | 'date' | 'key' | 'number';

export interface FieldAccess {
  readonly id: string;
  readonly kind: FieldKind;
  values(issue: SnapshotIssue): string[][];
  ordinal(issue: SnapshotIssue): number | string | undefined;
}

const lower = (values: unknown[]): string[] =>
  values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).toLowerCase());

function identifiers(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return lower([value]);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  return lower([o.id, o.key, o.name, o.value, o.accountId, o.displayName, o.emailAddress]);
}

function valuesOf(raw: unknown): string[][] {
  if (raw === undefined || raw === null || raw === '') return [];
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return list.map(identifiers).filter((ids) => ids.length > 0);
}

function sortText(raw: unknown): string | undefined {
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw).toLowerCase();
  if (raw === null || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  const text = o.displayName ?? o.name ?? o.value ?? o.key;
  return typeof text === 'string' ? text.toLowerCase() : undefined;
}

/** "ABC-12" -> project part and number, for numeric key ordering. */
export function splitKey(key: string): { project: string; number: number } {
  const dash = key.lastIndexOf('-');
  return { project: key.slice(0, dash).toUpperCase(), number: Number(key.slice(dash + 1)) };
}

const fieldAliases: Record<string, string> = {
  issuekey: 'key', type: 'issuetype', createddate: 'created', updateddate: 'updated', due: 'duedate',
  'status category': 'statuscategory', level: 'security',
};

function simple(id: string, kind: FieldKind): FieldAccess {
  return {
    id,
    kind,
    values: (issue) => valuesOf(issue.fields[id]),
    ordinal: (issue) => (kind === 'date' ? jiraDateValue(issue.fields[id]) : sortText(issue.fields[id])),
  };
}

const accessors = new WeakMap<Snapshot, Map<string, FieldAccess>>();

/**
 * The accessor for a JQL field name (case-insensitive; ids, names, aliases and cf[n]), or undefined. Kept per
 * site and name: a search over 50,000 issues asks once per issue and term.
 */
export function fieldAccess(name: string, state: Snapshot): FieldAccess | undefined {
  let known = accessors.get(state);
  if (!known) {
    known = new Map();
    accessors.set(state, known);
  }
  const kept = known.get(name);
  if (kept) return kept;
  const access = newFieldAccess(name, state);
  // An unknown name is not kept: a field created later may take it.
  if (access) known.set(name, access);
  return access;
}

function newFieldAccess(name: string, state: Snapshot): FieldAccess | undefined {
  const lowered = name.toLowerCase();
  const canonical = fieldAliases[lowered] ?? lowered;
  switch (canonical) {
    case 'key':
      return { id: 'key', kind: 'key', values: (i) => [lower([i.key, i.id])], ordinal: (i) => i.key };
    case 'id':
      return { id: 'id', kind: 'number', values: (i) => [[i.id]], ordinal: (i) => Number(i.id) };
    case 'project':
    case 'issuetype':
    case 'status':
    case 'parent':
    case 'assignee':
    case 'reporter':
    case 'priority':
    case 'labels':
      return simple(canonical, 'entity');
    case 'summary':
      return simple('summary', 'text');
    case 'security':
      return { ...simple('security', 'entity'), id: 'level' };
    case 'created':
    case 'updated':
    case 'duedate':
    case 'resolutiondate':
      return simple(canonical, 'date');
    case 'statuscategory':
      return {
        id: 'statusCategory',
        kind: 'entity',
        values: (issue) => {
          const status = state.statuses.find((s) => s.id === issue.fields.status.id);
          return valuesOf(status?.statusCategory ?? issue.fields.status.statusCategory);
        },
        ordinal: (issue) => sortText(issue.fields.status.statusCategory),
      };
  }
  const cf = /^cf\[(\d+)\]$/.exec(lowered);
  const field = state.fields.find((f) => (cf ? f.id === `customfield_${cf[1]}` : f.id.toLowerCase() === lowered || f.name.toLowerCase() === lowered));
  if (!field) return undefined;
  const schemaType = (field.schema as { type?: unknown } | undefined)?.type;
  const kind: FieldKind = schemaType === 'date' || schemaType === 'datetime' ? 'date' : schemaType === 'number' ? 'number' : schemaType === 'string' ? 'text' : 'entity';
  const access = simple(field.id, kind);
  return kind === 'number' ? { ...access, ordinal: (i) => (typeof i.fields[field.id] === 'number' ? (i.fields[field.id] as number) : undefined) } : access;
}
