import type { Settings } from '@contract';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import { SearchPicker } from './search-picker';
import { fieldOptions, missingField, type SectionProps } from './section-props';

const SOURCES: { value: Settings['durationSource']; label: string }[] = [
  { value: 'originalEstimate', label: 'Original estimate (hours ÷ hours per day)' },
  { value: 'storyPoints', label: 'Story points × days per point' },
  { value: 'dateSpan', label: 'From the start date to the due date' },
];

/** Where durations come from: the duration source and the fields it reads (story points, start and due dates). */
export function EstimatesSection({ settings, update, catalog, problems }: SectionProps) {
  const { fields } = settings;
  const numbers = fieldOptions(catalog, ['number']);
  const dates = fieldOptions(catalog, ['date', 'datetime']);
  const missing = missingField(settings);
  return (
    <>
      <FormRow label="Duration source" path="durationSource" problems={problems}>
        {({ inputId, describedBy, invalid }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} aria-invalid={invalid} value={settings.durationSource}
            onChange={(e) => update({ durationSource: SOURCES.find((s) => s.value === e.target.value)?.value ?? settings.durationSource })}>
            {SOURCES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        )}
      </FormRow>
      <FormRow label="Story points field" path="fields.storyPoints" problems={problems} hint='Company-managed projects use "Story Points", team-managed ones "Story point estimate".'>
        {(ids) => <SearchPicker {...ids} value={fields.storyPoints} options={numbers} noneLabel="None (no story points)" missingLabel={missing} onChange={(v) => update({ fields: { ...fields, storyPoints: v } })} />}
      </FormRow>
      <FormRow label="Days per story point" path="daysPerStoryPoint" problems={problems}>
        {(ids) => <NumberInput {...ids} value={settings.daysPerStoryPoint} onChange={(v) => update({ daysPerStoryPoint: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Start date field" path="fields.startDate" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={fields.startDate} options={dates} noneLabel="None" missingLabel={missing} onChange={(v) => update({ fields: { ...fields, startDate: v } })} />}
      </FormRow>
      <FormRow label="Due date field" path="fields.dueDate" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={fields.dueDate} options={dates} missingLabel={missing} onChange={(v) => update({ fields: { ...fields, dueDate: v ?? 'duedate' } })} />}
      </FormRow>
    </>
  );
}
