import { useState } from 'react';
import type { Settings } from '@contract';
import { FieldProblems, problemsAt } from './field-problems';
import { DependencyRow } from './dependency-row';
import { type SectionProps } from './section-props';

type Mapping = Settings['linkMappings'][number];

/** Indexes of the mappings shown as rows, and of those folded away: link types this site lacks, with no problem of their own. */
export function splitMappings(mappings: readonly Mapping[], siteLinkTypes: readonly string[], problems: SectionProps['problems']): { shown: number[]; absent: number[] } {
  const onSite = new Set(siteLinkTypes.map((n) => n.toLowerCase()));
  const shown: number[] = [];
  const absent: number[] = [];
  mappings.forEach((m, i) => {
    const folded = !onSite.has(m.linkType.toLowerCase()) && problemsAt(problems, `linkMappings.${i}`).length === 0;
    (folded ? absent : shown).push(i);
  });
  return { shown, absent };
}

/** Which link types are dependencies, as a table: one row per mapping; mappings for link types the site lacks fold into one line. */
export function DependenciesSection({ settings, update, catalog, problems }: SectionProps) {
  const mappings = settings.linkMappings;
  const [showAbsent, setShowAbsent] = useState(false);
  const { shown, absent } = splitMappings(mappings, catalog.linkTypes.map((t) => t.name), problems);
  const rows = showAbsent ? [...shown, ...absent] : shown;
  const set = (i: number, patch: Partial<Mapping>) => update({ linkMappings: mappings.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const remove = (i: number) => update({ linkMappings: mappings.filter((_, j) => j !== i) });
  return (
    <div className="keel-form-block" data-path="linkMappings">
      <p className="keel-form-row__hint">
        Issues joined by these link types depend on each other. &ldquo;Comes first&rdquo; names, in the link&rsquo;s own words, the issue that must happen first;
        the kind says which ends are tied (FS: the first finishes, then the next starts); the lag is the working days between them (negative: overlap).
      </p>
      <FieldProblems problems={problems.filter((p) => p.path === 'linkMappings')} path="linkMappings" />
      {rows.length > 0 && (
        <div className="keel-deps-scroll">
          <table className="keel-table keel-table--form keel-deps">
            <thead>
              <tr>
                <th scope="col">Link type</th>
                <th scope="col">Comes first</th>
                <th scope="col">Kind</th>
                <th scope="col">Lag (days)</th>
                <th scope="col"><span className="keel-visually-hidden">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((i) => {
                const m = mappings[i];
                return m === undefined ? null : (
                  <DependencyRow key={i} index={i} mapping={m} catalog={catalog} problems={problems} onSite={!absent.includes(i)}
                    onChange={(patch) => set(i, patch)} onRemove={() => remove(i)} />
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {absent.length > 0 && (
        <p className="keel-deps__absent">
          {absent.length} mapping{absent.length === 1 ? '' : 's'} for link types this site does not have{' '}
          <span className="keel-muted">(kept for sites that add them; they read nothing here)</span>{' '}
          <button type="button" className="keel-button--link" aria-expanded={showAbsent} onClick={() => setShowAbsent(!showAbsent)}>
            {showAbsent ? 'hide' : 'show'}
          </button>
        </p>
      )}
      <button type="button" className="keel-button keel-button--subtle"
        onClick={() => update({ linkMappings: [...mappings, { linkType: catalog.linkTypes[0]?.name ?? '', predecessor: 'outward', kind: 'FS', lagDays: 0 }] })}>
        Add a dependency link type
      </button>
    </div>
  );
}
