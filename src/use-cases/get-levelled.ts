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
import { criticalPath } from '../domain/schedule/critical-path';
import { uniqueLinks } from '../domain/unique-links';
import { loadLinkedOutside, type Scope, type ScopePorts } from './load-scope';
import { resourceModel } from './resource-model';
import { scheduleInputs } from './schedule-inputs';

export async function levelledOfScope(
  ports: ScopePorts,
  scope: Scope,
  asOf: string,
  options: LevellingOptions = {},
): Promise<ProjectLevelling> {
  const inScope = new Set(scope.items.map((i) => i.key));
  const read = await loadLinkedOutside(ports, scope, uniqueLinks(scope.items).flatMap((l) => [l.outwardKey, l.inwardKey]).filter((k) => !inScope.has(k)));
  const unreadable = new Set(read.unreadable);
  const items = unreadable.size === 0 ? scope.items : scope.items.map((i) => ({ ...i, links: i.links.filter((l) => !unreadable.has(l.otherKey)) }));
  const work = isWork(scope.settings);
  const { calendar, duration, actuals, notBefore, remaining, actualStarts } = scheduleInputs(scope.settings, items.filter(work), read.items, asOf);
  const rules = dependencyRules(scope.settings);
  const schedule = criticalPath({ items, rules, calendar, duration, actuals, notBefore, remaining, actualStarts, nearCriticalDays: scope.settings.schedule.nearCriticalDays, includeEdges: true, isWork: work });
  const model = resourceModel(scope.settings.resources, items);
  return projectLevelling({
    schedule,
    items: items.filter(work),
    calendar,
    resources: model.resources,
    notBefore,
    ...(model.priority === undefined ? {} : { priority: model.priority }),
    options: { ...model.options, ...options },
  });
}
