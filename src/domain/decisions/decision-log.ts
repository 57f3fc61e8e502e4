/**
 * The decision log (DESIGN.md section 1, "Decision log"): decisions newest first, with findings as data
 * (a decided decision without an owner or outcome, a "supersedes" link to a decision that is not superseded).
 */
import type { DecisionRecord } from './decision-record';

export interface DecisionFinding {
  kind: 'missing-owner' | 'missing-outcome' | 'supersedes-open-decision' | 'unknown-status';
  title: string;
  advice: string;
  issueKeys: string[];
}

export interface DecisionLog {
  decisions: DecisionRecord[];
  findings: DecisionFinding[];
}
