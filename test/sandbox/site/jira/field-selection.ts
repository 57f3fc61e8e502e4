/**
 * Jira's `fields` parameter: a list of field ids with `*all` (every field), `*navigable` (fields shown in the
 * issue navigator) and `-id` (leave out). With `fieldsByKeys`, entries name fields by key instead of id.
 * `id` and `key` are issue properties, not fields. Example: ["*navigable", "-description"].
 */
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';

export interface FieldSelection {
  readonly all: boolean;
  readonly navigable: boolean;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
  readonly wantsKey: boolean;
}

export function fieldSelection(requested: readonly string[] | undefined, defaults: readonly string[], state: Snapshot, fieldsByKeys = false): FieldSelection {
  const entries = requested && requested.length > 0 ? requested : defaults;
  const toId = (entry: string): string => (fieldsByKeys ? (state.fields.find((f) => f.key === entry)?.id ?? entry) : entry);
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const entry of entries) {
    if (entry.startsWith('-')) exclude.add(toId(entry.slice(1)));
    else if (!entry.startsWith('*')) include.add(toId(entry));
  }
  return {
    all: entries.includes('*all'),
    navigable: entries.includes('*navigable'),
    include,
    exclude,
    wantsKey: include.has('key'),
  };
}

/** True when nothing but `id` (and perhaps `key`) is asked for: search then allows 5000 results a page. */
export function onlyIdentifiers(selection: FieldSelection): boolean {
  return !selection.all && !selection.navigable && [...selection.include].every((f) => f === 'id' || f === 'key');
}

/** The field ids to return for one issue, in the issue's own order. */
export function selectedFieldIds(selection: FieldSelection, issue: SnapshotIssue, state: Snapshot): string[] {
  const onIssue = Object.keys(issue.fields);
  const navigable = (id: string): boolean => state.fields.find((f) => f.id === id)?.navigable !== false;
  const base = selection.all ? onIssue : selection.navigable ? onIssue.filter(navigable) : [];
  const known = (id: string): boolean => id in issue.fields || state.fields.some((f) => f.id === id);
  const extra = [...selection.include].filter((id) => id !== 'id' && id !== 'key' && !base.includes(id) && known(id));
  return [...base, ...extra].filter((id) => !selection.exclude.has(id));
}
