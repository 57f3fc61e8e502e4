/**
 * Which issue types are work (DESIGN.md section 1, "Only work is scheduled"): every type but the risk type, the
 * decision type and the types the admin marks as not work (`issueTypes.notWork`, default none). Items of those
 * types feed their own analyses (risk register, decision log) and never become activities, budget lines or
 * missing-estimate findings. Names compare without case, as Jira's JQL compares them.
 */
import * as z from 'zod/mini';
import type { Settings } from './settings';

const MAX_NOT_WORK_TYPES = 50;

/** The admin's list of issue types that are not work: each named, each once, at most 50. */
export const notWorkTypesSchema = z.array(z.string().check(z.trim(), z.minLength(1, 'name an issue type'))).check(
  z.maxLength(MAX_NOT_WORK_TYPES, `list at most ${MAX_NOT_WORK_TYPES} issue types`),
  z.refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, 'list each issue type once'),
);

/** `issueTypes.notWork` in the settings: none unless the admin marks some. */
export const notWorkSetting = z._default(notWorkTypesSchema, []);

/** The issue types, lower case, whose items are never scheduled or budgeted. */
export function notWorkTypes(settings: Pick<Settings, 'issueTypes' | 'risks'>): Set<string> {
  const { risk, decision, notWork } = settings.issueTypes;
  return new Set([risk, settings.risks.issueType ?? risk, decision, ...notWork].map((t) => t.toLowerCase()));
}

/** The predicate the schedule, the budgets and the estimate findings take. */
export function isWork(settings: Pick<Settings, 'issueTypes' | 'risks'>): (item: { type: string }) => boolean {
  const types = notWorkTypes(settings);
  return (item) => !types.has(item.type.toLowerCase());
}
