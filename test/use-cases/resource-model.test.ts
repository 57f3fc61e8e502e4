import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { resourceSettingsSchema } from '../../src/config/resource-settings';
import { projectLevelling } from '../../src/domain/levelling/project-levelling';
import { criticalPath } from '../../src/domain/schedule/critical-path';
import { resourceModel } from '../../src/use-cases/resource-model';
import { calendar, network, type Activity } from '../domain/schedule/network-builder';
import { item } from '../domain/work-item-builder';

const settings = (raw: unknown) => resourceSettingsSchema.parse(raw);

/** Levels `activities` (Monday 2025-01-06, 8-hour days) with the settings' model, one priority pass. */
function level(activities: Activity[], extra: Record<string, Partial<ReturnType<typeof item>>>, raw: unknown) {
  const { items, rules } = network(activities);
  const work = items.map((i) => ({ ...i, ...extra[i.key] }));
  const model = resourceModel(settings(raw), work);
  const schedule = criticalPath({ items: work, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0, includeEdges: true });
  return projectLevelling({ schedule, items: work, calendar, resources: model.resources, ...(model.priority ? { priority: model.priority } : {}), options: { method: 'priority', ...model.options } });
}

describe('resource settings', () => {
  it('default to everyone at 100%, no pools, Jira priority then rank, levelling beyond slack', () => {
    expect(settings({})).toEqual({
      people: [],
      pools: { source: 'none', teamField: null, list: [] },
      level: { withinSlack: false, ignorePools: false, priorityOrder: 'jira-priority', priorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest'], rankField: null },
    });
  });

  it('name every problem at once: availability out of range, time off ending before it starts, a person twice, a negative pool', () => {
    const parsed = resourceSettingsSchema.safeParse({
      people: [
        { accountId: 'noor', availabilityPercent: 120 },
        { accountId: 'noor', timeOff: [{ from: '2025-01-10', to: '2025-01-06' }] },
      ],
      pools: { source: 'component', list: [{ name: 'Backend', size: -1 }] },
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'people.0.availabilityPercent: use 0 to 100%',
        'people.1.timeOff.0.to: time off ends on or after the day it starts',
        'pools.list.0.size: use 0 or more people',
      ]),
    );
  });
});

describe('resourceModel', () => {
  it('a person at 50% takes twice as long: 16 h is 4 days (the issue’s example)', () => {
    const result = level([{ key: 'PAY-1', days: 2 }], { 'PAY-1': { assigneeId: 'noor' } }, { people: [{ accountId: 'noor', availabilityPercent: 50 }] });
    expect(result.issues['PAY-1']?.levelledFinish).toBe('2025-01-09');
  });

  it('unassigned work falls in its first listed component’s pool; a component not listed leaves it unlevelled', () => {
    const raw = { pools: { source: 'component', list: [{ name: 'Backend', size: 1 }] } };
    const result = level(
      [{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }, { key: 'PAY-3', days: 1 }],
      { 'PAY-1': { components: ['Docs', 'Backend'] }, 'PAY-2': { components: ['Backend'] }, 'PAY-3': { components: ['Docs'] } },
      raw,
    );
    expect([result.issues['PAY-1']?.resource, result.issues['PAY-2']?.resource, result.issues['PAY-3']?.resource]).toEqual(['Backend', 'Backend', null]);
    expect(result.levelledFinish).toBe('2025-01-07');
    const kinds = Object.fromEntries(result.findings.map((f) => [f.kind, f.issueKeys]));
    expect(kinds['levelling-pooled']).toEqual(['PAY-1', 'PAY-2']);
    expect(kinds['levelling-unassigned']).toEqual(['PAY-3']);
  });

  it('labels and teams make pools too; a team not listed is a pool of 0 and a finding naming it', () => {
    const byLabel = level([{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }], { 'PAY-1': { labels: ['pci'] }, 'PAY-2': { labels: ['pci'] } }, { pools: { source: 'label', list: [{ name: 'pci', size: 2 }] } });
    expect(byLabel.levelledFinish).toBe('2025-01-06');
    const byTeam = level([{ key: 'PAY-1', days: 1 }], { 'PAY-1': { team: 'Payments squad' } }, { pools: { source: 'team', teamField: 'customfield_10001' } });
    expect(byTeam.findings.find((f) => f.kind === 'levelling-no-capacity')?.details).toEqual(['PAY-1 needs 1 of Payments squad, which has 0']);
  });

  it('ignoring pools leaves pooled work out', () => {
    const result = level([{ key: 'PAY-1', days: 1 }], { 'PAY-1': { labels: ['pci'] } }, { pools: { source: 'label', list: [{ name: 'pci', size: 1 }] }, level: { ignorePools: true } });
    expect(result.issues['PAY-1']?.resource).toBeNull();
  });

  it('Jira priority first, then rank: Noor does the Highest issue first, then the better-ranked of two Medium ones', () => {
    const noor = (priority: string, rank: string) => ({ assigneeId: 'noor', priority, rank });
    const result = level(
      [{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }, { key: 'PAY-3', days: 1 }],
      { 'PAY-1': noor('Medium', '0|i0002:'), 'PAY-2': noor('Medium', '0|i0001:'), 'PAY-3': noor('Highest', '0|i0009:') },
      { level: { rankField: 'customfield_10019' } },
    );
    expect(['PAY-3', 'PAY-2', 'PAY-1'].map((k) => result.issues[k]?.levelledStart)).toEqual(['2025-01-06', '2025-01-07', '2025-01-08']);
    const standard = level(
      [{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }, { key: 'PAY-3', days: 1 }],
      { 'PAY-1': noor('Medium', '0|i0002:'), 'PAY-2': noor('Medium', '0|i0001:'), 'PAY-3': noor('Highest', '0|i0009:') },
      { level: { priorityOrder: 'standard' } },
    );
    expect(standard.issues['PAY-3']?.levelledStart).not.toBe('2025-01-06');
  });

  it('within slack keeps the finish where CPM has it and names the work left over-allocated', () => {
    const result = level([{ key: 'PAY-1', days: 2 }, { key: 'PAY-2', days: 2 }], { 'PAY-1': { assigneeId: 'noor' }, 'PAY-2': { assigneeId: 'noor' } }, { level: { withinSlack: true } });
    expect(result.levelledFinish).toBe(result.cpmFinish);
    expect(result.findings.map((f) => f.kind)).toContain('levelling-over-allocated');
  });

  it('time off covering the whole plan, and 0% availability, are findings naming the issue and the person; the rest is levelled', () => {
    const result = level(
      [{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }, { key: 'PAY-3', days: 1 }],
      { 'PAY-1': { assigneeId: 'zed', assigneeName: 'Zed' }, 'PAY-2': { assigneeId: 'ana', assigneeName: 'Ana' }, 'PAY-3': { assigneeId: 'noor', assigneeName: 'Noor' } },
      { people: [{ accountId: 'zed', availabilityPercent: 0 }, { accountId: 'ana', timeOff: [{ from: '2025-01-01', to: '2025-01-10' }] }] },
    );
    const details = Object.fromEntries(result.findings.map((f) => [f.kind, f.details]));
    expect(details['levelling-no-capacity']).toEqual(['PAY-1 needs 1 of Zed, which has 0']);
    expect(details['levelling-time-off']).toEqual(['PAY-2 waits for Ana, away until after the CPM finish']);
    expect(result.issues['PAY-2']?.levelledStart).toBe('2025-01-13');
    expect(result.issues['PAY-3']?.levelledStart).toBe('2025-01-06');
  });
});
