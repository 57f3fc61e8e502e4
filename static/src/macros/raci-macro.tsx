import type { MacroRaciResult } from '@contract';
import { EmptyState } from '../components/empty-state';
import { FindBox } from '../components/find-box';
import { FindingKeys } from '../components/finding-keys';
import { Pager } from '../components/pager';
import { useFoundPage } from '../components/use-found-page';
import { deliverableTexts } from '../raci/raci-sort';
import { MacroHeader } from './macro-header';
import { RaciMacroTable } from './raci-macro-table';

/** Keys a finding lists before "Show all": a line or two of a page, where one person Accountable for 1,220 epics would fill a screen. */
export const MACRO_FINDING_KEYS = 20;

const DELIVERABLES = { one: 'deliverable', other: 'deliverables' };
const FOUND = { one: 'deliverable found', other: 'deliverables found' };

/**
 * The RACI macro: findings above a read-only matrix of deliverables by people. A programme's matrix (1,220 epics)
 * pages as the RACI tab's does, with a Find box, rather than rendering every row into the Confluence page at once;
 * printing the page prints every row, and Confluence's PDF and Word exports hold every row (raci-export).
 */
export function RaciMacro({ data }: { data: MacroRaciResult }) {
  const { paged, query, find, toPage, page, filtered } = useFoundPage(data.rows, deliverableTexts);
  return (
    <section className="keel-macro" data-testid="raci-macro">
      <MacroHeader title="RACI matrix" scope={data.scope} />
      {data.findings.length > 0 && (
        <ul className="keel-macro__findings" aria-label="Findings">
          {data.findings.map((f) => (
            <li key={`${f.kind}-${f.people.map((p) => p.accountId).join(',')}-${f.issueKeys[0] ?? ''}`}>
              <strong>{f.title}</strong>
              {f.issueKeys.length > 0 && <FindingKeys keys={f.issueKeys} label={`Deliverables: ${f.title}`} shown={MACRO_FINDING_KEYS} />}
            </li>
          ))}
        </ul>
      )}
      {data.rows.length === 0 ? (
        <EmptyState title="No deliverables" message="No deliverables in this scope that you may see." />
      ) : (
        <>
          {paged && (
            <div className="keel-filters keel-table-tools">
              <FindBox value={query} onChange={find} label="Find deliverables by key, summary or person" placeholder="key, summary or person" testId="raci-macro-find" />
            </div>
          )}
          <RaciMacroTable rows={page.rows} people={data.people} />
          {paged && <Pager page={page} noun={filtered ? FOUND : DELIVERABLES} onPage={toPage} testId="raci-macro-pager" />}
        </>
      )}
    </section>
  );
}
