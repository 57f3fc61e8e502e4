import type { RaciFinding } from '@contract';
import { IssueFindings } from '../components/issue-findings';
import { TABLE_PAGE_SIZE } from '../components/table-page';

const NONE = <p className="keel-muted">Every deliverable has one Accountable and a Responsible, and nobody is Accountable for too many.</p>;

/** The matrix's findings above it, shown as data, each with what to do and the deliverables concerned (a page's worth listed, the rest on demand). */
export function RaciFindings({ findings }: { findings: RaciFinding[] }) {
  return <IssueFindings headingId="keel-raci-findings-title" findings={findings} keysLabel="Deliverables" testId="raci-findings" whenNone={NONE} keysShown={TABLE_PAGE_SIZE} />;
}
