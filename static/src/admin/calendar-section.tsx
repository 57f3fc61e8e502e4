import { useState } from 'react';
import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import type { SectionProps } from './section-props';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Working days, hours per day, holidays, the project start and the near-critical threshold. */
export function CalendarSection({ settings, update, problems }: SectionProps) {
  const { calendar, schedule } = settings;
  const [holiday, setHoliday] = useState('');
  const toggleDay = (day: number) => {
    const days = calendar.workingDays.includes(day) ? calendar.workingDays.filter((d) => d !== day) : [...calendar.workingDays, day].sort();
    update({ calendar: { ...calendar, workingDays: days } });
  };
  const addHoliday = () => {
    if (holiday === '') return;
    update({ calendar: { ...calendar, holidays: [...calendar.holidays, holiday].sort() } });
    setHoliday('');
  };
  return (
    <>
      <fieldset className="keel-form-row keel-form-row--fieldset" data-path="calendar.workingDays">
        <legend className="keel-form-row__label">Working days</legend>
        <div className="keel-form-row__control">
          <div className="keel-weekdays">
            {WEEKDAYS.map((name, i) => (
              <label key={name} className="keel-check">
                <input type="checkbox" checked={calendar.workingDays.includes(i + 1)} onChange={() => toggleDay(i + 1)} /> {name}
              </label>
            ))}
          </div>
          <FieldProblems problems={problems} path="calendar.workingDays" />
        </div>
      </fieldset>
      <FormRow label="Hours per day" path="calendar.hoursPerDay" problems={problems}>
        {(ids) => <NumberInput {...ids} value={calendar.hoursPerDay} onChange={(v) => update({ calendar: { ...calendar, hoursPerDay: v ?? Number.NaN } })} />}
      </FormRow>
      <FormRow label="Holidays" path="calendar.holidays" problems={problems} hint="Days nobody works, besides the weekly days off.">
        {({ inputId, describedBy, invalid }) => (
          <div>
            <ul className="keel-chips" aria-label="Holidays">
              {calendar.holidays.map((day, i) => (
                <li key={`${day}-${i}`} className="keel-chip">
                  {day}
                  <button type="button" className="keel-chip__remove" aria-label={`Remove ${day}`} onClick={() => update({ calendar: { ...calendar, holidays: calendar.holidays.filter((_, j) => j !== i) } })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <input id={inputId} className="keel-input" type="date" aria-describedby={describedBy} aria-invalid={invalid} value={holiday} onChange={(e) => setHoliday(e.target.value)} />
            <button type="button" className="keel-button keel-button--subtle" onClick={addHoliday}>
              Add holiday
            </button>
          </div>
        )}
      </FormRow>
      <FormRow label="Project start" path="schedule.projectStart" problems={problems} hint="Empty: the earliest start date in scope, else today.">
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} className="keel-input" type="date" aria-describedby={describedBy} aria-invalid={invalid} value={schedule.projectStart ?? ''}
            onChange={(e) => update({ schedule: { ...schedule, projectStart: e.target.value === '' ? null : e.target.value } })} />
        )}
      </FormRow>
      <FormRow label="Near-critical slack (working days)" path="schedule.nearCriticalDays" problems={problems}>
        {(ids) => <NumberInput {...ids} value={schedule.nearCriticalDays} onChange={(v) => update({ schedule: { ...schedule, nearCriticalDays: v ?? Number.NaN } })} />}
      </FormRow>
      <FormRow label="Schedule in the background above (issues)" path="schedule.backgroundAboveIssues" problems={problems}
        hint="A project with more issues in scope than this is scheduled by a background job and read from storage, so the page opens quickly; smaller ones are computed when opened. Empty: 1,500.">
        {(ids) => <NumberInput {...ids} step={1} min={1} value={schedule.backgroundAboveIssues ?? null} onChange={(v) => update({ schedule: { ...schedule, backgroundAboveIssues: v ?? undefined } })} />}
      </FormRow>
    </>
  );
}
