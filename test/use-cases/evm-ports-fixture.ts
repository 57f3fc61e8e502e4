/** Plain-function `EvmPorts` over in-memory data, for `getEvm` tests (no Jira, no mocks of @forge/*). */
import type { EvmFields } from '../../src/adapters/jira/fetch-evm-fields';
import type { StoredBaseline } from '../../src/adapters/storage/baseline-store';
import { defaultEvmSettings, type EvmSettings } from '../../src/config/evm-settings';
import { defaultSettings } from '../../src/config/settings';
import type { StatusChange } from '../../src/domain/evm/progress-history';
import type { Worklog } from '../../src/domain/evm/time-phased';
import type { WorkItem } from '../../src/domain/work-item';
import type { PlannedDates } from '../../src/use-cases/evm-baseline';
import type { EvmPorts } from '../../src/use-cases/evm-ports';

export interface EvmData {
  items: WorkItem[];
  planned?: Record<string, PlannedDates>;
  projectStart?: string;
  fields?: Record<string, Partial<EvmFields>>;
  worklogs?: Worklog[];
  changes?: StatusChange[];
  evm?: Partial<EvmSettings>;
  fetchLimit?: number;
  stored?: StoredBaseline[];
}

export function evmPorts(data: EvmData): EvmPorts & { fetches: () => number } {
  let fetches = 0;
  const worklogs = data.worklogs ?? [];
  const spent = (key: string): number => worklogs.filter((w) => w.key === key).reduce((sum, w) => sum + w.hours * 3600, 0);
  return {
    loadScope: () =>
      Promise.resolve({
        settings: { ...defaultSettings, evm: { ...defaultEvmSettings, ...data.evm } },
        project: { id: '10000', key: 'P', name: 'Project' },
        jql: 'project = "P"',
        items: data.items,
        truncatedAt: null,
        hiddenLinks: null,
      }),
    currentBaseline: () =>
      Promise.resolve({ name: 'current', projectStart: data.projectStart ?? '2026-11-02', planned: new Map(Object.entries(data.planned ?? {})), fromDueDates: 0, budgets: null, unseen: 0, createdAt: null }),
    storedBaseline: (_project, name) => Promise.resolve(data.stored?.find((b) => b.name === name) ?? null),
    fetchEvmFields: (scope) =>
      Promise.resolve(
        new Map(
          scope.items.map((i) => [
            i.key,
            { originalEstimateSeconds: i.originalEstimateSeconds, timeSpentSeconds: spent(i.key) || null, remainingEstimateSeconds: null, cost: null, ...data.fields?.[i.key] },
          ]),
        ),
      ),
    fetchStatusCategories: () => {
      fetches += 1;
      return Promise.resolve(new Map());
    },
    fetchWorklogs: (key) => {
      fetches += 1;
      return Promise.resolve({ worklogs: worklogs.filter((w) => w.key === key), fetches: 1 });
    },
    fetchStatusChanges: (key) => {
      fetches += 1;
      return Promise.resolve({ changes: (data.changes ?? []).filter((c) => c.key === key), fetches: 1 });
    },
    fetchesLeft: () => (data.fetchLimit ?? Number.POSITIVE_INFINITY) - fetches,
    fetches: () => fetches,
  };
}
