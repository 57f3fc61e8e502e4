import { useId } from 'react';
import type { ScheduleSummaryResult } from '@contract';

interface EpicPickerProps {
  picker: ScheduleSummaryResult['picker'];
  epic: string | null;
  onEpic: (epic: string | null) => void;
}

/** Every epic of a large schedule, to open one; "All epics" goes back to the summary. */
export function EpicPicker({ picker, epic, onEpic }: EpicPickerProps) {
  const id = useId();
  return (
    <div className="keel-filters">
      <label htmlFor={`${id}-epic`}>Epic</label>
      <select id={`${id}-epic`} data-testid="epic-picker" value={epic ?? ''} onChange={(e) => onEpic(e.target.value || null)}>
        <option value="">All epics (summary)</option>
        {picker.map((g) => (
          <option key={g.key} value={g.key}>
            {`${g.key === g.summary ? g.key : `${g.key}: ${g.summary}`} (${g.issueCount})`}
          </option>
        ))}
      </select>
      {epic !== null && (
        <button type="button" className="keel-button keel-button--subtle" onClick={() => onEpic(null)}>
          Back to all epics
        </button>
      )}
    </div>
  );
}
