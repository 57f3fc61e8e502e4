/** A table's column header that sorts by that column: a button in the `th`, with `aria-sort` and an arrow. */
export function SortableHeader<Id extends string>({
  id,
  label,
  numeric,
  sort,
  onSort,
}: {
  id: Id;
  label: string;
  /** Right-aligned, as numbers are. */
  numeric: boolean;
  sort: { column: string; direction: 'ascending' | 'descending' };
  onSort: (id: Id) => void;
}) {
  const active = sort.column === id;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'keel-num' : undefined}>
      <button type="button" className="keel-sort" onClick={() => onSort(id)} data-column={id}>
        {label}
        <span aria-hidden="true" className="keel-sort__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
