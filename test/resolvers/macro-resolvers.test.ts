/**
 * The live Confluence macros end to end: the app's real code on the real @forge packages against the sandbox
 * serving the demo site, as the person viewing the page. Aiko may not browse PLAT; nobody may browse SEC.
 */
import { beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import type { EvmResult, MacroDecisionsResult, MacroEvmResult, MacroRaciResult, MacroRisksResult, RiskRegisterResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;

const openRiskKeys = (project: string) =>
  snapshot.issues
    .filter((i) => i.fields.project.key === project && i.fields.issuetype.name === 'Risk')
    .filter((i) => snapshot.statuses.find((s) => s.id === i.fields.status.id)?.statusCategory.key !== 'done')
    .map((i) => i.key);

const keysOf = (project: string, type: string) =>
  snapshot.issues.filter((i) => i.fields.project.key === project && i.fields.issuetype.name === type).map((i) => i.key).sort();

beforeAll(async () => {
  await demo.start();
});

describe('macro/raci', () => {
  it("shows a project's epics as deliverables with their people, as the viewer sees them", async () => {
    const result = await demo.call<MacroRaciResult>('macro/raci', { projectKey: 'WEB' }, 'Priya');
    expect(result.scope).toEqual({ projectKey: 'WEB', jql: null, label: expect.stringContaining('(WEB)') as unknown as string });
    expect(result.rows.map((r) => r.key).sort()).toEqual(keysOf('WEB', 'Epic'));
    expect(result.people.length).toBeGreaterThan(0);
    expect(site.specViolations).toEqual([]);
  });

  it("is the RACI tab's matrix, and the decision log the Decisions tab's", async () => {
    const macro = await demo.call<MacroRaciResult>('macro/raci', { projectKey: 'PAY' }, 'Lena');
    const tab = await demo.call<MacroRaciResult>('raci/get', { projectKey: 'PAY' }, 'Lena');
    expect(macro).toEqual({ scope: tab.scope, rows: tab.rows, people: tab.people, findings: tab.findings });
    const log = await demo.call<MacroDecisionsResult>('macro/decisions', { projectKey: 'PAY' }, 'Lena');
    const decisionsTab = await demo.call<MacroDecisionsResult>('decisions/get', { projectKey: 'PAY' }, 'Lena');
    expect(log).toEqual({ scope: decisionsTab.scope, decisions: decisionsTab.decisions, findings: decisionsTab.findings, truncatedAt: decisionsTab.truncatedAt });
  });

  it('takes a JQL filter: Priya sees epics of WEB and PLAT', async () => {
    const result = await demo.call<MacroRaciResult>('macro/raci', { jql: 'project in (WEB, PLAT)' }, 'Priya');
    expect(result.scope).toEqual({ projectKey: null, jql: 'project in (WEB, PLAT)', label: 'project in (WEB, PLAT)' });
    expect(result.rows.map((r) => r.key).sort()).toEqual([...keysOf('PLAT', 'Epic'), ...keysOf('WEB', 'Epic')].sort());
  });

  it("shows aiko none of PLAT's issues: the filter naming PLAT is refused as Jira refuses it, a wider one leaves PLAT out", async () => {
    const named = demo.call<MacroRaciResult>('macro/raci', { jql: 'project in (WEB, PLAT)' }, 'Aiko');
    await expect(named).rejects.toThrow(/^JIRA_ERROR: .*'PLAT' does not exist/);
    const wide = await demo.call<MacroRaciResult>('macro/raci', { jql: 'issuetype = Epic' }, 'Aiko');
    const keys = wide.rows.map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.startsWith('PLAT-'))).toEqual([]);
    expect(keys.filter((k) => k.startsWith('WEB-')).sort()).toEqual(keysOf('WEB', 'Epic'));
  });

  it('says aiko cannot see SEC (nobody may browse it)', async () => {
    await expect(demo.call('macro/raci', { projectKey: 'SEC' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project SEC .*permission/);
  });
});

describe('macro/decisions', () => {
  it("lists PAY's decisions newest first", async () => {
    const result = await demo.call<MacroDecisionsResult>('macro/decisions', { projectKey: 'PAY' }, 'Marcus');
    expect(result.decisions.map((d) => d.key).sort()).toEqual(keysOf('PAY', 'Decision'));
    const dates = result.decisions.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows aiko no PLAT decision through a JQL filter, while Priya sees it', async () => {
    const jql = 'issuetype = Decision';
    const priya = await demo.call<MacroDecisionsResult>('macro/decisions', { jql }, 'Priya');
    expect(priya.decisions.map((d) => d.key)).toEqual(expect.arrayContaining(keysOf('PLAT', 'Decision')));
    const aiko = await demo.call<MacroDecisionsResult>('macro/decisions', { jql }, 'Aiko');
    expect(aiko.decisions.filter((d) => d.key.startsWith('PLAT-'))).toEqual([]);
    expect(aiko.decisions.length).toBe(priya.decisions.length - keysOf('PLAT', 'Decision').length);
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d/);
    await expect(demo.call('macro/decisions', { jql: 'project in (WEB, PLAT)' }, 'Aiko')).rejects.toThrow(/^JIRA_ERROR: .*'PLAT' does not exist/);
  });

  it('says a macro on SEC cannot be seen', async () => {
    await expect(demo.call('macro/decisions', { projectKey: 'SEC' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project SEC/);
  });

  it('issue 12, robustness: a JQL filter cannot break out of Keel\'s parentheses (macro JQL parsed, not concatenated)', async () => {
    const jql = 'project = PAY) OR (project = WEB';
    await expect(demo.call('macro/decisions', { jql }, 'Priya')).rejects.toThrow(/^BAD_REQUEST: The JQL filter .* closes a parenthesis it never opened/);
    await expect(demo.call('macro/raci', { jql }, 'Priya')).rejects.toThrow(/^BAD_REQUEST: /);
    const sorted = await demo.call<MacroDecisionsResult>('macro/decisions', { jql: 'project = PAY OR project = WEB ORDER BY created' }, 'Priya');
    expect(sorted.decisions.map((d) => d.key).sort()).toEqual([...keysOf('PAY', 'Decision'), ...keysOf('WEB', 'Decision')].sort());
  });
});

describe('macro/risks', () => {
  it('shows the top open PAY risks, the heat map counts and the flags, as Marcus sees them', async () => {
    const result = await demo.call<MacroRisksResult>('macro/risks', { projectKey: 'PAY' }, 'Marcus');
    expect(result.scope).toEqual({ projectKey: 'PAY', jql: null, label: expect.stringContaining('(PAY)') as unknown as string });
    expect(result.openCount).toBe(openRiskKeys('PAY').length);
    expect(result.topRisks.length).toBe(Math.min(5, result.openCount));
    for (const risk of result.topRisks) expect(openRiskKeys('PAY')).toContain(risk.key);
    const weighted = result.topRisks.map((r) => r.weightedScore ?? -1);
    expect(weighted).toEqual([...weighted].sort((a, b) => b - a));
    expect(result.heatMap.cells.flat().reduce((a, b) => a + b, 0) + result.heatMap.unplaced).toBe(result.openCount);
    expect(site.specViolations).toEqual([]);
  });

  it("lists the Risks tab's first open risks, in its order, with its counts", async () => {
    const macro = await demo.call<MacroRisksResult>('macro/risks', { projectKey: 'PAY' }, 'Priya');
    const tab = await demo.call<RiskRegisterResult>('risks/get', { projectKey: 'PAY' }, 'Priya');
    const open = tab.risks.filter((r) => r.statusCategory !== 'done');
    expect(macro.topRisks.map((r) => [r.key, r.weightedScore])).toEqual(open.slice(0, 5).map((r) => [r.key, r.weightedScore]));
    expect(macro.heatMap).toEqual(tab.heatMap.inherent);
    expect(macro.derivedCount).toBe(tab.derived.length);
    expect(macro.flagged.withoutTreatment).toBe(tab.flagged.withoutTreatment.length);
  });

  it('says a person who may not browse the project cannot see it (aiko on PLAT, anyone on SEC)', async () => {
    await expect(demo.call('macro/risks', { projectKey: 'PLAT' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project PLAT .*permission/);
    await expect(demo.call('macro/risks', { projectKey: 'SEC' }, 'Priya')).rejects.toThrow(/^NOT_FOUND: Project SEC/);
  });

  it('takes a project only: a JQL filter is refused with what to do', async () => {
    await expect(demo.call('macro/risks', { jql: 'project = PAY' }, 'Marcus')).rejects.toThrow(/^BAD_REQUEST: .*pick a project/);
  });

  it('validates the config: a project key or a JQL filter, exactly one', async () => {
    await expect(demo.call('macro/risks', {}, 'Marcus')).rejects.toThrow(/^BAD_REQUEST: .*either projectKey or jql/);
    await expect(demo.call('macro/risks', { projectKey: 'PAY', jql: 'project = PAY' }, 'Marcus')).rejects.toThrow(/^BAD_REQUEST/);
    await expect(demo.call('macro/risks', { projectKey: 'pay; drop' }, 'Marcus')).rejects.toThrow(/^BAD_REQUEST: .*projectKey/);
  });

  it('reads Jira only as the viewer, never as the app', async () => {
    const before = site.requestLog.length;
    await demo.call('macro/risks', { projectKey: 'WEB' }, 'Lena');
    const fromMacro = site.requestLog.slice(before);
    expect(fromMacro.length).toBeGreaterThan(0);
    expect(fromMacro.every((r) => r.principal.type === 'user')).toBe(true);
  });
});

describe('macro/evm', () => {
  it('gives the PAY headline figures, none of them Infinity or NaN', async () => {
    const result = await demo.call<MacroEvmResult>('macro/evm', { projectKey: 'PAY' }, 'Priya');
    expect(result.scope.projectKey).toBe('PAY');
    expect(result.bac).toBeGreaterThan(0);
    expect(result.baseline).toBe('current');
    for (const figure of [result.bac, result.pv, result.ev, result.ac, result.spi, result.cpi, result.eac, result.percentComplete]) {
      if (figure !== null) expect(Number.isFinite(figure)).toBe(true);
    }
    for (const figure of ['spi', 'cpi', 'eac', 'percentComplete'] as const) {
      if (result[figure] === null) expect(result.notDefined.map((n) => n.figure).join(' ')).toMatch(figure === 'eac' ? /eac/i : new RegExp(figure, 'i'));
    }
  });

  it("shows the Earned value tab's own figures", async () => {
    const macro = await demo.call<MacroEvmResult>('macro/evm', { projectKey: 'PAY' }, 'Marcus');
    const tab = await demo.call<EvmResult>('evm/get', { projectKey: 'PAY' }, 'Marcus');
    const { bac, pv, ev, ac, spi, cpi, percentComplete } = tab.figures;
    expect({ bac: macro.bac, pv: macro.pv, ev: macro.ev, ac: macro.ac, spi: macro.spi, cpi: macro.cpi, percentComplete: macro.percentComplete }).toEqual({ bac, pv, ev, ac, spi, cpi, percentComplete });
    expect(macro.eac).toBe(tab.figures.eac.cpi);
    expect(macro.forecastFinish).toBe(tab.earnedSchedule.forecastFinish);
  });

  it('says aiko cannot see PLAT', async () => {
    await expect(demo.call('macro/evm', { projectKey: 'PLAT' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project PLAT/);
  });
});

describe('a Confluence site with no Jira Keel can reach', () => {
  it('says Keel has no Jira site linked, not that Jira is down', async () => {
    const handle = site.handle.bind(site);
    // As when the app is installed in Confluence only: every requestJira fails without an answer.
    const unlinked = jest.spyOn(site, 'handle').mockImplementation((request) =>
      request.product === 'jira' ? Promise.reject(new TypeError('fetch failed')) : handle(request),
    );
    try {
      await expect(demo.call('macro/risks', { projectKey: 'PAY' }, 'Priya')).rejects.toThrow(/^NOT_CONFIGURED: Keel has no Jira site linked/);
      await expect(demo.call('macro/decisions', { jql: 'issuetype = Decision' }, 'Priya')).rejects.toThrow(/^NOT_CONFIGURED: Keel has no Jira site linked/);
    } finally {
      unlinked.mockRestore();
    }
  });

  it('still reports a Jira that answers with an error as Jira trouble', async () => {
    site.addFault({ kind: 'serverError', status: 503, count: 10, pathPattern: /^\/rest\/api\/3\// });
    try {
      await expect(demo.call('macro/evm', { projectKey: 'PAY' }, 'Priya')).rejects.toThrow(/^JIRA_UNAVAILABLE: /);
    } finally {
      site.clearFaults();
    }
  });
});
