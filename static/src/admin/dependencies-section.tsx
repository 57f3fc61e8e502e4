import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { SearchPicker } from './search-picker';
import { linkTypeOptions, type SectionProps } from './section-props';

type Mapping = Settings['linkMappings'][number];
const KINDS: Mapping['kind'][] = ['FS', 'SS', 'FF', 'SF'];

/** Which link types are dependencies, which side comes first (read from the link's own words), the kind and the lag. */
export function DependenciesSection({ settings, update, catalog, problems }: SectionProps) {
  const mappings = settings.linkMappings;
  const options = linkTypeOptions(catalog);
  const set = (i: number, patch: Partial<Mapping>) => update({ linkMappings: mappings.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  const words = (name: string) => catalog.linkTypes.find((t) => t.name === name);
  return (
    <div className="keel-form-block" data-path="linkMappings">
      <ol className="keel-deps">
        {mappings.map((m, i) => {
          const w = words(m.linkType);
          const id = `link-${i}`;
          return (
            <li key={id} className="keel-dep" data-path={`linkMappings.${i}`}>
              <label className="keel-dep__label" htmlFor={id}>Link type</label>
              <SearchPicker inputId={id} describedBy={undefined} invalid={false} value={m.linkType} options={options}
                missingLabel={(v) => `${v} (not on this site)`} onChange={(v) => set(i, { linkType: v ?? m.linkType })} />
              <div className="keel-dep__details">
                <label>
                  Comes first{' '}
                  <select className="keel-input" value={m.predecessor} onChange={(e) => set(i, { predecessor: e.target.value === 'inward' ? 'inward' : 'outward' })}>
                    <option value="outward">The one that &ldquo;{w?.outward ?? 'outward'}&rdquo;</option>
                    <option value="inward">The one that &ldquo;{w?.inward ?? 'inward'}&rdquo;</option>
                  </select>
                </label>
                <label>
                  Kind{' '}
                  <select className="keel-input" value={m.kind} onChange={(e) => set(i, { kind: KINDS.find((k) => k === e.target.value) ?? 'FS' })}>
                    {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
                  </select>
                </label>
                <label>
                  Lag (working days){' '}
                  <input className="keel-input keel-input--number" type="number" step={1} value={Number.isNaN(m.lagDays) ? '' : m.lagDays}
                    onChange={(e) => set(i, { lagDays: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                </label>
                <button type="button" className="keel-button keel-button--subtle" aria-label={`Remove ${m.linkType}`} onClick={() => update({ linkMappings: mappings.filter((_, j) => j !== i) })}>
                  Remove
                </button>
              </div>
              <FieldProblems problems={problems} path={`linkMappings.${i}`} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="keel-button keel-button--subtle"
        onClick={() => update({ linkMappings: [...mappings, { linkType: catalog.linkTypes[0]?.name ?? '', predecessor: 'outward', kind: 'FS', lagDays: 0 }] })}>
        Add a dependency link type
      </button>
    </div>
  );
}
