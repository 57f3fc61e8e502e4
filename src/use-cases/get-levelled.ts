/**
 * The levelled schedule of a loaded scope (DESIGN.md section 1, "Resource levelling"): the same CPM schedule the
 * Dependencies tab computes (the viewer's scope, the linked issues outside it read as the viewer), levelled over
 * the assignees and pools of the scope's resource settings (resource-model.ts), within a time budget (the caller's
 * clock).
 */
import { dependencyRules } from '../config/dependency-rules';
import { isWork } from '../config/work-types';
import type { LevellingOptions } from '../domain/levelling/level-schedule';
import { projectLevelling, type ProjectLevelling } from '../domain/levelling/project-levelling';
import { criticalPath, type CriticalPath, type CriticalPathInput } from '../domain/schedule/critical-path';
import { uniqueLinks } from '../domain/unique-links';
import { loadLinkedOutside, type Scope, type ScopePorts } from './load-scope';
import { resourceModel } from './resource-model';
import { scheduleInputs } from './schedule-inputs';

/** A scope's critical path as `scheduleOfScope` computed it (with its edges), and what it was computed from. */
export interface CpmRun {
  schedule: CriticalPath;
  input: CriticalPathInput;
}

/**
 * `cpm`: the critical path of this very scope, already computed by `scheduleOfScope` (the consumer's): the linked
 * issues outside the scope are then not read again, nor the critical path computed again (issue #11, refresh CPU).
 */
export async function levelledOfScope(
  ports: ScopePorts,
  scope: Scope,
  asOf: string,
  options: LevellingOptions = {},
  cpm?: CpmRun,
): Promise<ProjectLevelling> {
  const { schedule, input } = cpm ?? (await cpmOfScope(ports, scope, asOf));
  const { items, calendar, notBefore } = input;
  const work = isWork(scope.settings);
  const model = resourceModel(scope.settings.resources, items);
  return projectLevelling({
    schedule,
    items: items.filter(work),
    calendar,
    resources: model.resources,
    ...(notBefore === undefined ? {} : { notBefore }),
    ...(model.priority === undefined ? {} : { priority: model.priority }),
    options: { ...model.options, ...options },
  });
}

/** The critical path the Dependencies tab computes for the scope (get-schedule.ts), the linked issues outside it read as the viewer. */
async function cpmOfScope(ports: ScopePorts, scope: Scope, asOf: string): Promise<CpmRun> {
  const inScope = new Set(scope.items.map((i) => i.key));
  const read = await loadLinkedOutside(ports, scope, uniqueLinks(scope.items).flatMap((l) => [l.outwardKey, l.inwardKey]).filter((k) => !inScope.has(k)));
  const unreadable = new Set(read.unreadable);
  const items = unreadable.size === 0 ? scope.items : scope.items.map((i) => ({ ...i, links: i.links.filter((l) => !unreadable.has(l.otherKey)) }));
  const work = isWork(scope.settings);
  const { calendar, duration, actuals, notBefore, remaining, actualStarts } = scheduleInputs(scope.settings, items.filter(work), read.items, asOf);
  const rules = dependencyRules(scope.settings);
  const input: CriticalPathInput = { items, rules, calendar, duration, actuals, notBefore, remaining, actualStarts, nearCriticalDays: scope.settings.schedule.nearCriticalDays, isWork: work };
  return { schedule: criticalPath({ ...input, includeEdges: true }), input };
}
