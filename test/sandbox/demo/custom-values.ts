/**
 * The custom field values of one issue, every custom field present (null when unset) as `fields=*all`
 * returns them: dates, story points (Story Points on company-managed projects, Story point estimate on
 * team-managed ones), sprint, rank, flag, RACI people on epics, risk and decision fields.
 */
import { jiraDate, type DemoCalendar } from './calendar';
import { CF, CUSTOM_FIELDS, SELECT_OPTIONS, optionValue } from './custom-fields';
import type { Draft } from './draft';
import { DEMO_PROJECTS } from './projects';
import { sprintValue } from './sprints';
import { currentStatus } from './status-history';
import { demoUser, userRef, type UserKey } from './users';

export interface CustomValueContext {
  baseUrl: string;
  calendar: DemoCalendar;
  rank: string;
}

export function customValues(draft: Draft, context: CustomValueContext): Record<string, unknown> {
  const { baseUrl, calendar } = context;
  const values: Record<string, unknown> = Object.fromEntries(CUSTOM_FIELDS.map((field) => [field.id, null]));
  const person = (key: UserKey): Record<string, unknown> => userRef(demoUser(key), baseUrl);
  values[CF.development] = '{}';
  values[CF.rank] = context.rank;
  if (draft.span) values[CF.startDate] = jiraDate(calendar.workday(draft.span.start));
  const pointsField = DEMO_PROJECTS[draft.project].teamManaged ? CF.storyPointEstimate : CF.storyPoints;
  if (draft.type !== 'Sub-task' && draft.points !== null) values[pointsField] = draft.points;
  values[CF.sprint] = sprintValue(draft, calendar);
  if (currentStatus(draft.history) === 'Blocked') {
    values[CF.flagged] = [optionValue(baseUrl, SELECT_OPTIONS.flagged.Impediment, 'Impediment')];
  }
  if (draft.cost !== null) values[CF.cost] = draft.cost;
  if (draft.epic) {
    values[CF.epicName] = draft.summary;
    values[CF.issueColor] = 'purple';
    values[CF.accountable] = person(draft.epic.accountable);
    values[CF.consulted] = draft.epic.consulted.map(person);
    values[CF.informed] = draft.epic.informed.map(person);
  }
  if (draft.risk) {
    values[CF.riskProbability] = draft.risk.probability;
    values[CF.riskImpact] = draft.risk.impact;
    values[CF.riskOwner] = person(draft.risk.owner);
    values[CF.riskCategory] = optionValue(baseUrl, SELECT_OPTIONS.riskCategory[draft.risk.category], draft.risk.category);
  }
  if (draft.decision) {
    const status = draft.decision.status;
    values[CF.decisionStatus] = optionValue(baseUrl, SELECT_OPTIONS.decisionStatus[status], status);
    const decided = draft.history.transitions.find((transition) => transition.to === 'Decided' || transition.to === 'Rejected');
    if (decided) values[CF.decisionDate] = jiraDate(decided.at);
    values[CF.accountable] = person(draft.decision.owner);
  }
  return values;
}
