import type { Settings } from '@contract';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import { SearchPicker } from './search-picker';
import { fieldOptions, missingField, type SectionProps } from './section-props';

type Raci = Settings['raci'];
const ROLES: { slot: 'accountable' | 'consulted' | 'informed'; label: string }[] = [
  { slot: 'accountable', label: 'Accountable (A) field' },
  { slot: 'consulted', label: 'Consulted (C) field' },
  { slot: 'informed', label: 'Informed (I) field' },
];

/** The RACI matrix's rows (epics or a JQL) and the user fields that name each role. */
export function RaciSection({ settings, update, catalog, problems }: SectionProps) {
  const raci = settings.raci;
  const set = (patch: Partial<Raci>) => update({ raci: { ...raci, ...patch } });
  const people = fieldOptions(catalog, ['user', 'array']);
  return (
    <>
      <FormRow label="Deliverables (rows)" path="raci.deliverables" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={raci.deliverables} onChange={(e) => set({ deliverables: e.target.value === 'jql' ? 'jql' : 'epics' })}>
            <option value="epics">The epics in scope</option>
            <option value="jql">The issues in scope matching a JQL</option>
          </select>
        )}
      </FormRow>
      {raci.deliverables === 'jql' && (
        <FormRow label="Deliverables JQL" path="raci.deliverablesJql" problems={problems}>
          {({ inputId, describedBy, invalid }) => (
            <input id={inputId} className="keel-input keel-input--jql" aria-describedby={describedBy} aria-invalid={invalid} value={raci.deliverablesJql} onChange={(e) => set({ deliverablesJql: e.target.value })} />
          )}
        </FormRow>
      )}
      <FormRow label="Responsible (R) field" path="raci.fields.responsible" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={raci.fields.responsible} options={people} missingLabel={missingField(settings)} onChange={(v) => set({ fields: { ...raci.fields, responsible: v ?? 'assignee' } })} />}
      </FormRow>
      {ROLES.map(({ slot, label }) => (
        <FormRow key={slot} label={label} path={`raci.fields.${slot}`} problems={problems}>
          {(ids) => <SearchPicker {...ids} value={raci.fields[slot]} options={people} noneLabel="Found by name" missingLabel={missingField(settings)} onChange={(v) => set({ fields: { ...raci.fields, [slot]: v } })} />}
        </FormRow>
      ))}
      <FormRow label="Most deliverables one person is Accountable for" path="raci.accountableLimit" problems={problems}>
        {(ids) => <NumberInput {...ids} step={1} value={raci.accountableLimit} onChange={(v) => set({ accountableLimit: v ?? Number.NaN })} />}
      </FormRow>
    </>
  );
}
