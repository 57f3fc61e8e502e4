/**
 * What resource levelling reads from a Jira issue (issue #14): its priority's name, its rank, and the pool keys the
 * resource settings name (components, labels, or the Atlassian Team field's team). Values of another shape are
 * read as absent, never as a wrong pool.
 */
import { z } from 'zod';
import type { Settings } from '../../config/settings';
import type { WorkItem } from '../../domain/work-item';
import type { JiraIssue } from './jira-issue-schema';

const named = z.looseObject({ name: z.string() });
// The Team field answers { id, name, title? } (Atlassian teams); older sites' text fields answer a string.
const team = z.union([z.string(), z.looseObject({ id: z.string().optional(), name: z.string().optional(), title: z.string().optional() })]);

export type LevellingFields = Pick<WorkItem, 'priority' | 'rank' | 'components' | 'labels' | 'team'>;

export function levellingFieldsToRequest(settings: Settings): string[] {
  const { pools, level } = settings.resources;
  return [
    ...(level.priorityOrder === 'jira-priority' ? ['priority'] : []),
    ...(level.priorityOrder === 'jira-priority' && level.rankField !== null ? [level.rankField] : []),
    ...(pools.source === 'component' ? ['components'] : []),
    ...(pools.source === 'label' ? ['labels'] : []),
    ...(pools.source === 'team' && pools.teamField !== null ? [pools.teamField] : []),
  ];
}

export function levellingFieldsOf(issue: JiraIssue, settings: Settings): LevellingFields {
  const { pools, level } = settings.resources;
  const f = issue.fields;
  const out: LevellingFields = {};
  if (level.priorityOrder === 'jira-priority') {
    // Left out when absent, so an issue without one reads as before the setting existed.
    const priority = named.safeParse(f['priority']).data?.name;
    if (priority !== undefined) out.priority = priority;
    const rank = level.rankField === null ? undefined : z.string().safeParse(f[level.rankField]).data;
    if (rank !== undefined) out.rank = rank;
  }
  if (pools.source === 'component') out.components = (z.array(named).safeParse(f['components']).data ?? []).map((c) => c.name);
  if (pools.source === 'label') out.labels = z.array(z.string()).safeParse(f['labels']).data ?? [];
  if (pools.source === 'team' && pools.teamField !== null) {
    const value = team.safeParse(f[pools.teamField]).data;
    out.team = value === undefined ? null : typeof value === 'string' ? value : (value.name ?? value.title ?? null);
  }
  return out;
}
