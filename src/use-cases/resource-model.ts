/**
 * The resource settings (config/resource-settings.ts) as the levelling's model (issue #14): people with their
 * availability and time off, pools with their size and the pool each unassigned issue falls in (its Team, its
 * first listed component or label), the levelling priority per issue (Jira priority, then rank) and the options
 * (within slack, ignore pools). A Team not listed is still its own pool, of size 0, so the finding names it.
 */
import type { ResourceSettingsConfig } from '../config/resource-settings';
import type { LevellingOptions } from '../domain/levelling/level-schedule';
import { levellingPriority } from '../domain/levelling/levelling-priority';
import type { ResourceSettings } from '../domain/levelling/project-problem';
import type { WorkItem } from '../domain/work-item';

export interface ResourceModel {
  resources: ResourceSettings;
  priority?: Map<string, number>;
  options: Pick<LevellingOptions, 'withinSlack'>;
}

function poolOf(settings: ResourceSettingsConfig): ((item: WorkItem) => string | null) | undefined {
  const listed = new Set(settings.pools.list.map((p) => p.name));
  const firstListed = (names: readonly string[] | undefined): string | null => names?.find((n) => listed.has(n)) ?? null;
  switch (settings.pools.source) {
    case 'component':
      return (item) => firstListed(item.components);
    case 'label':
      return (item) => firstListed(item.labels);
    case 'team':
      return (item) => (item.team === undefined || item.team === null || item.team === '' ? null : item.team);
    case 'none':
      return undefined;
  }
}

export function resourceModel(settings: ResourceSettingsConfig, items: readonly WorkItem[]): ResourceModel {
  const pool = poolOf(settings);
  const resources: ResourceSettings = {
    people: settings.people.map((p) => ({ accountId: p.accountId, availabilityPercent: p.availabilityPercent, timeOff: p.timeOff })),
    pools: settings.pools.list,
    ...(pool === undefined ? {} : { poolOf: pool }),
    ignorePools: settings.level.ignorePools,
  };
  const options = { withinSlack: settings.level.withinSlack };
  if (settings.level.priorityOrder === 'standard') return { resources, options };
  return { resources, options, priority: levellingPriority(items, settings.level.priorities) };
}
