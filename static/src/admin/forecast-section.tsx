import type { Settings } from '@contract';
import { ForecastPreview, iterationsError } from './forecast-preview';
import { ForecastRatings } from './forecast-ratings';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import { SearchPicker } from './search-picker';
import { fieldOptions, missingField, type SectionProps } from './section-props';

type Forecast = Settings['forecast'];
type ForecastFields = Forecast['fields'];

const THREE_POINT: { slot: keyof ForecastFields; label: string; hint: string }[] = [
  { slot: 'optimistic', label: 'Optimistic days field', hint: 'A number field: the fewest working days the work could take.' },
  { slot: 'mostLikely', label: 'Most likely days field', hint: 'A number field: the working days the work most likely takes.' },
  { slot: 'pessimistic', label: 'Pessimistic days field', hint: 'A number field: the most working days the work could take. Issues with all three filled are drawn from them (a triangle); a pessimistic value below the optimistic one is named and swapped.' },
];

/**
 * The forecast (issue #15): the three-point estimate fields, the default spread, calibration, how a 1-5 risk
 * rating becomes a chance and days, correlation by category, iterations with the sampling error they give, the
 * seed and a target date; a plain-words preview of the draft, and P50, P80 and the target's chance in the live preview.
 */
export function ForecastSection({ settings, update, catalog, problems }: SectionProps) {
  const f = settings.forecast;
  const set = (patch: Partial<Forecast>) => update({ forecast: { ...f, ...patch } });
  const numbers = fieldOptions(catalog, ['number']);
  const picker = (slot: keyof ForecastFields, noneLabel: string) => (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => (
    <SearchPicker {...ids} value={f.fields[slot]} options={numbers} noneLabel={noneLabel} missingLabel={missingField(settings)} onChange={(v) => set({ fields: { ...f.fields, [slot]: v } })} />
  );
  const spread = (patch: Partial<Forecast['defaultSpread']>) => set({ defaultSpread: { ...f.defaultSpread, ...patch } });
  return (
    <>
      {THREE_POINT.map(({ slot, label, hint }) => (
        <FormRow key={slot} label={label} path={`forecast.fields.${slot}`} problems={problems} hint={hint}>
          {picker(slot, 'None')}
        </FormRow>
      ))}
      <FormRow label="Optimistic multiple" path="forecast.defaultSpread.optimistic" problems={problems}
        hint="Work with no three-point estimate and too little history to calibrate is drawn between this multiple of its estimate and the pessimistic one, most likely the estimate itself. 0.8: it may take 20% less. Between 0.1 and 1.">
        {(ids) => <NumberInput {...ids} step={0.05} min={0.1} value={f.defaultSpread.optimistic} onChange={(v) => spread({ optimistic: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Pessimistic multiple" path="forecast.defaultSpread.pessimistic" problems={problems} hint="1.5: it may take half as long again. Between 1 and 10; 1 and 1 assume the estimates are exact.">
        {(ids) => <NumberInput {...ids} step={0.05} min={1} value={f.defaultSpread.pessimistic} onChange={(v) => spread({ pessimistic: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Done issues to calibrate" path="forecast.calibrationMinIssues" problems={problems}
        hint="With at least this many done issues with an estimate and time logged, open work is drawn from how long such work really took against its estimate (per size band, then per issue type, when each has this many). Fewer: the default spread. 3 to 1,000.">
        {(ids) => <NumberInput {...ids} step={1} min={3} value={f.calibrationMinIssues} onChange={(v) => set({ calibrationMinIssues: v ?? Number.NaN })} />}
      </FormRow>
      <ForecastRatings path="forecast.riskProbabilityOfRating" label="Chance a risk strikes" unit="Probability" step={0.05} values={f.riskProbabilityOfRating} problems={problems}
        onChange={(riskProbabilityOfRating) => set({ riskProbabilityOfRating })}
        hint="With the 1-5 rating scale: the probability (0 to 1) that a risk of each probability rating strikes in one simulated plan. A higher rating may not give a lower probability." />
      <ForecastRatings path="forecast.riskDaysOfImpactRating" label="Days a risk adds" unit="Working days" step={1} values={f.riskDaysOfImpactRating} problems={problems}
        onChange={(riskDaysOfImpactRating) => set({ riskDaysOfImpactRating })}
        hint="With the 1-5 rating scale and no days field below: the working days a risk of each impact rating adds to each open issue it is linked to when it strikes (0 to 365)." />
      <FormRow label="Risk days field" path="forecast.fields.scheduleImpactDays" problems={problems} hint="A number field on risks: the working days the risk adds when it strikes. When chosen, it is used instead of the impact rating's days.">
        {picker('scheduleImpactDays', 'None: from the impact rating')}
      </FormRow>
      <FormRow label="Risks strike together" path="forecast.correlateBy" problems={problems} hint="By category: one draw decides every risk of a category (with the Category field of the risk register), as when one supplier or one decision lies behind them.">
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={f.correlateBy} onChange={(e) => set({ correlateBy: e.target.value === 'category' ? 'category' : 'none' })}>
            <option value="none">Each on its own</option>
            <option value="category">Risks of one category together</option>
          </select>
        )}
      </FormRow>
      <FormRow label="Iterations" path="forecast.iterations" problems={problems}
        hint={`Simulated plans per forecast: at ${Number.isFinite(f.iterations) ? f.iterations : '?'} each chance shown is within ${iterationsError(f.iterations)} (95%). 2,000 give ±2.2, 4,300 ±1.5, 10,000 ±1.0; more take longer. 100 to 100,000.`}>
        {(ids) => <NumberInput {...ids} step={100} min={100} value={f.iterations} onChange={(v) => set({ iterations: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Seed" path="forecast.seed" problems={problems} hint="The same seed and the same plan give the same forecast every time; change it to see another run of chance.">
        {(ids) => <NumberInput {...ids} step={1} min={0} value={f.seed} onChange={(v) => set({ seed: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Forecast target date" path="forecast.targetDate" problems={problems} hint="The Forecast tab gives the chance of finishing by it until another date is typed there. Left empty: percentiles only.">
        {(ids) => <input id={ids.inputId} type="date" className="keel-input" aria-describedby={ids.describedBy} aria-invalid={ids.invalid} value={f.targetDate ?? ''} onChange={(e) => set({ targetDate: e.target.value === '' ? null : e.target.value })} />}
      </FormRow>
      <ForecastPreview settings={settings} />
    </>
  );
}
