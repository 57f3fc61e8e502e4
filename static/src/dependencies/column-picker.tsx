import type { ScheduleSortColumn } from '@contract';
import { CHOOSABLE_COLUMNS } from './schedule-columns';

/** "Columns": a disclosure of checkboxes, one per column but the key; the table and its CSV follow the choice. */
export function ColumnPicker({ chosen, onChoose }: { chosen: readonly ScheduleSortColumn[]; onChoose: (next: ScheduleSortColumn[]) => void }) {
  const shown = CHOOSABLE_COLUMNS.filter((c) => chosen.includes(c.id)).length;
  const toggle = (id: ScheduleSortColumn, on: boolean) => onChoose(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <details className="keel-column-picker" data-testid="column-picker">
      <summary className="keel-button keel-button--subtle">{`Columns (${shown + 1} of ${CHOOSABLE_COLUMNS.length + 1})`}</summary>
      <fieldset className="keel-column-picker__list">
        <legend className="keel-muted">Show these columns (the key always shows); the CSV export holds the same.</legend>
        {CHOOSABLE_COLUMNS.map((c) => (
          <label key={c.id} className="keel-check">
            <input type="checkbox" name={c.id} checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            {c.label}
          </label>
        ))}
        <button type="button" className="keel-button keel-button--subtle" onClick={() => onChoose(CHOOSABLE_COLUMNS.map((c) => c.id))}>
          Show all
        </button>
      </fieldset>
    </details>
  );
}
