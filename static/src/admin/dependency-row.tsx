import type { Settings, SettingsCatalog, SettingsProblem } from '@contract';
import { FieldProblems, problemsAt } from './field-problems';
import { SearchPicker } from './search-picker';

type Mapping = Settings['linkMappings'][number];
const KINDS: { value: Mapping['kind']; label: string }[] = [
  { value: 'FS', label: 'FS finish → start' },
  { value: 'SS', label: 'SS start → start' },
  { value: 'FF', label: 'FF finish → finish' },
  { value: 'SF', label: 'SF start → finish' },
];

interface DependencyRowProps {
  index: number;
  mapping: Mapping;
  catalog: SettingsCatalog;
  problems: readonly SettingsProblem[];
  /** False: the site has no link type of this name. */
  onSite: boolean;
  onChange: (patch: Partial<Mapping>) => void;
  onRemove: () => void;
}

/** One dependency link type: the type, which side comes first in its own words, the kind and the lag, each with its problems. */
export function DependencyRow({ index, mapping: m, catalog, problems, onSite, onChange, onRemove }: DependencyRowProps) {
  const path = `linkMappings.${index}`;
  const w = catalog.linkTypes.find((t) => t.name.toLowerCase() === m.linkType.toLowerCase());
  const id = (field: string) => `link-${index}-${field}`;
  const ids = (field: string) => (problemsAt(problems, `${path}.${field}`).length > 0 ? `${id(field)}-problems` : undefined);
  const invalid = (field: string) => problemsAt(problems, `${path}.${field}`).some((p) => p.severity === 'error');
  return (
    <tr className={`keel-dep${onSite ? '' : ' keel-dep--absent'}`} data-path={path}>
      <td>
        <label className="keel-visually-hidden" htmlFor={id('linkType')}>Link type {index + 1}</label>
        <SearchPicker inputId={id('linkType')} describedBy={ids('linkType')} invalid={invalid('linkType')} value={m.linkType} options={catalog.linkTypes.map((t) => ({ value: t.name, label: t.name }))}
          missingLabel={(v) => `${v} (not on this site)`} onChange={(v) => onChange({ linkType: v ?? m.linkType })} />
        <FieldProblems problems={problems.filter((p) => p.path === path)} path={path} />
        <FieldProblems problems={problems} path={`${path}.linkType`} id={`${id('linkType')}-problems`} />
      </td>
      <td>
        <div role="radiogroup" aria-label={`Which issue of a ${m.linkType} link comes first`} aria-describedby={ids('predecessor')} className="keel-dep__sides">
          {(['outward', 'inward'] as const).map((side) => (
            <label key={side} className="keel-check">
              <input type="radio" name={id('predecessor')} value={side} checked={m.predecessor === side} onChange={() => onChange({ predecessor: side })} />
              {w ? <>the one that &ldquo;{w[side]}&rdquo;</> : `the ${side} side`}
            </label>
          ))}
        </div>
        <FieldProblems problems={problems} path={`${path}.predecessor`} id={`${id('predecessor')}-problems`} />
      </td>
      <td>
        <label className="keel-visually-hidden" htmlFor={id('kind')}>Kind of link {m.linkType}</label>
        <select id={id('kind')} className="keel-input" value={m.kind} aria-describedby={ids('kind')}
          onChange={(e) => onChange({ kind: KINDS.find((k) => k.value === e.target.value)?.value ?? 'FS' })}>
          {KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
        <FieldProblems problems={problems} path={`${path}.kind`} id={`${id('kind')}-problems`} />
      </td>
      <td>
        <label className="keel-visually-hidden" htmlFor={id('lagDays')}>Lag of link {m.linkType} in working days</label>
        <input id={id('lagDays')} className="keel-input keel-input--number" type="number" step={1} value={Number.isNaN(m.lagDays) ? '' : m.lagDays}
          aria-describedby={ids('lagDays')} aria-invalid={invalid('lagDays')}
          onChange={(e) => onChange({ lagDays: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
        <FieldProblems problems={problems} path={`${path}.lagDays`} id={`${id('lagDays')}-problems`} />
      </td>
      <td>
        <button type="button" className="keel-button keel-button--subtle keel-dep__remove" aria-label={`Remove ${m.linkType}`} title="Remove" onClick={onRemove}>×</button>
      </td>
    </tr>
  );
}
