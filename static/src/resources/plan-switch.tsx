import type { LoadPlan } from './resources-format';

/** Which plan's load the heat map shows (and, on the Dependencies tab, which dates): the critical path's or the levelled. */
export function PlanSwitch({ plan, onPlan, name, label }: { plan: LoadPlan; onPlan: (plan: LoadPlan) => void; name: string; label: string }) {
  return (
    <div role="radiogroup" aria-label={label} className="keel-segmented">
      {(['cpm', 'levelled'] as const).map((value) => (
        <label key={value} className="keel-check">
          <input type="radio" name={name} value={value} checked={plan === value} onChange={() => onPlan(value)} />
          {value === 'cpm' ? 'Critical path (CPM)' : 'Levelled'}
        </label>
      ))}
    </div>
  );
}
