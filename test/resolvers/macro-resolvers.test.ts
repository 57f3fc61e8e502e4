/**
 * The live Confluence macros end to end: the app's real code on the real @forge packages against the sandbox
 * serving the demo site, as the person viewing the page. Aiko may not browse PLAT; nobody may browse SEC.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MacroEvmResult, MacroRisksResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, site } = demo;

const openRiskKeys = (project: string) =>
  snapshot.issues
    .filter((i) => i.fields.project.key === project && i.fields.issuetype.name === 'Risk')
    .filter((i) => snapshot.statuses.find((s) => s.id === i.fields.status.id)?.statusCategory.key !== 'done')
    .map((i) => i.key);

beforeAll(async () => {
  await demo.start();
});

describe('macro/risks', () => {
  it('shows the top open PAY risks, the heat map counts and the flags, as Marcus sees them', async () => {
    const result = await demo.call<MacroRisksResult>('macro/risks', { projectKey: 'PAY' }, 'Marcus');
    expect(result.scope).toEqual({ projectKey: 'PAY', jql: null, label: expect.stringContaining('(PAY)') as string });
    expect(result.openCount).toBe(openRiskKeys('PAY').length);
    expect(result.topRisks.length).toBe(Math.min(5, result.openCount));
    for (const risk of result.topRisks) expect(openRiskKeys('PAY')).toContain(risk.key);
    const weighted = result.topRisks.map((r) => r.weightedScore ?? -1);
    expect(weighted).toEqual([...weighted].sort((a, b) => b - a));
    expect(result.heatMap.cells.flat().reduce((a, b) => a + b, 0) + result.heatMap.unplaced).toBe(result.openCount);
    expect(site.specViolations).toEqual([]);
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
    for (const figure of [result.bac, result.pv, result.ev, result.ac, result.spi, result.cpi, result.eac, result.percentComplete]) {
      if (figure !== null) expect(Number.isFinite(figure)).toBe(true);
    }
    for (const figure of ['spi', 'cpi', 'eac', 'percentComplete'] as const) {
      if (result[figure] === null) expect(result.notDefined.map((n) => n.figure).join(' ')).toMatch(figure === 'eac' ? /eac/i : new RegExp(figure, 'i'));
    }
  });

  it('says aiko cannot see PLAT', async () => {
    await expect(demo.call('macro/evm', { projectKey: 'PLAT' }, 'Aiko')).rejects.toThrow(/^NOT_FOUND: Project PLAT/);
  });
});
