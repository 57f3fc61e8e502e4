import { useState } from 'react';

export interface PickerOption {
  value: string;
  label: string;
}

interface SearchPickerProps {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  value: string | null;
  options: readonly PickerOption[];
  onChange: (value: string | null) => void;
  /** Offer "none" (a setting that may be left unmapped). */
  noneLabel?: string;
  /** What the current value is called when the site no longer has it. */
  missingLabel?: (value: string) => string;
}

const MAX_SHOWN = 200;

/**
 * A choice by name with search: typing narrows the list, the list shows names (ids only to tell fields of one
 * name apart). A value the site no longer offers stays visible, marked, so the admin sees what to replace.
 */
export function SearchPicker({ inputId, describedBy, invalid, value, options, onChange, noneLabel, missingLabel }: SearchPickerProps) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matching = options.filter((o) => q === '' || o.label.toLowerCase().includes(q) || o.value.toLowerCase().includes(q)).slice(0, MAX_SHOWN);
  const current = value === null ? undefined : options.find((o) => o.value === value);
  const shown = current && !matching.includes(current) ? [current, ...matching] : matching;
  return (
    <div className="keel-picker">
      <input
        type="search"
        className="keel-input keel-picker__search"
        placeholder="Search by name"
        aria-label="Search"
        aria-controls={inputId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        id={inputId}
        className="keel-input keel-picker__select"
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {value !== null && !current && <option value={value}>{missingLabel ? missingLabel(value) : `${value} (not on this site)`}</option>}
        {noneLabel === undefined && value === null && <option value="">Choose…</option>}
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
