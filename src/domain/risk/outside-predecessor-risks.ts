/**
 * Derived risks from predecessors outside the scope (another project's work) that finish after their
 * successors need them. For a link i -> j with lag L, i supplies at EF(i) + L (FS, FF) or ES(i) + L (SS, SF)
 * and j needs it by LS(j) (FS, SS) or LF(j) (FF, SF). Late: supply > need, or for FS and FF, i's finish on
 * or after j's due date (high). Tight: supply = need on critical work (medium): any slip there delays the
 * project. Troubled: i is blocked or past its due date while j is critical (high) or near-critical (medium),
 * since i's planned finish is then unlikely to hold. O(edges).
 */
import { pathWords, type DerivedRisk, type PlanEdge, type PlanNode } from './derived-risk';

const EPS = 1e-6;

function supplyAndNeed(edge: PlanEdge, from: PlanNode, to: PlanNode): { supply: number; need: number } {
  const supply = (edge.kind === 'FS' || edge.kind === 'FF' ? from.offsets.earlyFinish : from.offsets.earlyStart) + edge.lagDays;
  const need = edge.kind === 'FS' || edge.kind === 'SS' ? to.offsets.lateStart : to.offsets.lateFinish;
  return { supply, need };
}

function outsideWords(from: PlanNode): string {
  const when = from.dueDate ? `is due ${from.dueDate}` : 'has no due date';
  return `${from.key} "${from.summary}" is outside the project (status ${from.status}), ${when} and finishes ${from.earlyFinish} at the earliest.`;
}

function risk(edge: PlanEdge, from: PlanNode, to: PlanNode): DerivedRisk | null {
  const { supply, need } = supplyAndNeed(edge, from, to);
  const lag = edge.lagDays === 0 ? '' : ` with ${edge.lagDays} days lag`;
  const link = `${to.key} "${to.summary}" follows it (${edge.kind}${lag})`;
  const afterDue = (edge.kind === 'FS' || edge.kind === 'FF') && to.dueDate !== null && from.earlyFinish >= to.dueDate;
  if (supply > need + EPS || afterDue) {
    const needs = afterDue ? `and is due ${to.dueDate ?? ''}` : `and needs it by ${edge.kind === 'FS' || edge.kind === 'SS' ? to.lateStart : to.lateFinish}`;
    return {
      kind: 'late-outside-predecessor',
      title: `${from.key} (outside the project) finishes after ${to.key} needs it`,
      evidence: [outsideWords(from), `${link} ${needs}.`],
      issueKeys: [from.key, to.key],
      severity: 'high',
    };
  }
  if (supply > need - EPS && to.critical) {
    return {
      kind: 'late-outside-predecessor',
      title: `${from.key} (outside the project) leaves critical ${to.key} no slack`,
      evidence: [outsideWords(from), `${link}, on the critical path: any slip of ${from.key} delays the project.`],
      issueKeys: [from.key, to.key],
      severity: 'medium',
    };
  }
  if ((from.blocked || from.late) && (to.critical || to.nearCritical)) {
    const trouble = from.blocked ? 'is blocked' : 'is late';
    return {
      kind: 'late-outside-predecessor',
      title: `${from.key} (outside the project) ${trouble} and feeds ${to.critical ? 'critical' : 'near-critical'} ${to.key}`,
      evidence: [
        outsideWords(from),
        `${link}; ${pathWords(to)}, with ${round(need - supply)} working days between ${from.key}'s planned finish and when ${to.key} needs it.`,
      ],
      issueKeys: [from.key, to.key],
      severity: to.critical ? 'high' : 'medium',
    };
  }
  return null;
}

const round = (days: number): number => Math.round(days * 100) / 100;

export function outsidePredecessorRisks(nodes: readonly PlanNode[], edges: readonly PlanEdge[]): DerivedRisk[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return edges.flatMap((edge) => {
    const from = byKey.get(edge.from);
    const to = byKey.get(edge.to);
    if (edge.ignored || !from?.external || from.statusCategory === 'done' || !to || to.external || to.statusCategory === 'done') return [];
    const found = risk(edge, from, to);
    return found ? [found] : [];
  });
}
