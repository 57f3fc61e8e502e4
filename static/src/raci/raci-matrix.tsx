import { useMemo, useState } from 'react';
import type { RaciResult } from '@contract';
import { FindBox } from '../components/find-box';
import { Pager } from '../components/pager';
import { useFoundPage } from '../components/use-found-page';
import { CsvButton } from '../exports/csv-button';
import { raciCsv } from '../exports/raci-csv';
import { fmt } from '../format/current-format';
import { RaciLegend } from './raci-legend';
import { deliverableTexts, sortedDeliverables, type RaciSort, type SortDirection } from './raci-sort';
import { RaciTable } from './raci-table';

/**
 * The matrix with its CSV export and legend. More deliverables than a page (a programme's 1,250 epics) and it
 * pages: a Find box (key, summary or a person's name), headers that sort (by deliverable, or by the roles a
 * person holds), a pager; the CSV holds every row found, in the order shown, and print prints them all. One page
 * shows as it always has.
 */
export function RaciMatrix({ raci, projectKey }: { raci: RaciResult; projectKey: string }) {
  const [sort, setSort] = useState<{ column: RaciSort; direction: SortDirection }>({ column: 'resolver', direction: 'ascending' });
  const sorted = useMemo(() => sortedDeliverables(raci.rows, sort.column, sort.direction), [raci.rows, sort]);
  const { paged, query, find, toPage, found, page, filtered } = useFoundPage(sorted, deliverableTexts);
  const onSort = (column: RaciSort) => {
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
    toPage(0);
  };
  return (
    <>
      <p className="keel-note">
        <CsvButton csv={() => raciCsv({ rows: found, people: raci.people })} fileName={`keel-${projectKey}-raci.csv`} label={filtered ? `Export the ${fmt().number(found.length)} found as CSV` : undefined} />
      </p>
      <RaciLegend fields={raci.roleFields} />
      {paged && (
        <div className="keel-filters keel-table-tools">
          <FindBox value={query} onChange={find} label="Find deliverables by key, summary or person" placeholder="key, summary or person" testId="raci-find" />
        </div>
      )}
      <RaciTable rows={page.rows} people={raci.people} {...(paged ? { sorting: { sort, onSort } } : {})} />
      {paged && <Pager page={page} noun={filtered ? { one: 'deliverable found', other: 'deliverables found' } : { one: 'deliverable', other: 'deliverables' }} onPage={toPage} testId="raci-pager" />}
    </>
  );
}
