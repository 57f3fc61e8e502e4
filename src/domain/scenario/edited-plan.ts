/**
 * A scenario's edits applied, in order, to a copy of the plan: the work items the schedule reads (the scope and
 * the linked issues outside it) and a lag per link. The live plan is never changed. An edit that cannot apply is
 * skipped with a problem naming it (a negative duration, an issue or link no longer in the plan, done work);
 * a later edit of the same field wins. O(items + links) per edit that touches links, O(1) otherwise.
 * A duration edit sets the field the duration source reads (duration-source.ts): the original estimate (for work
 * under way the remaining estimate), the story points, or the due date counted from the start date (for work
 * under way, from the status date).
 */
import { ruleFor, type DependencyRule } from '../dependency-rule';
import type { DurationSettings } from '../schedule/item-duration';
import type { WorkingCalendar } from '../schedule/working-calendar';
import type { WorkItem } from '../work-item';
import { addedLinkId, type ScenarioEdit } from './scenario-edit';

export interface ScenarioPlan {
  /** The scope's items, as the viewer sees them. */
  items: readonly WorkItem[];
  /** Linked issues outside the scope (held at their actual or committed dates). */
  outside: readonly WorkItem[];
}

export interface PlanContext {
  rules: readonly DependencyRule[];
  duration: DurationSettings;
  calendar: WorkingCalendar;
  /** The status date (YYYY-MM-DD). */
  asOf: string;
}

export type ScenarioProblemKind = 'negativeDuration' | 'invalidNumber' | 'missingIssue' | 'missingLink' | 'notDependencyType' | 'selfDependency' | 'doneWork' | 'outsideScope' | 'noStartDate' | 'invalidDate';

export interface ScenarioProblem {
  editIndex: number;
  kind: ScenarioProblemKind;
  /** What is wrong and what to do, naming the issue or link. */
  message: string;
}

export interface EditedPlan extends ScenarioPlan {
  items: WorkItem[];
  outside: WorkItem[];
  linkLags: Map<string, number>;
  problems: ScenarioProblem[];
  /** Indexes of the edits that applied. */
  applied: number[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (s: string): boolean => ISO_DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export function editedPlan(plan: ScenarioPlan, edits: readonly ScenarioEdit[], context: PlanContext): EditedPlan {
  const items = plan.items.map(copy);
  const outside = plan.outside.map(copy);
  const inScope = new Map(items.map((i) => [i.key, i]));
  const byKey = new Map([...outside, ...items].map((i) => [i.key, i]));
  const linkLags = new Map<string, number>();
  const problems: ScenarioProblem[] = [];
  const applied: number[] = [];
  const hasLink = (id: string): boolean => items.some((i) => i.links.some((l) => l.id === id));

  edits.forEach((edit, editIndex) => {
    const refuse = (kind: ScenarioProblemKind, message: string): void => void problems.push({ editIndex, kind, message });
    const missing = (key: string): void => refuse('missingIssue', `${key} is no longer in the plan (deleted in Jira, moved out of the scope, or hidden from you): remove this edit.`);
    switch (edit.kind) {
      case 'duration': {
        const item = byKey.get(edit.key);
        if (!item) return missing(edit.key);
        if (!Number.isFinite(edit.days)) return refuse('invalidNumber', `The duration of ${edit.key} is not a number: enter working days, 0 or more.`);
        if (edit.days < 0) return refuse('negativeDuration', `The duration of ${edit.key} cannot be negative (${edit.days} working days): enter 0 or more.`);
        if (!inScope.has(edit.key)) return refuse('outsideScope', `${edit.key} is outside the project's scope and held at its due date: change its target instead.`);
        if (item.statusCategory === 'done') return refuse('doneWork', `${edit.key} is done: its actual dates stand, so its duration cannot change.`);
        const problem = setDuration(item, edit.days, context);
        return problem ? refuse(problem.kind, problem.message) : void applied.push(editIndex);
      }
      case 'target': {
        const item = byKey.get(edit.key);
        if (!item) return missing(edit.key);
        if (edit.date !== null && !isCalendarDay(edit.date)) return refuse('invalidDate', `The target of ${edit.key} is not a calendar day ("${edit.date}"): use YYYY-MM-DD.`);
        if (item.statusCategory === 'done') return refuse('doneWork', `${edit.key} is done: its actual dates stand, so its target cannot change.`);
        item.dueDate = edit.date;
        return void applied.push(editIndex);
      }
      case 'assignee': {
        const item = byKey.get(edit.key);
        if (!item) return missing(edit.key);
        item.assigneeId = edit.accountId;
        item.assigneeName = edit.accountId === null ? null : edit.name;
        return void applied.push(editIndex);
      }
      case 'lag':
        if (!Number.isFinite(edit.days)) return refuse('invalidNumber', `The lag of link ${edit.linkId} is not a number: enter working days (negative for a lead).`);
        if (!hasLink(edit.linkId)) return refuse('missingLink', `Link ${edit.linkId} is no longer in the plan (removed in Jira or by an earlier edit): remove this edit.`);
        linkLags.set(edit.linkId, edit.days);
        return void applied.push(editIndex);
      case 'removeDependency':
        if (!hasLink(edit.linkId)) return refuse('missingLink', `Link ${edit.linkId} is no longer in the plan (removed in Jira or by an earlier edit): remove this edit.`);
        for (const item of byKey.values()) item.links = item.links.filter((l) => l.id !== edit.linkId);
        linkLags.delete(edit.linkId);
        return void applied.push(editIndex);
      case 'addDependency': {
        const from = byKey.get(edit.fromKey);
        const to = byKey.get(edit.toKey);
        if (!from) return missing(edit.fromKey);
        if (!to) return missing(edit.toKey);
        if (from === to) return refuse('selfDependency', `${edit.fromKey} cannot depend on itself: pick two issues.`);
        const rule = ruleFor(context.rules, edit.linkType);
        if (!rule) return refuse('notDependencyType', `"${edit.linkType}" is not a link type mapped to a dependency: pick one the settings map.`);
        if (!inScope.has(from.key) && !inScope.has(to.key)) return refuse('outsideScope', `${edit.fromKey} and ${edit.toKey} are both outside the project's scope: link at least one issue of the project.`);
        const [outward, inward] = rule.predecessor === 'outward' ? [from, to] : [to, from];
        const id = addedLinkId(editIndex);
        outward.links = [...outward.links, { id, linkType: rule.linkType, direction: 'outward', otherKey: inward.key, otherProjectKey: inward.projectKey }];
        inward.links = [...inward.links, { id, linkType: rule.linkType, direction: 'inward', otherKey: outward.key, otherProjectKey: outward.projectKey }];
        return void applied.push(editIndex);
      }
    }
  });
  return { items, outside, linkLags, problems, applied };
}

function copy(item: WorkItem): WorkItem {
  return { ...item, links: [...item.links] };
}

/** Sets the field the duration source reads so the schedule gives `item` `days` working days; a problem when it cannot. */
function setDuration(item: WorkItem, days: number, context: PlanContext): Omit<ScenarioProblem, 'editIndex'> | null {
  const { calendar, duration, asOf } = context;
  const underWay = item.statusCategory === 'inProgress';
  switch (duration.source) {
    case 'originalEstimate': {
      const seconds = days * calendar.hoursPerDay * 3600;
      if (underWay) item.remainingEstimateSeconds = seconds;
      else {
        item.originalEstimateSeconds = seconds;
        item.estimateFromSubtasks = false;
      }
      return null;
    }
    case 'storyPoints':
      item.storyPoints = days / duration.daysPerPoint;
      return null;
    case 'dateSpan': {
      if (!Number.isInteger(days) || days < 1) {
        return { kind: 'invalidNumber', message: `Durations come from start and due dates, so the duration of ${item.key} is a whole number of working days, at least 1 (not ${days}).` };
      }
      const from = underWay ? asOf : item.startDate;
      if (from === null) return { kind: 'noStartDate', message: `${item.key} has no start date, and its duration is counted from it: set its target instead.` };
      item.dueDate = calendar.dateOf(calendar.offsetOf(from) + days - 1);
      return null;
    }
  }
}
