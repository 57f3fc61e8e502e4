/**
 * The macros' `adfExport` (issue #13, item 4): each Keel macro exports its current content for PDF and Word as
 * ADF that Atlassian's validator (`@atlaskit/adf-utils`, strict) accepts, read as the person exporting, with
 * numbers and dates in their locale (en-US, de-DE, ja-JP as Node's ICU writes them).
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { adfProblems } from '../../src/adapters/confluence/adf-validation';
import { textOf, type AdfDoc } from '../../src/adapters/confluence/adf-node';
import { runInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
let app: Awaited<ReturnType<typeof demo.start>>['app'];

beforeAll(async () => {
  ({ app } = await demo.start());
});

type Handler = (event: unknown) => Promise<AdfDoc>;

function exportAs(handler: Handler, who: string, config: unknown, context: Record<string, unknown> = {}): Promise<AdfDoc> {
  const event = { exportType: 'pdf', extensionPayload: { config, exportType: 'pdf' }, context: { siteUrl: 'https://keel-demo.atlassian.net', ...context } };
  return runInvocation({ moduleKey: 'keel-macro-export', accountId: demo.account(who), timeoutMs: 25_000 }, () => handler(event));
}

const allText = (doc: AdfDoc) => doc.content.map(textOf).join('\n');

describe('adfExport', () => {
  it.each([
    ['RACI', () => app.raciMacroExport, 'Matrix'],
    ['decision log', () => app.decisionLogMacroExport, 'Decision'],
    ['risk register', () => app.riskRegisterMacroExport, 'Top open risks'],
    ['earned value', () => app.evmMacroExport, 'Budget at completion (BAC)'],
  ])('exports the %s macro of PAY as valid ADF', async (_name, handler, expected) => {
    const doc = await exportAs(handler(), 'Priya', { projectKey: 'PAY' });
    expect(adfProblems(doc)).toEqual([]);
    expect(doc.content.length).toBeGreaterThan(1);
    expect(allText(doc)).toContain(expected);
    // Issue keys link to the issue on the site.
    if (_name !== 'earned value') expect(JSON.stringify(doc)).toContain('https://keel-demo.atlassian.net/browse/PAY-');
  }, 60_000);

  it('writes figures in the reader\'s locale', async () => {
    const [us, de, ja] = await Promise.all(
      ['en-US', 'de-DE', 'ja-JP'].map((locale) => exportAs(app.evmMacroExport, 'Priya', { projectKey: 'PAY' }, { locale, timezone: 'UTC' })),
    );
    const bac = (doc: AdfDoc | undefined) => /Budget at completion \(BAC\)\n?([^\n]*)/.exec(allText(doc ?? { type: 'doc', version: 1, content: [] }))?.[1] ?? '';
    const asOf = (doc: AdfDoc | undefined) => allText(doc ?? { type: 'doc', version: 1, content: [] }).split('\n')[1] ?? '';
    expect(asOf(us)).toContain('Nov 16, 2026');
    expect(asOf(de)).toContain('16. Nov. 2026');
    expect(asOf(ja)).toContain('2026年11月16日');
    for (const doc of [us, de, ja]) expect(adfProblems(doc ?? { type: 'doc', version: 1, content: [] })).toEqual([]);
    expect(bac(us)).not.toEqual(bac(de));
  }, 90_000);

  it('exports a macro without a project as a sentence saying what to do, and what Aiko may not see as Jira refuses it', async () => {
    const empty = await exportAs(app.raciMacroExport, 'Priya', {});
    expect(adfProblems(empty)).toEqual([]);
    expect(allText(empty)).toContain('no Jira project or JQL filter yet');
    const hidden = await exportAs(app.raciMacroExport, 'Aiko', { projectKey: 'PLAT' });
    expect(adfProblems(hidden)).toEqual([]);
    expect(JSON.stringify(hidden)).not.toContain('/browse/PLAT-');
  }, 60_000);
});
