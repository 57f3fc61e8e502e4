/**
 * A decision's status from the site's status name (DESIGN.md section 1, "Decision log"): the admin's lists of
 * names per status, compared without case or surrounding spaces; an unknown name falls back on the status
 * category (done -> decided, else proposed) and is reported. Example: "Approved" with decided: ["Approved"] ->
 * decided; "Parked" (To Do) -> proposed, known false.
 */
import type { StatusCategory } from '../work-item';
import type { DecisionStatus } from './decision-record';

export type DecisionStatusNames = { readonly [S in DecisionStatus]: readonly string[] };

const normal = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function decisionStatusOf(
  statusName: string,
  category: StatusCategory,
  names: DecisionStatusNames,
): { status: DecisionStatus; known: boolean } {
  const wanted = normal(statusName);
  const statuses: DecisionStatus[] = ['proposed', 'decided', 'superseded', 'rejected'];
  const found = statuses.find((s) => names[s].some((n) => normal(n) === wanted));
  if (found !== undefined) return { status: found, known: true };
  return { status: category === 'done' ? 'decided' : 'proposed', known: false };
}

/** The problem sentence for an unmapped status; the decision log recognises it to report `unknown-status`. */
export function unknownStatusProblem(statusName: string): string {
  return `Status "${statusName}" is not mapped to a decision status.`;
}
