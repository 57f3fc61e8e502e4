import { useId, useMemo } from 'react';
import type { ScoredRisk } from '@contract';
import { NO_CATEGORY, NO_OWNER, type RiskFilter } from './risk-filter';

interface RiskFilterBarProps {
  risks: readonly ScoredRisk[];
  filter: RiskFilter;
  onChange: (filter: RiskFilter) => void;
}

const distinct = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The register's filters: status, owner, category, flagged only and a text search. */
export function RiskFilterBar({ risks, filter, onChange }: RiskFilterBarProps) {
  const id = useId();
  const statuses = useMemo(() => distinct(risks.map((r) => r.status)), [risks]);
  const categories = useMemo(() => distinct(risks.flatMap((r) => (r.category === null ? [] : [r.category]))), [risks]);
  const owners = useMemo(() => {
    const byId = new Map<string, string>();
    for (const r of risks) if (r.owner) byId.set(r.owner.accountId, r.owner.displayName);
    return [...byId.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [risks]);
  const set = <K extends keyof RiskFilter>(key: K, value: RiskFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <fieldset className="keel-filters" data-testid="risk-filters">
      <legend className="keel-visually-hidden">Filter the register</legend>
      <label htmlFor={`${id}-text`}>Search</label>
      <input id={`${id}-text`} type="search" className="keel-risk-search" placeholder="Key, summary, owner…" value={filter.text} onChange={(e) => set('text', e.target.value)} />
      <label htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={filter.status ?? ''} onChange={(e) => set('status', e.target.value || null)}>
        <option value="">Any status</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-owner`}>Owner</label>
      <select id={`${id}-owner`} value={filter.owner ?? ''} onChange={(e) => set('owner', e.target.value || null)}>
        <option value="">Anyone</option>
        <option value={NO_OWNER}>No owner</option>
        {owners.map(([accountId, name]) => (
          <option key={accountId} value={accountId}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-category`}>Category</label>
      <select id={`${id}-category`} value={filter.category ?? ''} onChange={(e) => set('category', e.target.value || null)}>
        <option value="">Any category</option>
        <option value={NO_CATEGORY}>No category</option>
        {categories.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <label className="keel-check">
        <input type="checkbox" checked={filter.flaggedOnly} onChange={(e) => set('flaggedOnly', e.target.checked)} />
        Flagged only
      </label>
    </fieldset>
  );
}
