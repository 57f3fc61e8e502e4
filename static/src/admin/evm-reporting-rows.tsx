import type { Settings } from '@contract';
import { FormRow } from './form-row';
import { NumberInput } from './number-input';
import type { SectionProps } from './section-props';

type Evm = Settings['evm'];

/** The earned-value settings beyond budgets and rates: in-progress credit, the S-curve's period and the typo ceilings. */
export function EvmReportingRows({ settings, update, problems }: Pick<SectionProps, 'settings' | 'update' | 'problems'>) {
  const evm = settings.evm;
  const set = (patch: Partial<Evm>) => update({ evm: { ...evm, ...patch } });
  return (
    <>
      {evm.percentComplete.method === 'status-category' && (
        <FormRow label="Credit for work in progress" path="evm.percentComplete.inProgressShare" problems={problems}
          hint="From 0 to 1: how much of its budget an issue in an In Progress status has earned. 0.5 counts it as half done.">
          {(ids) => <NumberInput {...ids} step={0.05} min={0} value={evm.percentComplete.inProgressShare}
            onChange={(v) => set({ percentComplete: { ...evm.percentComplete, inProgressShare: v ?? Number.NaN } })} />}
        </FormRow>
      )}
      <FormRow label="S-curve points" path="evm.period" problems={problems}
        hint="How often the Earned value chart plots planned value, earned value and actual cost. Weekly reads better over months; daily shows short projects in detail.">
        {({ inputId, describedBy }) => (
          <select id={inputId} className="keel-input" aria-describedby={describedBy} value={evm.period} onChange={(e) => set({ period: e.target.value === 'day' ? 'day' : 'week' })}>
            <option value="week">One a week</option>
            <option value="day">One every working day</option>
          </select>
        )}
      </FormRow>
      <FormRow label="Largest believable estimate (hours)" path="evm.ceiling.hours" problems={problems}
        hint="An estimate or remaining time above this is taken for a typo (say 20000h for 20h): it is left out of the budget and the forecast, and listed for someone to correct. 2000 hours is about a year of one person's work.">
        {(ids) => <NumberInput {...ids} min={0} value={evm.ceiling.hours} onChange={(v) => set({ ceiling: { ...evm.ceiling, hours: v ?? Number.NaN } })} />}
      </FormRow>
      <FormRow label={`Largest believable budget (${evm.currency})`} path="evm.ceiling.amount" problems={problems}
        hint="The same for budgets from story points or a cost field: one issue's budget above this is left out and listed as a likely typo.">
        {(ids) => <NumberInput {...ids} min={0} value={evm.ceiling.amount} onChange={(v) => set({ ceiling: { ...evm.ceiling, amount: v ?? Number.NaN } })} />}
      </FormRow>
    </>
  );
}
