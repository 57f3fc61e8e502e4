/** Result type of `risks/get`, `keel analyze`'s `risks` section and `keel risks` (DESIGN.md section 1, "Risk register"). */
import type { RiskRegister } from '../domain/risk/risk-register';
import type { RiskScale } from '../domain/risk/risk-record';

/** The Risks tab: the scored register, schedule risks derived from the plan, heat maps and flags. */
export interface RiskRegisterResult extends RiskRegister {
  project: { key: string; name: string };
  scopeJql: string;
  asOf: string;
  /** The issue type read as risks. */
  riskIssueType: string;
  scale: RiskScale;
  weights: { critical: number; nearCritical: number };
  /** Each risk field (probability, impact, owner ...) and the site field read for it; null ids were not found. */
  fields: { slot: string; fieldId: string | null; fieldName: string | null }[];
  /** What the admin should map for a complete register (no risk type in scope, no probability field ...). */
  setupProblems: string[];
}
