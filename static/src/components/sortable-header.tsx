import type { ReactNode } from 'react';

/** A table's column header that sorts by that column: a button in the `th`, with `aria-sort` and an arrow. */
export function SortableHeader<Id extends string>({
  id,
  label,
  numeric,
  sort,
  onSort,
  className,
}: {
  id: Id;
  label: ReactNode;
  /** Right-aligned, as numbers are. */
  numeric: boolean;
  sort: { column: string; direction: 'ascending' | 'descending' };
  onSort: (id: Id) => void;
  /** Added to the `th`'s own classes. */
  className?: string | undefined;
}) {
  const active = sort.column === id;
  const classes = [numeric ? 'keel-num' : null, className ?? null].filter((c) => c !== null).join(' ');
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={classes === '' ? undefined : classes}>
      <button type="button" className="keel-sort" onClick={() => onSort(id)} data-column={id}>
        {label}
        <span aria-hidden="true" className="keel-sort__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
