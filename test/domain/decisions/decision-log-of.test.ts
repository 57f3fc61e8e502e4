import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { decisionLogOf } from '../../../src/domain/decisions/decision-log-of';
import { unknownStatusProblem } from '../../../src/domain/decisions/decision-status-of';
import { decisionRecord } from './decision-builders';

describe('decisionLogOf', () => {
  it('gives an empty log for no decisions', () => {
    expect(decisionLogOf([])).toEqual({ decisions: [], findings: [] });
  });

  it('puts the newest first, and on the same day the higher key first (WEB-10 before WEB-9)', () => {
    const log = decisionLogOf([
      decisionRecord('WEB-9', { date: '2026-10-02' }),
      decisionRecord('WEB-1', { date: '2026-09-01' }),
      decisionRecord('WEB-10', { date: '2026-10-02' }),
      decisionRecord('WEB-5', { date: '2026-11-01' }),
    ]);
    expect(log.decisions.map((d) => d.key)).toEqual(['WEB-5', 'WEB-10', 'WEB-9', 'WEB-1']);
    expect(log.findings).toEqual([]);
  });

  it('fills supersededBy from the other decision\'s supersedes, once, keeping what was there', () => {
    const log = decisionLogOf([
      decisionRecord('WEB-1', { status: 'superseded', statusName: 'Superseded', supersededBy: ['WEB-3'] }),
      decisionRecord('WEB-3', { supersedes: ['WEB-1'], date: '2026-10-05' }),
      decisionRecord('WEB-4', { supersedes: ['WEB-1'], date: '2026-10-06' }),
    ]);
    const byKey = new Map(log.decisions.map((d) => [d.key, d]));
    expect(byKey.get('WEB-1')?.supersededBy).toEqual(['WEB-3', 'WEB-4']);
    expect(byKey.get('WEB-3')?.supersededBy).toEqual([]);
    expect(log.findings).toEqual([]);
  });

  it('does not change the records it was given', () => {
    const old = decisionRecord('WEB-1', { status: 'superseded' });
    decisionLogOf([old, decisionRecord('WEB-2', { supersedes: ['WEB-1'] })]);
    expect(old.supersededBy).toEqual([]);
  });

  it('reports a decided decision without owner or outcome, not a proposed one', () => {
    const log = decisionLogOf([
      decisionRecord('WEB-1', { owner: null, outcome: ' ' }),
      decisionRecord('WEB-2', { owner: null, outcome: '', status: 'proposed', statusName: 'Proposed' }),
    ]);
    expect(log.findings.map((f) => [f.kind, f.issueKeys])).toEqual([
      ['missing-owner', ['WEB-1']],
      ['missing-outcome', ['WEB-1']],
    ]);
  });

  it('reports a decided decision superseding one that is still open, but not one outside the log', () => {
    const log = decisionLogOf([
      decisionRecord('WEB-1', { status: 'decided' }),
      decisionRecord('WEB-2', { supersedes: ['WEB-1', 'PLAT-9'] }),
      decisionRecord('WEB-3', { supersedes: ['WEB-4'], status: 'proposed', statusName: 'Proposed' }),
      decisionRecord('WEB-4', { status: 'decided' }),
    ]);
    expect(log.findings).toHaveLength(1);
    expect(log.findings[0]).toMatchObject({ kind: 'supersedes-open-decision', issueKeys: ['WEB-1', 'WEB-2'] });
    expect(log.findings[0]?.title).toBe('WEB-2 supersedes WEB-1, which is still decided');
  });

  it('reports decisions whose status Keel could not map, with the status names', () => {
    const log = decisionLogOf([
      decisionRecord('WEB-1', { status: 'proposed', statusName: 'Parked', problems: [unknownStatusProblem('Parked')] }),
      decisionRecord('WEB-2'),
    ]);
    expect(log.findings.map((f) => [f.kind, f.issueKeys])).toEqual([['unknown-status', ['WEB-1']]]);
    expect(log.findings[0]?.advice).toContain('Parked');
  });
});
