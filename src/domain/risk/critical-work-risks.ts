/**
 * Derived risks from open critical or near-critical work that is blocked, late, unassigned or unestimated:
 * any delay to such work delays the project (critical) or soon will (near-critical). One risk per issue and
 * condition; critical work is high severity, near-critical medium. O(nodes).
 */
import { isOpenPathWork, pathWords, type DerivedRisk, type DerivedRiskKind, type PlanNode } from './derived-risk';

interface Condition {
  kind: DerivedRiskKind;
  holds: (n: PlanNode) => boolean;
  title: (n: PlanNode) => string;
  why: (n: PlanNode) => string;
}

const CONDITIONS: readonly Condition[] = [
  {
    kind: 'blocked-critical-work',
    holds: (n) => n.blocked,
    title: (n) => `${n.key} is blocked on the ${n.critical ? 'critical' : 'near-critical'} path`,
    why: (n) => `${n.key} "${n.summary}" is in status ${n.status}.`,
  },
  {
    kind: 'late-critical-work',
    holds: (n) => n.late,
    title: (n) => `${n.key} is late on the ${n.critical ? 'critical' : 'near-critical'} path`,
    why: (n) =>
      `${n.key} "${n.summary}" is due ${n.dueDate ?? 'without a date'} and finishes ${n.earlyFinish} at the earliest.`,
  },
  {
    kind: 'unassigned-critical-work',
    holds: (n) => !n.assigned,
    title: (n) => `${n.key} has nobody assigned on the ${n.critical ? 'critical' : 'near-critical'} path`,
    why: (n) => `${n.key} "${n.summary}" has no assignee; it should start ${n.earlyStart}.`,
  },
  {
    kind: 'unestimated-critical-work',
    holds: (n) => n.missingDuration,
    title: (n) => `${n.key} has no estimate on the ${n.critical ? 'critical' : 'near-critical'} path`,
    why: (n) => `${n.key} "${n.summary}" has no duration data, so the schedule counts it as taking no time.`,
  },
];

export function criticalWorkRisks(nodes: readonly PlanNode[]): DerivedRisk[] {
  return nodes.filter(isOpenPathWork).flatMap((n) =>
    CONDITIONS.filter((c) => c.holds(n)).map((c) => ({
      kind: c.kind,
      title: c.title(n),
      evidence: [c.why(n), `${n.key} matters because ${pathWords(n)}.`],
      issueKeys: [n.key],
      severity: n.critical ? ('high' as const) : ('medium' as const),
    })),
  );
}
