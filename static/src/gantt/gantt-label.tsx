import { memo } from 'react';
import type { GanttRow } from './gantt-rows';
import { ROW_HEIGHT } from './gantt-shapes';

interface GanttLabelProps {
  row: GanttRow;
  index: number;
  /** The id prefix `aria-activedescendant` names rows by. */
  ids: string;
  active: boolean;
  onActivate: (index: number) => void;
  onToggle: (id: string) => void;
  onOpen: (key: string) => void;
}

/**
 * One row's label at the left of the Gantt: the key (a button that opens it) and summary, or a group's
 * fold button and name. Memoised on its row, so moving the drawn window re-renders only the rows that enter it.
 */
export const GanttLabel = memo(function GanttLabel({ row, index, ids, active, onActivate, onToggle, onOpen }: GanttLabelProps) {
  return (
    <div
      id={`${ids}-row-${index}`}
      role="row"
      aria-rowindex={index + 1}
      aria-level={row.depth + 1}
      aria-expanded={row.kind === 'task' ? undefined : !row.collapsed}
      aria-selected={active}
      data-row={row.id}
      className={`keel-gantt__label keel-gantt__label--${row.kind}${active ? ' keel-gantt__label--active' : ''}`}
      style={{ height: ROW_HEIGHT, paddingLeft: 6 + row.depth * 14 }}
      onClick={() => onActivate(index)}
    >
      {row.kind === 'task' ? (
        <button type="button" tabIndex={-1} className="keel-link-button keel-gantt__key" onClick={() => onOpen(row.node.key)}>
          {row.node.key}
        </button>
      ) : (
        <button type="button" tabIndex={-1} className="keel-gantt__toggle" aria-label={`${row.collapsed ? 'Unfold' : 'Fold'} ${row.label}`} onClick={() => onToggle(row.id)}>
          {row.collapsed ? '▸' : '▾'}
        </button>
      )}
      <span className="keel-gantt__name" title={row.label}>
        {row.kind === 'task' ? row.node.summary : `${row.label} (${row.count})`}
      </span>
    </div>
  );
});
