import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { SearchPicker } from './search-picker';
import { fieldOptions, linkTypeOptions, missingField, statusOptions, type SectionProps } from './section-props';

type Decisions = Settings['decisions'];
type StatusKind = keyof Decisions['statusNames'];
const KINDS: { kind: StatusKind; label: string }[] = [
  { kind: 'proposed', label: 'Proposed' },
  { kind: 'decided', label: 'Decided' },
  { kind: 'superseded', label: 'Superseded' },
  { kind: 'rejected', label: 'Rejected' },
];

/** The decision log's sources: status, date and owner fields, which statuses mean what, and the "supersedes" link. */
export function DecisionsSection({ settings, update, catalog, problems }: SectionProps) {
  const d = settings.decisions;
  const set = (patch: Partial<Decisions>) => update({ decisions: { ...d, ...patch } });
  const fields = fieldOptions(catalog);
  const statuses = statusOptions(catalog);
  const setNames = (kind: StatusKind, names: string[]) => set({ statusNames: { ...d.statusNames, [kind]: names } });
  return (
    <>
      <FormRow label="Decision status field" path="decisions.statusField" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={d.statusField} options={fields} noneLabel="The Jira status" missingLabel={missingField(settings)} onChange={(v) => set({ statusField: v })} />}
      </FormRow>
      <FormRow label="Decision date field" path="decisions.dateField" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={d.dateField} options={fieldOptions(catalog, ['date', 'datetime'])} noneLabel="Found by name" missingLabel={missingField(settings)} onChange={(v) => set({ dateField: v })} />}
      </FormRow>
      <FormRow label="Decision owner field" path="decisions.ownerField" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={d.ownerField} options={fieldOptions(catalog, ['user'])} noneLabel="Found by name, else the assignee" missingLabel={missingField(settings)} onChange={(v) => set({ ownerField: v })} />}
      </FormRow>
      <FormRow label="Supersedes link type" path="decisions.supersedesLinkType" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={d.supersedesLinkType} options={linkTypeOptions(catalog)} onChange={(v) => set({ supersedesLinkType: v ?? d.supersedesLinkType })} />}
      </FormRow>
      <FormRow label="Relates link type" path="decisions.relatesLinkType" problems={problems} hint="A decision recorded from the Keel panel is linked by this type to the issues it concerns.">
        {(ids) => <SearchPicker {...ids} value={d.relatesLinkType} options={linkTypeOptions(catalog)} onChange={(v) => set({ relatesLinkType: v ?? d.relatesLinkType })} />}
      </FormRow>
      {KINDS.map(({ kind, label }) => (
        <div key={kind} className="keel-form-row" data-path={`decisions.statusNames.${kind}`}>
          <span className="keel-form-row__label">Statuses meaning {label.toLowerCase()}</span>
          <div className="keel-form-row__control">
            <ul className="keel-chips" aria-label={`Statuses meaning ${label.toLowerCase()}`}>
              {d.statusNames[kind].map((name) => (
                <li key={name} className="keel-chip">
                  {name}
                  <button type="button" className="keel-chip__remove" aria-label={`Remove ${name}`} onClick={() => setNames(kind, d.statusNames[kind].filter((n) => n !== name))}>×</button>
                </li>
              ))}
            </ul>
            <SearchPicker inputId={`status-${kind}`} describedBy={undefined} invalid={false} value={null} options={statuses} noneLabel={`Add a status meaning ${label.toLowerCase()}…`}
              onChange={(v) => v !== null && !d.statusNames[kind].includes(v) && setNames(kind, [...d.statusNames[kind], v])} />
            <FieldProblems problems={problems} path={`decisions.statusNames.${kind}`} />
          </div>
        </div>
      ))}
    </>
  );
}
