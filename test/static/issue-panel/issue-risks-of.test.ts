import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DerivedRisk } from '@contract';
import { issueRisksOf, projectOfIssue } from '../../../static/src/issue-panel/issue-risks-of';
import { scoredRisk } from '../../../src/domain/risk/scored-risk';
import { riskRecord } from '../../domain/risk/risk-builders';

const scored = (overrides: Parameters<typeof riskRecord>[0]) =>
  scoredRisk(riskRecord(overrides), 'oneToFive', { critical: new Set(), nearCritical: new Set() }, { critical: 1.5, nearCritical: 1.25 });

const derived = (title: string, issueKeys: string[]): DerivedRisk => ({ kind: 'late-critical-work', title, evidence: [title], issueKeys, severity: 'high' });

describe('issueRisksOf', () => {
  const register = {
    risks: [
      scored({ key: 'PAY-40', treatmentKeys: ['PAY-12'], linkedKeys: ['PAY-12', 'PAY-13'] }),
      scored({ key: 'PAY-41', treatmentKeys: ['PAY-14'], linkedKeys: ['PAY-14', 'PAY-12'] }),
      scored({ key: 'PAY-42', treatmentKeys: [], linkedKeys: ['PAY-120'] }),
    ],
    derived: [derived('PAY-12 is late', ['PAY-12']), derived('PAY-120 is late', ['PAY-120']), derived('cycle', ['PAY-3', 'PAY-12'])],
  };

  it('finds the risks the issue treats or is linked to, and the derived risks naming it', () => {
    const found = issueRisksOf(register, 'PAY-12');
    expect(found.linked.map((l) => [l.risk.key, l.relation])).toEqual([['PAY-40', 'treats'], ['PAY-41', 'linked']]);
    expect(found.derived.map((d) => d.title)).toEqual(['PAY-12 is late', 'cycle']);
  });

  it('does not take PAY-1 for PAY-12, nor list a risk as linked to itself', () => {
    expect(issueRisksOf(register, 'PAY-1')).toEqual({ linked: [], derived: [] });
    expect(issueRisksOf(register, 'PAY-40').linked).toEqual([]);
  });

  it.each([['PAY-12', 'PAY'], ['MY_PROJ2-7', 'MY_PROJ2']])('projectOfIssue(%s) = %s', (key, project) => {
    expect(projectOfIssue(key)).toBe(project);
  });
});
