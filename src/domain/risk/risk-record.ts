/**
 * A risk as the register reads it: the ratings and people of one risk issue in project-management words.
 * Adapters build these; a value that could not be read is null, with the reason in `problems`.
 */
import type { StatusCategory } from '../work-item';

/** `oneToFive`: probability and impact rated 1-5; `percentAndMoney`: a percent and an amount of money. */
export type RiskScale = 'oneToFive' | 'percentAndMoney';

export interface RiskOwner {
  accountId: string;
  displayName: string;
  /** False for a deactivated or deleted account. */
  active: boolean;
}

export interface RiskRecord {
  key: string;
  summary: string;
  status: string;
  statusCategory: StatusCategory;
  category: string | null;
  owner: RiskOwner | null;
  probability: number | null;
  impact: number | null;
  residualProbability: number | null;
  residualImpact: number | null;
  severity: number | null;
  occurrence: number | null;
  detection: number | null;
  proximityDate: string | null;
  reviewDate: string | null;
  /** Issues linked by the treatment link type. */
  treatmentKeys: string[];
  /** Every linked issue, treatments included. */
  linkedKeys: string[];
  /** Working days the risk adds to the work it is linked to when it strikes (a mapped field; the forecast). */
  scheduleImpactDays?: number | null;
  /** What could not be read, one sentence each (e.g. text in a number field). */
  problems: string[];
}

/** A risk with its scores, its weight from critical work, and what is missing; `linkedKeys` lets the issue panel find it. */
export interface ScoredRisk extends RiskRecord {
  /** probability x impact (1-25), or exposure in money (percent / 100 x money); null when a rating is missing. */
  inherentScore: number | null;
  residualScore: number | null;
  /** FMEA risk priority number, severity x occurrence x detection (1-1000). */
  rpn: number | null;
  /** Open critical or near-critical work the risk is linked to. */
  criticalWork: string[];
  /** The inherent score weighted up for critical work; equals it when no critical work is linked. */
  weightedScore: number | null;
  /** Why the score was weighted up; null when it was not. */
  weightReason: string | null;
  flags: { noOwner: boolean; noTreatment: boolean; noReviewDate: boolean };
}
