import type { SettingsProblem } from '@contract';
import { FieldProblems, problemsAt } from './field-problems';

interface RatingsProps {
  /** The setting's path (`forecast.riskProbabilityOfRating`): one row on the page, its five values' problems under it. */
  path: string;
  label: string;
  hint: string;
  /** What one value is, for each box's accessible name ("probability", "working days"). */
  unit: string;
  values: readonly number[];
  step: number;
  onChange: (values: number[]) => void;
  problems: readonly SettingsProblem[];
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/** A value for each risk rating 1 to 5, side by side (an empty box is NaN: the checks name it). */
export function ForecastRatings({ path, label, hint, unit, values, step, onChange, problems }: RatingsProps) {
  const invalid = (i: number) => problemsAt(problems, `${path}.${i}`).some((p) => p.severity === 'error');
  const set = (i: number, value: number) => onChange(RATINGS.map((_, j) => (j === i ? value : (values[j] ?? Number.NaN))));
  return (
    <fieldset className="keel-form-row keel-form-row--fieldset" data-path={path}>
      <legend className="keel-form-row__label">{label}</legend>
      <div className="keel-form-row__control">
        <table className="keel-table keel-table--form keel-forecast-ratings">
          <thead>
            <tr>
              <th scope="row">Rating</th>
              {RATINGS.map((r) => <th key={r} scope="col">{r}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{unit}</th>
              {RATINGS.map((r, i) => {
                const value = values[i];
                return (
                  <td key={r}>
                    <input className="keel-input keel-input--number" type="number" step={step} min={0} aria-label={`${unit} of a rating of ${r}`} aria-invalid={invalid(i)}
                      value={value === undefined || Number.isNaN(value) ? '' : value} onChange={(e) => set(i, e.target.value === '' ? Number.NaN : Number(e.target.value))} />
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
        <p className="keel-form-row__hint">{hint}</p>
        <FieldProblems problems={problems} path={path} />
      </div>
    </fieldset>
  );
}
