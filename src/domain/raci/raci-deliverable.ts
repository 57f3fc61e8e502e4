/**
 * One row of a RACI matrix as the adapters read it: a deliverable (an epic, or an issue from a JQL) and the
 * people in each role (DESIGN.md section 1, "RACI matrix"). Nothing here knows Jira's field ids.
 */
import type { Person } from '../person';
import type { StatusCategory } from '../work-item';

export type RaciRole = 'R' | 'A' | 'C' | 'I';

export interface RaciDeliverable {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  responsible: Person[];
  accountable: Person[];
  consulted: Person[];
  informed: Person[];
  /** Where A came from: the mapped Accountable field, the reporter (the fallback), or nowhere. */
  accountableSource: 'field' | 'reporter' | 'none';
}
