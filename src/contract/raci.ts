/** Result type of `raci/get` and `keel analyze`'s `raci` section (DESIGN.md section 1, "RACI matrix"). */
import type { RaciMatrix } from '../domain/raci/raci-matrix';
import type { RaciRole } from '../domain/raci/raci-deliverable';
import type { ReportScope } from './report-scope';

export type { RaciDeliverable, RaciRole } from '../domain/raci/raci-deliverable';
export type { RaciFinding, RaciFindingKind, RaciMatrix } from '../domain/raci/raci-matrix';
export type { Person } from '../domain/person';
export type { ReportScope } from './report-scope';


/** The RACI tab: the matrix, where its rows and roles came from, and whether the rows were cut short. */
export interface RaciResult extends RaciMatrix {
  scope: ReportScope;
  /** The JQL the deliverables were searched with. */
  deliverablesJql: string;
  /** Each role, the field read for it (`assignee`, `reporter` or a custom field) and its name on the site. */
  roleFields: { role: RaciRole; fieldId: string | null; fieldName: string | null }[];
  accountableLimit: number;
  /** Set when there were more deliverables than Keel reads at once. */
  truncatedAt: number | null;
}
