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
      <table className="keel-table keel-table--form">
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
          {mappings.map((m, i) => {
            const w = words(m.linkType);
            const id = `link-${i}`;
            return (
              <tr key={id} data-path={`linkMappings.${i}`}>
                <td>
                  <SearchPicker inputId={id} describedBy={undefined} invalid={false} value={m.linkType} options={options}
                    missingLabel={(v) => `${v} (not on this site)`} onChange={(v) => set(i, { linkType: v ?? m.linkType })} />
                  <FieldProblems problems={problems} path={`linkMappings.${i}`} />
                </td>
                <td>
                  <select className="keel-input" aria-label={`Which issue of ${m.linkType} comes first`} value={m.predecessor}
                    onChange={(e) => set(i, { predecessor: e.target.value === 'inward' ? 'inward' : 'outward' })}>
                    <option value="outward">A, in "A {w?.outward ?? 'outward'} B"</option>
                    <option value="inward">B, in "A {w?.outward ?? 'outward'} B"</option>
                  </select>
                </td>
                <td>
                  <select className="keel-input" aria-label={`Kind of ${m.linkType}`} value={m.kind} onChange={(e) => set(i, { kind: KINDS.find((k) => k === e.target.value) ?? 'FS' })}>
                    {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
                  </select>
                </td>
                <td>
                  <input className="keel-input keel-input--number" type="number" step={1} aria-label={`Lag of ${m.linkType}`} value={Number.isNaN(m.lagDays) ? '' : m.lagDays}
                    onChange={(e) => set(i, { lagDays: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                </td>
                <td>
                  <button type="button" className="keel-button keel-button--subtle" aria-label={`Remove ${m.linkType}`} onClick={() => update({ linkMappings: mappings.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="keel-button keel-button--subtle"
        onClick={() => update({ linkMappings: [...mappings, { linkType: catalog.linkTypes[0]?.name ?? '', predecessor: 'outward', kind: 'FS', lagDays: 0 }] })}>
        Add a dependency link type
      </button>
    </div>
  );
}
