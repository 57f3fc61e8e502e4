import { useId, useMemo } from 'react';
import type { ScheduleNode } from '@contract';
import { UNASSIGNED, type GraphFilter } from './graph-filter';

interface FilterBarProps {
  nodes: readonly ScheduleNode[];
  filter: GraphFilter;
  onChange: (filter: GraphFilter) => void;
  /** Offer "Include issues without links" (the map); the Gantt shows every issue, linked or not. */
  unlinkedOption?: boolean;
}

const CATEGORIES: { value: ScheduleNode['statusCategory']; label: string }[] = [
  { value: 'todo', label: 'To do' },
  { value: 'inProgress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

/** The map's filters: epic, assignee, status category, critical and near-critical work. */
export function FilterBar({ nodes, filter, onChange, unlinkedOption = true }: FilterBarProps) {
  const id = useId();
  const epics = useMemo(() => [...new Set(nodes.flatMap((n) => (n.parentKey ? [n.parentKey] : [])))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), [nodes]);
  const summaries = useMemo(() => new Map(nodes.map((n) => [n.key, n.summary])), [nodes]);
  const people = useMemo(() => {
    const byId = new Map<string, string>();
    for (const n of nodes) if (n.assignee) byId.set(n.assignee.accountId, n.assignee.displayName);
    return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [nodes]);
  const set = <K extends keyof GraphFilter>(key: K, value: GraphFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <fieldset className="keel-filters">
      <legend className="keel-visually-hidden">Filters</legend>
      <label htmlFor={`${id}-epic`}>Epic</label>
      <select id={`${id}-epic`} value={filter.epic ?? ''} onChange={(e) => set('epic', e.target.value || null)}>
        <option value="">All epics</option>
        {epics.map((key) => (
          <option key={key} value={key}>
            {summaries.has(key) ? `${key}: ${summaries.get(key) ?? ''}` : key}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-assignee`}>Assignee</label>
      <select id={`${id}-assignee`} value={filter.assignee ?? ''} onChange={(e) => set('assignee', e.target.value || null)}>
        <option value="">Everyone</option>
        <option value={UNASSIGNED}>Unassigned</option>
        {people.map(([accountId, name]) => (
          <option key={accountId} value={accountId}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-category`}>Status</label>
      <select
        id={`${id}-category`}
        value={filter.category ?? ''}
        onChange={(e) => set('category', CATEGORIES.find((c) => c.value === e.target.value)?.value ?? null)}
      >
        <option value="">Any status</option>
        {CATEGORIES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <label className="keel-check">
        <input type="checkbox" checked={filter.criticalOnly} onChange={(e) => set('criticalOnly', e.target.checked)} />
        Critical only
      </label>
      <label className="keel-check">
        <input type="checkbox" checked={filter.nearCriticalOnly} onChange={(e) => set('nearCriticalOnly', e.target.checked)} />
        Near-critical and critical only
      </label>
      {unlinkedOption && (
        <label className="keel-check">
          <input type="checkbox" checked={filter.unlinked} onChange={(e) => set('unlinked', e.target.checked)} />
          Include issues without links
        </label>
      )}
    </fieldset>
  );
}
