import { useState, type ReactNode } from 'react';
import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { SearchPicker } from './search-picker';
import { issueTypeOptions, type SectionProps } from './section-props';

type Targets = Settings['targets'];
type Launch = Targets['launch'];

const SOURCES: { value: Launch['source']; label: string }[] = [
  { value: 'version', label: "A version's release date" },
  { value: 'issue', label: "An issue's due date" },
  { value: 'date', label: 'A date typed here' },
  { value: 'none', label: 'No launch date' },
];

/** A list of names as chips with a way to add one (free text, or picked from the site's issue types). */
function NameChips({ label, names, onChange, picker }: { label: string; names: readonly string[]; onChange: (names: string[]) => void; picker?: ReactNode }) {
  const [typed, setTyped] = useState('');
  const add = () => {
    const name = typed.trim();
    if (name !== '' && !names.some((n) => n.toLowerCase() === name.toLowerCase())) onChange([...names, name]);
    setTyped('');
  };
  return (
    <>
      <ul className="keel-chips" aria-label={label}>
        {names.map((name) => (
          <li key={name} className="keel-chip">
            {name}
            <button type="button" className="keel-chip__remove" aria-label={`Remove ${name}`} onClick={() => onChange(names.filter((n) => n !== name))}>×</button>
          </li>
        ))}
      </ul>
      {picker ?? (
        <span className="keel-targets__add">
          <input className="keel-input" aria-label={`Add to ${label.toLowerCase()}`} value={typed} onChange={(e) => setTyped(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
          <button type="button" className="keel-button" onClick={add}>Add</button>
        </span>
      )}
    </>
  );
}

/**
 * Targets (issue 16, item 1): where the launch date comes from, and which issues are milestones. The live preview
 * shows the launch date and the milestones a draft finds on a project before anything is saved.
 */
export function TargetsSection({ settings, update, catalog, problems }: SectionProps) {
  const t = settings.targets;
  const setLaunch = (patch: Partial<Launch>) => update({ targets: { ...t, launch: { ...t.launch, ...patch } } });
  const setMilestones = (patch: Partial<Targets['milestones']>) => update({ targets: { ...t, milestones: { ...t.milestones, ...patch } } });
  const types = issueTypeOptions(catalog);
  return (
    <>
      <FormRow label="Launch date from" path="targets.launch.source" problems={problems} hint={'"Late" and "on track" are measured against it, on the Overview, on every tab and in the Keel status macro.'}>
        {(ids) => (
          <select id={ids.inputId} className="keel-input" aria-describedby={ids.describedBy} value={t.launch.source} onChange={(e) => setLaunch({ source: SOURCES.find((s) => s.value === e.target.value)?.value ?? 'version' })}>
            {SOURCES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        )}
      </FormRow>
      {/* Every source's field is on the page (a setting is never hidden); only the chosen source's is used and editable. */}
      <FormRow label="Version" path="targets.launch.version" problems={problems} hint="Left empty: the project's next unreleased version with a release date. A per-project setting names one version.">
        {(ids) => <input id={ids.inputId} className="keel-input" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} value={t.launch.version ?? ''} placeholder="The next release" disabled={t.launch.source !== 'version'} onChange={(e) => setLaunch({ version: e.target.value.trim() === '' ? null : e.target.value })} />}
      </FormRow>
      <FormRow label="Launch issue" path="targets.launch.issueKey" problems={problems} hint="Its due date is the launch date, e.g. the go-live ticket PAY-150.">
        {(ids) => <input id={ids.inputId} className="keel-input" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} value={t.launch.issueKey ?? ''} placeholder="PAY-150" disabled={t.launch.source !== 'issue'} onChange={(e) => setLaunch({ issueKey: e.target.value.trim() === '' ? null : e.target.value.trim().toUpperCase() })} />}
      </FormRow>
      <FormRow label="Launch date" path="targets.launch.date" problems={problems}>
        {(ids) => <input id={ids.inputId} type="date" className="keel-input" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} value={t.launch.date ?? ''} disabled={t.launch.source !== 'date'} onChange={(e) => setLaunch({ date: e.target.value === '' ? null : e.target.value })} />}
      </FormRow>
      <div className="keel-form-row" data-path="targets.milestones.issueTypes">
        <span className="keel-form-row__label">Milestone issue types</span>
        <div className="keel-form-row__control">
          <p className="keel-form-row__hint">Issues of these types that take no time are milestones: their schedule dates are shown against their due dates.</p>
          <NameChips label="Milestone issue types" names={t.milestones.issueTypes} onChange={(issueTypes) => setMilestones({ issueTypes })}
            picker={<SearchPicker inputId="targets-milestone-types" describedBy={undefined} invalid={false} value={null} options={types} noneLabel="Add a milestone issue type…"
              onChange={(v) => v !== null && !t.milestones.issueTypes.some((n) => n.toLowerCase() === v.toLowerCase()) && setMilestones({ issueTypes: [...t.milestones.issueTypes, v] })} />} />
          <FieldProblems problems={problems} path="targets.milestones.issueTypes" />
        </div>
      </div>
      <div className="keel-form-row" data-path="targets.milestones.labels">
        <span className="keel-form-row__label">Milestone labels</span>
        <div className="keel-form-row__control">
          <NameChips label="Milestone labels" names={t.milestones.labels} onChange={(labels) => setMilestones({ labels })} />
          <FieldProblems problems={problems} path="targets.milestones.labels" />
        </div>
      </div>
    </>
  );
}
