/**
 * The `risks` view keeps only what the register looks at (risk-plan-view.ts), and the register over it is the
 * register over the whole schedule: risks weighted by linked critical work, critical work risks, late outside
 * predecessors, cycles, and the setup problem naming the issue types in scope.
 */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import { expect } from '../../expect';
import type { ScheduleCycle, ScheduleEdge, ScheduleNode } from '../../../src/contract';
import { riskRegister } from '../../../src/domain/risk/risk-register';
import type { RiskRecord } from '../../../src/domain/risk/risk-record';
import { riskPlan } from '../../../src/use-cases/risk-plan';
import { riskPlanView } from '../../../src/use-cases/schedule-views/risk-plan-view';
import { edge, node } from './schedule-node-builder';

const risk = (key: string, linked: string[]): RiskRecord => ({
  key,
  summary: `Risk ${key}`,
  status: 'Open',
  statusCategory: 'todo',
  category: null,
  owner: null,
  probability: 4,
  impact: 4,
  residualProbability: null,
  residualImpact: null,
  severity: null,
  occurrence: null,
  detection: null,
  proximityDate: null,
  reviewDate: null,
  treatmentKeys: [],
  linkedKeys: linked,
  problems: [],
});

const registerOf = (plan: { nodes: ScheduleNode[]; edges: ScheduleEdge[]; cycles: ScheduleCycle[] }, records: RiskRecord[]) =>
  riskRegister({ records, plan: riskPlan(plan, new Set(records.map((r) => r.key))), scale: 'oneToFive', weights: { critical: 1.5, nearCritical: 1.25 } });

describe('riskPlanView', () => {
  const nodes = [
    node('BIG-1', { critical: true, late: true, type: 'Task' }),
    node('BIG-2', { nearCritical: true, totalSlackDays: 2 }),
    node('BIG-3', { totalSlackDays: 9 }),
    node('BIG-4', { critical: true, statusCategory: 'done', status: 'Done' }),
    node('BIG-5', { offsets: { earlyStart: 0, earlyFinish: 1, lateStart: 0, lateFinish: 1 } }),
    node('OPS-1', { external: true, blocked: true, type: 'Bug', offsets: { earlyStart: 0, earlyFinish: 4, lateStart: 0, lateFinish: 4 } }),
    node('OPS-2', { external: true, statusCategory: 'done', status: 'Done' }),
  ];
  const edges = [edge('OPS-1', 'BIG-5'), edge('OPS-2', 'BIG-3'), edge('BIG-1', 'BIG-2'), edge('OPS-1', 'BIG-3', { ignored: true })];
  const cycles: ScheduleCycle[] = [{ issueKeys: ['BIG-3', 'BIG-5'], suggestedCut: { fromKey: 'BIG-5', toKey: 'BIG-3', linkId: 'BIG-5>BIG-3', kind: 'FS' }, ignoredLinkIds: ['BIG-5>BIG-3'] }];

  it('keeps the open critical and near-critical work, the open links from outside with their ends, the cycles and the types', () => {
    const view = riskPlanView({ nodes, edges, cycles });
    expect(view.nodes.map((n) => n.key)).toEqual(['BIG-1', 'BIG-2', 'BIG-5', 'OPS-1']);
    expect(view.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['OPS-1>BIG-5']);
    expect(view.cycles).toEqual(cycles);
    expect(view.types).toEqual(['Story', 'Task']);
  });

  it('gives the register the whole schedule gives', () => {
    const records = [risk('BIG-90', ['BIG-1']), risk('BIG-91', ['BIG-3', 'OPS-1'])];
    expect(registerOf(riskPlanView({ nodes, edges, cycles }), records)).toEqual(registerOf({ nodes, edges, cycles }, records));
  });

  it('gives the register the whole schedule gives, for any flags, links and risks', () => {
    const keys = ['BIG-1', 'BIG-2', 'BIG-3', 'BIG-4', 'OPS-1', 'OPS-2'];
    const flags = fc.record({ critical: fc.boolean(), nearCritical: fc.boolean(), done: fc.boolean(), late: fc.boolean(), blocked: fc.boolean(), end: fc.nat(6) });
    fc.assert(
      fc.property(fc.array(flags, { minLength: keys.length, maxLength: keys.length }), fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys), fc.boolean())), fc.array(fc.subarray(keys)), (each, links, risks) => {
        const all = keys.map((key, i) => {
          const f = each[i] ?? { critical: false, nearCritical: false, done: false, late: false, blocked: false, end: 0 };
          return node(key, {
            external: key.startsWith('OPS'),
            critical: f.critical,
            nearCritical: !f.critical && f.nearCritical,
            statusCategory: f.done ? 'done' : 'todo',
            late: f.late,
            blocked: f.blocked,
            offsets: { earlyStart: 0, earlyFinish: f.end, lateStart: 0, lateFinish: 3 },
          });
        });
        const plan = { nodes: all, edges: links.filter(([a, b]) => a !== b).map(([a, b, ignored]) => edge(a, b, { ignored })), cycles: [] };
        const records = risks.map((linked, i) => risk(`BIG-${100 + i}`, linked));
        expect(registerOf(riskPlanView(plan), records)).toEqual(registerOf(plan, records));
      }),
    );
  });
});
