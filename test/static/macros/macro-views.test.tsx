/**
 * The macros' views rendered to markup: the three states a reader must tell apart, figures that are not
 * defined said in words (never NaN or Infinity), and Jira's text shown as text.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { MacroDecisionsResult, MacroEvmResult, MacroRisksResult } from '@contract';
import { MacroError, NotConfigured } from '../../../static/src/macros/macro-states';

type Views = {
  EvmMacro: typeof import('../../../static/src/macros/evm-macro').EvmMacro;
  RisksMacro: typeof import('../../../static/src/macros/risks-macro').RisksMacro;
  DecisionsMacro: typeof import('../../../static/src/macros/decisions-macro').DecisionsMacro;
};
let views: Views;

beforeAll(async () => {
  // @forge/bridge looks the bridge up when it is imported, as in a Custom UI iframe.
  Object.assign(globalThis, { __bridge: { callBridge: () => Promise.reject(new Error('not in these tests')) } });
  const [evm, risks, decisions] = await Promise.all([
    import('../../../static/src/macros/evm-macro'),
    import('../../../static/src/macros/risks-macro'),
    import('../../../static/src/macros/decisions-macro'),
  ]);
  views = { EvmMacro: evm.EvmMacro, RisksMacro: risks.RisksMacro, DecisionsMacro: decisions.DecisionsMacro };
});

const HOSTILE = `<script>alert("x")</script> ]]> & 'q' مرحبا 🚀`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &amp; &#x27;q&#x27; مرحبا 🚀';
const scope = { projectKey: 'PAY', jql: null, label: `Payments ${HOSTILE} (PAY)` };

describe('macro states', () => {
  const retry = () => undefined;
  it('tells "cannot see", "no Jira site linked", a refused filter and other failures apart', () => {
    expect(renderToStaticMarkup(<MacroError kind="risks" config={{ projectKey: 'SEC' }} code="NOT_FOUND" message="Project SEC was not found" onRetry={retry} />)).toContain('You cannot see project SEC');
    expect(renderToStaticMarkup(<MacroError kind="raci" config={{ projectKey: 'WEB' }} code="NOT_CONFIGURED" message="m" onRetry={retry} />)).toContain('Keel has no Jira site linked');
    expect(renderToStaticMarkup(<MacroError kind="raci" config={{ jql: 'project = PLAT' }} code="JIRA_ERROR" message="m" onRetry={retry} />)).toContain("Jira could not run this macro&#x27;s filter");
    const other = renderToStaticMarkup(<MacroError kind="evm" config={{ projectKey: 'PAY' }} code="RATE_LIMITED" message="busy" onRetry={retry} />);
    expect(other).toContain('Keel earned value summary could not load project PAY');
    expect(other).toContain('Try again');
    expect(renderToStaticMarkup(<NotConfigured kind="decisions" />)).toContain('Keel decision log: not configured yet');
    expect(renderToStaticMarkup(<NotConfigured kind="decisions" />)).toContain('to choose a Jira project or a JQL filter.');
    expect(renderToStaticMarkup(<NotConfigured kind="evm" />)).toContain('to choose a Jira project.');
  });
});

describe('EvmMacro', () => {
  it('says "not defined" with the reason for a null ratio, and never prints NaN or Infinity', () => {
    const data: MacroEvmResult = {
      scope, asOf: '2026-11-16', currency: 'USD', baseline: 'current', bac: 1000, pv: 0, ev: 0, ac: 0, spi: null, cpi: null, percentComplete: 0, eac: null,
      plannedFinish: '2027-01-29', forecastFinish: null, notDefined: [{ figure: 'cpi', reason: 'AC is 0: nothing spent yet' }, { figure: 'spi', reason: 'PV is 0' }], findingCount: 2,
    };
    const html = renderToStaticMarkup(<views.EvmMacro data={data} />);
    expect(html).toContain('not defined');
    expect(html).toContain('AC is 0: nothing spent yet');
    expect(html).toContain('$1,000');
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).toContain(ESCAPED);
  });
});

describe('RisksMacro and DecisionsMacro', () => {
  it("show Jira's text as text", () => {
    const risks: MacroRisksResult = {
      scope, asOf: '2026-11-16', scale: 'oneToFive', riskCount: 1, openCount: 1, derivedCount: 0,
      topRisks: [{ key: 'PAY-1', summary: HOSTILE, status: HOSTILE, statusCategory: 'todo', owner: HOSTILE, score: 12, weightedScore: 18, criticalWork: true }],
      heatMap: { cells: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], unplaced: 0 },
      flagged: { withoutOwner: 0, withoutTreatment: 1, withoutReviewDate: 0 },
    };
    const riskHtml = renderToStaticMarkup(<views.RisksMacro data={risks} />);
    expect(riskHtml).not.toContain('<script>');
    expect(riskHtml.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(3);
    expect(riskHtml).toContain('18 ▲');

    const person = { accountId: 'a', displayName: HOSTILE, active: true };
    const decisions: MacroDecisionsResult = {
      scope,
      truncatedAt: null,
      findings: [],
      decisions: [{ key: 'PAY-2', title: HOSTILE, status: 'decided', statusName: 'Decided', owner: person, date: '2026-10-01', context: '', options: [], outcome: HOSTILE, consequences: '', linkedKeys: [], supersedes: ['PAY-1'], supersededBy: [], problems: [] }],
    };
    const decisionHtml = renderToStaticMarkup(<views.DecisionsMacro data={decisions} />);
    expect(decisionHtml).not.toContain('<script>');
    expect(decisionHtml.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(3);
    expect(decisionHtml).toContain('supersedes PAY-1');
    expect(decisionHtml).not.toContain('decisions-left-out');
    const cut = renderToStaticMarkup(<views.DecisionsMacro data={{ ...decisions, truncatedAt: 1412 }} />);
    expect(cut).toContain('Only the newest 1,412 decisions are shown');
  });
});
