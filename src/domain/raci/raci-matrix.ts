/**
 * The RACI matrix (DESIGN.md section 1, "RACI matrix"): rows are deliverables, columns the people who hold a
 * role on any row, sorted by display name; findings are data shown above the table.
 */
import type { Person } from '../person';
import type { RaciDeliverable } from './raci-deliverable';

export type RaciFindingKind = 'no-accountable' | 'several-accountable' | 'no-responsible' | 'accountable-overload';

export interface RaciFinding {
  kind: RaciFindingKind;
  title: string;
  /** What the finding means for the project and how to fix it in Jira. */
  advice: string;
  issueKeys: string[];
  /** The people concerned (the overloaded Accountable), empty for row findings. */
  people: Person[];
}

export interface RaciMatrix {
  rows: RaciDeliverable[];
  people: Person[];
  findings: RaciFinding[];
}
