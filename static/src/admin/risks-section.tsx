import type { Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import { SearchPicker } from './search-picker';
import { fieldOptions, linkTypeOptions, missingField, type SectionProps } from './section-props';

type RiskFields = Settings['risks']['fields'];
const SLOTS: { slot: keyof RiskFields; label: string }[] = [
  { slot: 'probability', label: 'Probability field' },
  { slot: 'impact', label: 'Impact field' },
  { slot: 'owner', label: 'Owner field' },
  { slot: 'reviewDate', label: 'Review date field' },
];
const MORE_SLOTS: { slot: keyof RiskFields; label: string }[] = [
  { slot: 'category', label: 'Category field' },
  { slot: 'proximityDate', label: 'Proximity date field' },
  { slot: 'residualProbability', label: 'Residual probability field' },
  { slot: 'residualImpact', label: 'Residual impact field' },
  { slot: 'severity', label: 'FMEA severity field' },
  { slot: 'occurrence', label: 'FMEA occurrence field' },
  { slot: 'detection', label: 'FMEA detection field' },
];

/** The risk register's sources: the treatment link type, the scale and the rating fields (empty: found by name). */
export function RisksSection({ settings, update, catalog, problems }: SectionProps) {
  const risks = settings.risks;
  const set = (patch: Partial<Settings['risks']>) => update({ risks: { ...risks, ...patch } });
  const options = fieldOptions(catalog);
  const slotRow = (slot: keyof RiskFields, label: string) => (
    <FormRow key={slot} label={label} path={`risks.fields.${slot}`} problems={problems}>
      {(ids) => <SearchPicker {...ids} value={risks.fields[slot]} options={options} noneLabel="Found by name" missingLabel={missingField(settings)} onChange={(v) => set({ fields: { ...risks.fields, [slot]: v } })} />}
    </FormRow>
  );
  return (
    <>
      <div className="keel-form-row" data-path="risks.issueType">
        <span className="keel-form-row__label">Risks are issues of type</span>
        <div className="keel-form-row__control keel-form-row__text">
          {risks.issueType === null ? (
            <>&ldquo;{settings.issueTypes.risk}&rdquo;, as chosen under &ldquo;Risk and decision issue types&rdquo;.</>
          ) : (
            <>
              &ldquo;{risks.issueType}&rdquo;, set for the register alone (by an imported file), instead of &ldquo;{settings.issueTypes.risk}&rdquo;.{' '}
              <button type="button" className="keel-button--link" onClick={() => set({ issueType: null })}>Use &ldquo;{settings.issueTypes.risk}&rdquo;</button>
            </>
          )}
          <FieldProblems problems={problems} path="risks.issueType" />
        </div>
      </div>
      <FormRow label="Treatment link type" path="risks.treatmentLinkType" problems={problems} hint="Issues linked to a risk by this type are its treatments.">
        {(ids) => <SearchPicker {...ids} value={risks.treatmentLinkType} options={linkTypeOptions(catalog)} onChange={(v) => set({ treatmentLinkType: v ?? risks.treatmentLinkType })} />}
      </FormRow>
      <FormRow label="Rating scale" path="risks.scale" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={risks.scale} onChange={(e) => set({ scale: e.target.value === 'percentAndMoney' ? 'percentAndMoney' : 'oneToFive' })}>
            <option value="oneToFive">Probability × impact, 1 to 5 each</option>
            <option value="percentAndMoney">Percent × money (exposure)</option>
          </select>
        )}
      </FormRow>
      <FormRow label="Unmapped rating fields" path="risks.findFieldsByName" problems={problems}>
        {({ inputId, describedBy }) => (
          <label className="keel-check">
            <input id={inputId} type="checkbox" aria-describedby={describedBy} checked={risks.findFieldsByName} onChange={(e) => set({ findFieldsByName: e.target.checked })} />
            Look them up by name (e.g. a field called &ldquo;Risk probability&rdquo;)
          </label>
        )}
      </FormRow>
      {SLOTS.map(({ slot, label }) => slotRow(slot, label))}
      <FormRow label="Weight of critical work" path="risks.criticalWeight" problems={problems}
        hint="A risk linked to open work on the critical path ranks higher: its score is multiplied by this. 1 adds nothing; at most 10.">
        {(ids) => <NumberInput {...ids} step={0.05} min={1} value={risks.criticalWeight} onChange={(v) => set({ criticalWeight: v ?? Number.NaN })} />}
      </FormRow>
      <FormRow label="Weight of near-critical work" path="risks.nearCriticalWeight" problems={problems}
        hint="The same for work with little slack (within the near-critical days of the calendar section). Usually between 1 and the critical weight.">
        {(ids) => <NumberInput {...ids} step={0.05} min={1} value={risks.nearCriticalWeight} onChange={(v) => set({ nearCriticalWeight: v ?? Number.NaN })} />}
      </FormRow>
      <details className="keel-more" open={MORE_SLOTS.some(({ slot }) => risks.fields[slot] !== null)}>
        <summary>Category, proximity, residual ratings and FMEA fields</summary>
        {MORE_SLOTS.map(({ slot, label }) => slotRow(slot, label))}
      </details>
    </>
  );
}
