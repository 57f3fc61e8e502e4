import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult } from '../../src/contract';
import { defaultSettings } from '../../src/config/settings';
import { criticalPath } from '../../src/domain/schedule/critical-path';
import type { WorkItem } from '../../src/domain/work-item';
import { currentBaseline } from '../../src/use-cases/evm-baseline';
import type { Scope } from '../../src/use-cases/load-scope';
import { scheduleNode } from '../../src/use-cases/schedule-dto';
import { scheduleInputs } from '../../src/use-cases/schedule-inputs';
import { item } from '../domain/work-item-builder';

const asOf = '2026-11-16';

function baselineOf(items: WorkItem[]) {
  const scope: Scope = { settings: defaultSettings, project: { id: '1', key: 'P', name: 'P' }, jql: 'project = P', items, truncatedAt: null, hiddenLinks: null };
  const { calendar, duration, actuals, notBefore, remaining, actualStarts } = scheduleInputs(defaultSettings, items, [], asOf);
  const path = criticalPath({ items, rules: [], calendar, duration, actuals, notBefore, remaining, actualStarts, nearCriticalDays: 5 });
  const schedule: ScheduleResult = {
    project: { key: 'P', name: 'P' },
    scopeJql: scope.jql,
    asOf,
    projectStart: path.projectStartDate,
    projectFinish: path.projectFinishDate,
    durationDays: path.projectFinish,
    nearCriticalDays: 5,
    nodes: Object.values(path.items).map((s) => scheduleNode(s, items.find((i) => i.key === s.key), asOf)),
    edges: [],
    cycles: [],
    findings: [],
  };
  return currentBaseline(scope, schedule).planned;
}

describe('currentBaseline: work under way', () => {
  // P-1: 5 days estimated (40 h), 1 day (8 h) left, In Progress since Tue 10th, due Fri 20th; status date Mon 16th.
  const underWay = item('P-1', {
    status: 'In Progress',
    statusCategory: 'inProgress',
    originalEstimateSeconds: 40 * 3600,
    remainingEstimateSeconds: 8 * 3600,
    statusCategorySince: '2026-11-10',
    dueDate: '2026-11-20',
  });

  it('plans work with a due date over its whole duration, not what is left of it: Mon 16th to Fri 20th', () => {
    expect(baselineOf([underWay]).get('P-1')).toEqual({ start: '2026-11-16', finish: '2026-11-20' });
  });

  it('plans work without a due date from its actual start to the status date plus what is left: Tue 10th to Mon 16th', () => {
    expect(baselineOf([{ ...underWay, dueDate: null }]).get('P-1')).toEqual({ start: '2026-11-10', finish: '2026-11-16' });
  });
});
