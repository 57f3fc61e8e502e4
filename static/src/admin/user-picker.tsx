import { useEffect, useState } from 'react';
import type { PersonName } from '@contract';
import { callResolver } from '../api/call-resolver';

/** A person found by name through Jira's user search (as the admin), added with `onPick`. */
export function UserPicker({ label, onPick }: { label: string; onPick: (person: PersonName) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonName[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      return undefined;
    }
    let live = true;
    const timer = setTimeout(() => {
      callResolver('users/search', { query: q }).then(
        (result) => live && (setFound(result.users), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <div className="keel-user-picker">
      <input type="search" className="keel-input" aria-label={label} placeholder="Type a name" value={query} onChange={(e) => setQuery(e.target.value)} />
      {error && <p className="keel-field-problem keel-field-problem--error">{error}</p>}
      {found.length > 0 && (
        <ul className="keel-user-picker__results" aria-label="People found">
          {found.map((p) => (
            <li key={p.accountId}>
              <button type="button" className="keel-button keel-button--subtle" onClick={() => (onPick(p), setQuery(''))}>
                {p.displayName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
