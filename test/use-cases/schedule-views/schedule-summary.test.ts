import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jsonBytes } from '../../../src/use-cases/schedule-views/answer-budget';
import { scheduleDetail } from '../../../src/use-cases/schedule-views/schedule-detail';
import { scheduleSummary } from '../../../src/use-cases/schedule-views/schedule-summary';
import { shapedSchedule } from '../../../src/use-cases/schedule-views/shaped-schedule';
import type { ScheduleResult } from '../../../src/contract';
import { edge, node } from './schedule-node-builder';

const at = (start: number, finish: number) => ({ offsets: { earlyStart: start, earlyFinish: finish, lateStart: start, lateFinish: finish } });
// Epic A holds A-2 -> A-3, both critical; epic B (B-1) holds B-2, which A-3 and C-1 (no epic) feed.
const nodes = [
  node('A-1', { type: 'Epic', summary: 'Alpha', ...at(0, 0) }),
  node('A-2', { parentKey: 'A-1', critical: true, ...at(0, 2) }),
  node('A-3', { parentKey: 'A-1', critical: true, ...at(2, 5) }),
  node('B-1', { type: 'Epic', summary: 'Bravo', ...at(5, 5) }),
  node('B-2', { parentKey: 'B-1', critical: true, statusCategory: 'done', totalSlackDays: 0, ...at(5, 9) }),
  node('C-1', { totalSlackDays: 7, ...at(1, 2) }),
];
const edges = [edge('A-2', 'A-3', { critical: true }), edge('A-3', 'B-2', { critical: true }), edge('C-1', 'B-2')];

describe('scheduleSummary', () => {
  it('one box per epic and one for issues under none, spanning their issues, with links between boxes counted', () => {
    const summary = scheduleSummary({ nodes, edges });
    const alpha = summary.groups.find((g) => g.key === 'A-1');
    expect(alpha).toMatchObject({ summary: 'Alpha', issueCount: 3, openCount: 3, critical: true, offsets: { earlyStart: 0, earlyFinish: 5 } });
    expect(summary.groups.find((g) => g.key === 'B-1')).toMatchObject({ issueCount: 2, openCount: 1 });
    expect(summary.groups.find((g) => g.key === '(none)')).toMatchObject({ summary: 'Issues under no epic', issueCount: 1, critical: false, totalSlackDays: 7 });
    expect(summary.links).toEqual([
      { from: 'A-1', to: 'B-1', links: 1, critical: true, inCycle: false },
      { from: '(none)', to: 'B-1', links: 1, critical: false, inCycle: false },
    ]);
    expect(summary.criticalChain).toEqual(['A-1', 'B-1']);
    expect(summary.omittedGroups).toBe(0);
  });

  it('over its budget, leaves out the least important groups first and still names them all in the picker', () => {
    const full = scheduleSummary({ nodes, edges });
    const critical = full.groups.filter((g) => g.critical);
    // Groups take three quarters of half what the picker leaves: room for the two critical ones, not the third.
    const summary = scheduleSummary({ nodes, edges }, jsonBytes(full.picker) + (8 / 3) * (jsonBytes(critical[0]) + jsonBytes(critical[1]) + 2));
    // Critical first, then the most linked: B-1 (two links) before A-1 (one).
    expect(summary.groups.map((g) => g.key)).toEqual(['B-1', 'A-1']);
    expect(summary.omittedGroups).toBe(1);
    expect(summary.picker.map((p) => p.key)).toEqual(['(none)', 'A-1', 'B-1']);
  });

  it('cut to its budget, still draws the links between the groups it keeps, critical first', () => {
    // 400 epics in a chain, each epic's one task feeding the next's (every other link critical): the boxes alone
    // overflow the groups' share.
    const many = Array.from({ length: 400 }, (_, i) => [
      node(`E-${i}`, { type: 'Epic', summary: `Epic ${i}`, ...at(i, i) }),
      node(`T-${i}`, { parentKey: `E-${i}`, critical: true, ...at(i, i + 1) }),
    ]).flat();
    const chain = Array.from({ length: 399 }, (_, i) => edge(`T-${i}`, `T-${i + 1}`, { critical: i % 2 === 0 }));
    const budget = 100 * 1024;
    const summary = scheduleSummary({ nodes: many, edges: chain }, budget);
    expect(summary.omittedGroups).toBeGreaterThan(0);
    expect(summary.links.length).toBeGreaterThan(10);
    const kept = new Set(summary.groups.map((g) => g.key));
    expect(summary.links.every((l) => kept.has(l.from) && kept.has(l.to))).toBe(true);
    expect(summary.links[0]?.critical).toBe(true);
    // Boxes and links together stay within half of what the picker leaves.
    expect(jsonBytes(summary.groups) + jsonBytes(summary.links)).toBeLessThanOrEqual((budget - jsonBytes(summary.picker)) / 2);
  });
});

describe('scheduleDetail', () => {
  it('an epic: its issues and the links among them, counting those that leave', () => {
    const detail = scheduleDetail({ nodes, edges }, { filter: { epic: 'A-1' } });
    expect(detail.nodes.map((n) => n.key)).toEqual(['A-1', 'A-2', 'A-3']);
    expect(detail.edges.map((e) => e.linkId)).toEqual(['A-2>A-3']);
    expect(detail).toMatchObject({ matching: 3, omitted: 0, linksOut: 1 });
  });

  it('a focus: everything upstream and downstream of it, and nothing beside', () => {
    expect(scheduleDetail({ nodes, edges }, { focus: 'A-3', filter: {} }).nodes.map((n) => n.key).sort()).toEqual(['A-2', 'A-3', 'B-2']);
  });

  it('a focus in a cycle ends', () => {
    const cycle = [edge('A-2', 'A-3'), edge('A-3', 'A-2')];
    expect(scheduleDetail({ nodes, edges: cycle }, { focus: 'A-2', filter: {} }).nodes).toHaveLength(2);
  });

  it('over the budget, keeps the earliest-starting issues and says how many were left out', () => {
    const detail = scheduleDetail({ nodes, edges }, { filter: {} }, (jsonBytes(nodes[0]) + 1) * 3 * 1.5);
    expect(detail.nodes.map((n) => n.key)).toEqual(['A-1', 'A-2', 'C-1', 'A-3'].slice(0, detail.nodes.length));
    expect(detail.omitted).toBe(6 - detail.nodes.length);
    expect(detail.omitted).toBeGreaterThan(0);
  });
});

describe('shapedSchedule', () => {
  const whole: ScheduleResult = {
    project: { key: 'A', name: 'Alpha' },
    scopeJql: 'project = A',
    asOf: '2026-11-16',
    projectStart: '2026-11-16',
    projectFinish: '2026-11-27',
    durationDays: 9,
    nearCriticalDays: 2,
    nodes,
    edges,
    cycles: [],
    findings: [{ kind: 'missing-estimate', severity: 'warning', title: 'No estimate', advice: 'Estimate them.', issueKeys: nodes.map((n) => n.key), details: [], count: 6 }],
  };

  it('answers the whole schedule when it fits', () => {
    expect(shapedSchedule(whole)).toBe(whole);
  });

  it('answers the head with large set when it does not, keeping finding counts', () => {
    const shaped = shapedSchedule(whole, 2000);
    expect(shaped.nodes).toEqual([]);
    expect(shaped.edges).toEqual([]);
    expect(shaped.large).toEqual({ issueCount: 6, linkCount: 3, criticalCount: 3, cycleCount: 0, fullBytes: jsonBytes(whole) });
    expect(shaped.findings[0]?.count).toBe(6);
    expect(jsonBytes(shaped)).toBeLessThanOrEqual(2000);
  });
});
