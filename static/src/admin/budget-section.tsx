import { useState } from 'react';
import type { PersonName, Settings } from '@contract';
import { FieldProblems } from './field-problems';
import { FormRow } from './form-row';
import { EvmReportingRows } from './evm-reporting-rows';
import { NumberInput } from './number-input';
import { SearchPicker } from './search-picker';
import { fieldOptions, missingField, type SectionProps } from './section-props';
import { UserPicker } from './user-picker';

type Evm = Settings['evm'];
const BUDGET: { value: Evm['budget']['source']; label: string }[] = [
  { value: 'estimate', label: 'Original estimate × rate per hour' },
  { value: 'story-points', label: 'Story points × cost per point' },
  { value: 'cost-field', label: 'A cost field' },
];
const METHODS: { value: Evm['percentComplete']['method']; label: string }[] = [
  { value: 'status-category', label: 'Status category (In Progress at a share)' },
  { value: 'zero-hundred', label: '0/100' },
  { value: 'fifty-fifty', label: '50/50' },
  { value: 'time-based', label: 'Time spent ÷ (time spent + remaining)' },
];

/** Budgets, rates (per person, chosen by name), percent complete, actual cost, currency and the default baseline. */
export function BudgetSection({ settings, update, catalog, problems, people }: SectionProps) {
  const evm = settings.evm;
  const set = (patch: Partial<Evm>) => update({ evm: { ...evm, ...patch } });
  const [named, setNamed] = useState<readonly PersonName[]>(people);
  const nameOf = (id: string) => named.find((p) => p.accountId === id)?.displayName ?? id;
  const rates = Object.entries(evm.rates.byAccount);
  return (
    <>
      <FormRow label="Budget from" path="evm.budget.source" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={evm.budget.source} onChange={(e) => set({ budget: { ...evm.budget, source: BUDGET.find((b) => b.value === e.target.value)?.value ?? 'estimate' } })}>
            {BUDGET.map((b) => <option key={b.value} value={b.value}>{b.label}</option>)}
          </select>
        )}
      </FormRow>
      <FormRow label="Rate per hour of estimate" path="evm.budget.ratePerHour" problems={problems}>
        {(ids) => <NumberInput {...ids} value={evm.budget.ratePerHour} onChange={(v) => set({ budget: { ...evm.budget, ratePerHour: v ?? Number.NaN } })} />}
      </FormRow>
      <FormRow label="Cost per story point" path="evm.budget.costPerPoint" problems={problems}>
        {(ids) => <NumberInput {...ids} value={evm.budget.costPerPoint} onChange={(v) => set({ budget: { ...evm.budget, costPerPoint: v ?? Number.NaN } })} />}
      </FormRow>
      <FormRow label="Cost field" path="evm.budget.costField" problems={problems}>
        {(ids) => <SearchPicker {...ids} value={evm.budget.costField} options={fieldOptions(catalog, ['number'])} noneLabel="None" missingLabel={missingField(settings)} onChange={(v) => set({ budget: { ...evm.budget, costField: v } })} />}
      </FormRow>
      <FormRow label="Percent complete" path="evm.percentComplete.method" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={evm.percentComplete.method}
            onChange={(e) => set({ percentComplete: { ...evm.percentComplete, method: METHODS.find((m) => m.value === e.target.value)?.value ?? 'status-category' } })}>
            {METHODS.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        )}
      </FormRow>
      <EvmReportingRows settings={settings} update={update} problems={problems} />
      <FormRow label="Actual cost from" path="evm.actualCost" problems={problems}>
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={evm.actualCost} onChange={(e) => set({ actualCost: e.target.value === 'cost-field' ? 'cost-field' : 'worklogs' })}>
            <option value="worklogs">Worklogs × rates</option>
            <option value="cost-field">The cost field</option>
          </select>
        )}
      </FormRow>
      <FormRow label="Default rate per hour logged" path="evm.rates.defaultRate" problems={problems} hint="Empty: time logged by people without a rate is left out of AC.">
        {(ids) => <NumberInput {...ids} value={evm.rates.defaultRate} onChange={(v) => set({ rates: { ...evm.rates, defaultRate: v } })} />}
      </FormRow>
      <div className="keel-form-row" data-path="evm.rates.byAccount">
        <span className="keel-form-row__label">Rates per person</span>
        <div className="keel-form-row__control">
          {rates.length > 0 && (
            <table className="keel-table keel-table--form">
              <tbody>
                {rates.map(([id, rate]) => (
                  <tr key={id}>
                    <th scope="row">{nameOf(id)}</th>
                    <td>
                      <input className="keel-input keel-input--number" type="number" aria-label={`Rate of ${nameOf(id)}`} value={Number.isNaN(rate) ? '' : rate}
                        onChange={(e) => set({ rates: { ...evm.rates, byAccount: { ...evm.rates.byAccount, [id]: e.target.value === '' ? Number.NaN : Number(e.target.value) } } })} />
                    </td>
                    <td>
                      <button type="button" className="keel-button keel-button--subtle" onClick={() => set({ rates: { ...evm.rates, byAccount: Object.fromEntries(rates.filter(([other]) => other !== id)) } })}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <UserPicker label="Add a person's rate" onPick={(p) => (setNamed([...named, p]), set({ rates: { ...evm.rates, byAccount: { ...evm.rates.byAccount, [p.accountId]: evm.rates.defaultRate ?? 100 } } }))} />
          <FieldProblems problems={problems} path="evm.rates.byAccount" />
        </div>
      </div>
      <FormRow label="Currency" path="evm.currency" problems={problems}>
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} className="keel-input keel-input--short" maxLength={3} aria-describedby={describedBy} aria-invalid={invalid} value={evm.currency} onChange={(e) => set({ currency: e.target.value.toUpperCase() })} />
        )}
      </FormRow>
      <FormRow label="Baseline shown first" path="evm.baseline" problems={problems} hint='"current" is the plan as it stands; or the name of a saved baseline.'>
        {({ inputId, describedBy, invalid }) => (
          <input id={inputId} className="keel-input" aria-describedby={describedBy} aria-invalid={invalid} value={evm.baseline} onChange={(e) => set({ baseline: e.target.value })} />
        )}
      </FormRow>
    </>
  );
}
