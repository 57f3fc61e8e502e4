/**
 * A decision as the log reads it (DESIGN.md section 1, "Decision log"): a decision issue's status, owner, date
 * and record sections in project-management words. Adapters build these; texts are plain text, never markup.
 */
import type { Person } from '../person';

export type DecisionStatus = 'proposed' | 'decided' | 'superseded' | 'rejected';

export interface DecisionRecord {
  key: string;
  title: string;
  status: DecisionStatus;
  /** The status's name as the site shows it ("Decided", "Approved", ...). */
  statusName: string;
  owner: Person | null;
  /** The day it was decided (YYYY-MM-DD), else the day it was raised. */
  date: string;
  context: string;
  options: string[];
  outcome: string;
  consequences: string;
  /** Linked issues and risks, "supersedes" links excluded. */
  linkedKeys: string[];
  /** Decisions this one replaces, and those that replace it. */
  supersedes: string[];
  supersededBy: string[];
  /** What could not be read, one sentence each (an unknown status, a missing owner). */
  problems: string[];
}
