import type { ItemLink, WorkItem } from '../../src/domain/work-item';

/** A work item with sensible defaults, for domain tests. */
export function item(key: string, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    key,
    projectKey: key.split('-')[0] ?? 'P',
    summary: `Summary of ${key}`,
    type: 'Task',
    status: 'To Do',
    statusCategory: 'todo',
    parentKey: null,
    assigneeId: null,
    originalEstimateSeconds: 8 * 3600,
    storyPoints: null,
    startDate: null,
    dueDate: null,
    links: [],
    ...overrides,
  };
}

export function link(id: string, linkType: string, direction: ItemLink['direction'], otherKey: string): ItemLink {
  return { id, linkType, direction, otherKey, otherProjectKey: otherKey.split('-')[0] ?? '' };
}
