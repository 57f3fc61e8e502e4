/**
 * Turns the project plans into drafts: epics, their work items, loose work, risks and decisions, each
 * with a status history that agrees with today. Sub-tasks are added by `addSubtasks`, epics' dates and
 * statuses roll up from their children in `rollUpEpics`.
 */
import type { DemoCalendar } from './calendar';
import type { Draft } from './draft';
import type { Prng } from './prng';
import type { PlanDecision, PlanItem, PlanRisk, ProjectPlan } from './plan-types';
import type { PlannedSpan } from './schedule';
import { decisionHistory, momentOn, riskHistory, workHistory, type History } from './status-history';
import type { PriorityName } from './workflow';

const PRIORITY_WEIGHTS: ReadonlyArray<[PriorityName, number]> = [['Highest', 0.04], ['High', 0.2], ['Medium', 0.6], ['Low', 0.12], ['Lowest', 0.04]];

function priority(rng: Prng): PriorityName {
  let roll = rng.next();
  for (const [name, weight] of PRIORITY_WEIGHTS) {
    if (roll < weight) return name;
    roll -= weight;
  }
  return 'Medium';
}

function labels(plan: ProjectPlan, own: readonly string[] | undefined, rng: Prng): string[] {
  const picked = new Set(own ?? []);
  if (rng.chance(0.25)) picked.add(rng.pick(plan.labels));
  return [...picked].sort();
}

interface DraftContext {
  calendar: DemoCalendar;
  rng: Prng;
  /** The last working day before today: nothing happens later than that. */
  lastDay: number;
}

function base(ref: string, plan: ProjectPlan, history: History, createdDay: number, context: DraftContext): Omit<Draft, 'type' | 'summary' | 'assignee'> {
  const { calendar, rng } = context;
  return {
    ref,
    project: plan.key,
    reporter: plan.reporter,
    labels: [],
    priority: 'Medium',
    estimateSeconds: null,
    points: null,
    cost: null,
    history,
    createdDay,
    created: momentOn(calendar, rng, createdDay, 7, 9),
    id: '',
    key: '',
  };
}

function workDraft(plan: ProjectPlan, planned: PlanItem, span: PlannedSpan, parentRef: string | undefined, context: DraftContext): Draft {
  const { calendar, rng, lastDay } = context;
  const history = workHistory(span, calendar, rng, { ...(planned.status ? { forced: planned.status } : {}), ...(plan.lateShare === undefined ? {} : { lateShare: plan.lateShare }) });
  let createdDay = Math.max(-5, Math.min(span.start - rng.int(3, 12), lastDay));
  if (planned.movedFrom) createdDay = Math.min(createdDay, planned.movedFrom.day - 2);
  const draft: Draft = {
    ...base(planned.ref, plan, history, createdDay, context),
    type: planned.type,
    summary: planned.summary,
    assignee: planned.assignee,
    labels: labels(plan, planned.labels, rng),
    priority: priority(rng),
    span,
    points: planned.points,
    cost: planned.cost ?? null,
    ...(parentRef ? { parentRef } : {}),
    ...(planned.component ? { component: planned.component } : {}),
  };
  if (planned.type === 'Bug' && rng.chance(0.5)) draft.reporter = planned.assignee === 'lena' ? 'ruth' : 'lena';
  if (planned.movedFrom) draft.movedFrom = { project: planned.movedFrom.project, at: momentOn(calendar, rng, planned.movedFrom.day, 10, 16) };
  return draft;
}

function riskDraft(plan: ProjectPlan, risk: PlanRisk, context: DraftContext): Draft {
  return {
    ...base(risk.ref, plan, riskHistory(risk.status, risk.raisedDay, context.calendar, context.rng), risk.raisedDay, context),
    type: 'Risk',
    summary: risk.summary,
    assignee: risk.owner,
    reporter: 'priya',
    labels: ['risk'],
    priority: risk.probability * risk.impact >= 12 ? 'High' : 'Medium',
    risk,
  };
}

function decisionDraft(plan: ProjectPlan, decision: PlanDecision, decidedDay: Map<string, number>, context: DraftContext): Draft {
  const successor = plan.decisions.find((other) => other.supersedes === decision.ref);
  const history = decisionHistory(
    decision.status,
    decidedDay.get(decision.ref) ?? decision.raisedDay,
    successor ? decidedDay.get(successor.ref) : undefined,
    context.calendar,
    context.rng,
  );
  return {
    ...base(decision.ref, plan, history, decision.raisedDay, context),
    type: 'Decision',
    summary: decision.summary,
    assignee: decision.owner,
    reporter: decision.owner,
    labels: ['decision'],
    decision,
  };
}

export function planDrafts(plans: readonly ProjectPlan[], spans: ReadonlyMap<string, PlannedSpan>, calendar: DemoCalendar, rng: Prng): Draft[] {
  const context: DraftContext = { calendar, rng, lastDay: calendar.todayIndex - 1 };
  const spanOf = (ref: string): PlannedSpan => {
    const span = spans.get(ref);
    if (!span) throw new Error(`no schedule for ${ref}`);
    return span;
  };
  const drafts: Draft[] = [];
  for (const plan of plans) {
    for (const epic of plan.epics) {
      const createdDay = -rng.int(3, 8);
      drafts.push({
        ...base(epic.ref, plan, { initial: 'To Do', transitions: [] }, createdDay, context),
        type: 'Epic',
        summary: epic.summary,
        assignee: epic.accountable,
        priority: rng.chance(0.5) ? 'High' : 'Medium',
        epic,
      });
      for (const planned of epic.items) drafts.push(workDraft(plan, planned, spanOf(planned.ref), epic.ref, context));
    }
    for (const planned of plan.loose) drafts.push(workDraft(plan, planned, spanOf(planned.ref), undefined, context));
    for (const risk of plan.risks) drafts.push(riskDraft(plan, risk, context));
    const decidedDay = new Map(plan.decisions.map((decision) => [decision.ref, decision.raisedDay + rng.int(2, 5)]));
    for (const decision of plan.decisions) drafts.push(decisionDraft(plan, decision, decidedDay, context));
  }
  return drafts;
}
