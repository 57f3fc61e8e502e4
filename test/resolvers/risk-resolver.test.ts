/**
 * `risks/get` end to end: the app's real code and the real @forge packages against the sandbox serving the
 * demo site, answers checked against Atlassian's OpenAPI specs.
 */
import { beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import type { RiskRegisterResult } from '../../src/contract';
import { CF } from '../sandbox/demo/custom-fields';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;

const call = (payload: unknown, who: string) => demo.call<RiskRegisterResult>('risks/get', payload, who);

const riskKeys = (project: string) =>
  snapshot.issues.filter((i) => i.fields.project.key === project && i.fields.issuetype.name === 'Risk').map((i) => i.key).sort();

beforeAll(async () => {
  await demo.start();
});

describe('risks/get', () => {
  let pay: RiskRegisterResult;
  beforeAll(async () => {
    pay = await call({ projectKey: 'PAY' }, 'Priya');
  });

  it("lists every PAY risk with its score from the demo's fields, found by name", () => {
    expect(pay.risks.map((r) => r.key).sort()).toEqual(riskKeys('PAY'));
    for (const risk of pay.risks) {
      const fields = snapshot.issues.find((i) => i.key === risk.key)?.fields;
      expect(risk.inherentScore).toBe(Number(fields?.[CF.riskProbability]) * Number(fields?.[CF.riskImpact]));
      expect(risk.owner?.active).toBe(true);
    }
    expect(pay.fields.find((f) => f.slot === 'probability')).toEqual({ slot: 'probability', fieldId: 'customfield_10050', fieldName: 'Risk probability' });
    expect(pay.setupProblems).toEqual([]);
    expect(site.specViolations).toEqual([]);
  });

  it('treats "Mitigates" links as treatments and flags the open risk without one', () => {
    const untreated = pay.risks.filter((r) => r.statusCategory !== 'done' && r.treatmentKeys.length === 0).map((r) => r.key);
    expect(untreated.length).toBeGreaterThan(0);
    expect(pay.flagged.withoutTreatment).toEqual(untreated.sort());
    expect(pay.risks.some((r) => r.treatmentKeys.length > 0)).toBe(true);
  });

  it('counts every open, rated risk once on the heat map', () => {
    const open = pay.risks.filter((r) => r.statusCategory !== 'done');
    expect(pay.heatMap.inherent.cells.flat().reduce((a, b) => a + b, 0) + pay.heatMap.inherent.unplaced).toBe(open.length);
    expect(pay.heatMap.inherent.unplaced).toBe(0);
  });

  it('derives schedule risks from the plan: the cycle, late critical work, blocked Platform work feeding the path', async () => {
    const kinds = pay.derived.map((d) => d.kind);
    expect(kinds).toContain('dependency-cycle');
    expect(kinds).toContain('late-critical-work');
    // PLAT-18 (due 20 Nov, still in review) blocks PAY-101, a summary task: the link binds its sub-tasks, and the
    // critical one, PAY-121, waits for it with no slack (when PAY-101 was an activity of its own, PAY-68 drove it).
    // A week on (the clock, not the demo, moved), PLAT-18 can finish today at the earliest: after PAY-121 needs it.
    expect(pay.derived.filter((d) => d.kind === 'late-outside-predecessor').map((d) => d.issueKeys)).toEqual([['PLAT-18', 'PAY-121']]);
    jest.setSystemTime(new Date('2026-11-27T12:00:00Z'));
    const weekOn = await call({ projectKey: 'PAY' }, 'Priya');
    jest.setSystemTime(new Date('2026-11-16T12:00:00Z'));
    const outside = weekOn.derived.filter((d) => d.kind === 'late-outside-predecessor');
    expect(outside.map((d) => d.issueKeys)).toContainEqual(['PLAT-18', 'PAY-121']);
    for (const risk of outside) {
      expect(risk.issueKeys[0]).toMatch(/^PLAT-\d+$/);
      expect(risk.evidence.join(' ')).toContain(risk.issueKeys[0] ?? '');
    }
  });

  it('never shows Aiko a Platform issue nor a risk under the "Staff only" level, and refuses a project she cannot browse', async () => {
    const aiko = await call({ projectKey: 'PAY' }, 'Aiko');
    const staffOnly = new Set(snapshot.issues.filter((i) => i.fields.security).map((i) => i.key));
    expect(riskKeys('PAY').filter((key) => staffOnly.has(key)).length).toBe(2);
    expect(aiko.risks.map((r) => r.key).sort()).toEqual(riskKeys('PAY').filter((key) => !staffOnly.has(key)));
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
    await expect(call({ projectKey: 'PLAT' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND/);
  });

  it('refuses a bad payload with the field named', async () => {
    await expect(call({ projectKey: 'pay' }, 'Priya')).rejects.toThrow(/BAD_REQUEST.*projectKey/);
  });
});
