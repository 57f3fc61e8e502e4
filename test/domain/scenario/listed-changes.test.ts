import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { listedVerdicts } from '../../../src/domain/scenario/listed-changes';
import type { JiraChange } from '../../../src/domain/scenario/jira-changes';
import type { WorkItem } from '../../../src/domain/work-item';

const H = 3600;
const item = (key: string, over: Partial<WorkItem> = {}): WorkItem =>
  ({ key, originalEstimateSeconds: 16 * H, remainingEstimateSeconds: null, storyPoints: null, dueDate: '2027-01-04', assigneeId: null, assigneeName: null, links: [], ...over }) as WorkItem;
const estimate = (key: string, from: number, to: number): JiraChange => ({ kind: 'originalEstimate', key, fromSeconds: from * H, toSeconds: to * H });
const due = (key: string, from: string | null, to: string | null): JiraChange => ({ kind: 'dueDate', key, from, to });
const link: JiraChange = { kind: 'addLink', scenarioLinkId: 'scenario-1', linkType: 'Blocks', outwardKey: 'PAY-1', inwardKey: 'PAY-2' };
const now = (...items: WorkItem[]) => new Map(items.map((i) => [i.key, i]));
const readable = new Set(['PAY-1', 'PAY-2']);
/** The scenario's edited plan where it makes no change: here, as the live plan reads. */
const edited = now(item('PAY-1'), item('PAY-2'));

describe('listedVerdicts: only the listed changes, each only over the value its list showed', () => {
  it('writes the listed changes the scenario makes while Jira holds their "from"', () => {
    const scenario = [estimate('PAY-1', 16, 40), due('PAY-2', '2027-01-04', '2027-02-01'), link];
    const verdicts = listedVerdicts(scenario.map((change, i) => ({ id: `c${i + 1}`, change })), scenario, now(item('PAY-1'), item('PAY-2')), readable, edited);
    expect(verdicts).toEqual(scenario.map((change, i) => ({ id: `c${i + 1}`, change, reason: null, already: false })));
  });

  it('refuses a change whose field Jira changed after the list was shown (the scenario, recomputed, takes the new value as "from")', () => {
    // Listed: 16 h → 40 h. Someone sets 24 h in Jira; the small project's plan, read again, now says 24 h → 40 h.
    const verdicts = listedVerdicts([{ id: 'c1', change: estimate('PAY-1', 16, 40) }, { id: 'c2', change: due('PAY-2', '2027-01-04', '2027-02-01') }], [estimate('PAY-1', 24, 40), due('PAY-2', '2027-01-04', '2027-02-01')], now(item('PAY-1', { originalEstimateSeconds: 24 * H }), item('PAY-2')), readable, edited);
    expect(verdicts.map((v) => [v.id, v.reason])).toEqual([
      ['c1', "PAY-1's original estimate changed in Jira since the list of changes was made (16 h then, 24 h now): not overwritten. Refresh, check the scenario, then apply again."],
      ['c2', null],
    ]);
    expect(verdicts[0]?.change).toEqual(estimate('PAY-1', 16, 40));
  });

  it('reports a listed change already so when Jira and the scenario both hold its "to" (someone typed it in Jira since)', () => {
    // Listed 16 h → 40 h; someone typed 40 h in Jira: the scenario, read again, makes no change there now.
    const typed = now(item('PAY-1', { originalEstimateSeconds: 40 * H }));
    expect(listedVerdicts([{ id: 'c1', change: estimate('PAY-1', 16, 40) }], [], typed, readable, typed)).toEqual([{ id: 'c1', change: estimate('PAY-1', 16, 40), reason: null, already: true }]);
  });

  it('refuses a listed change the scenario makes nowhere, naming both values, when its edited plan holds another value', () => {
    const [verdict] = listedVerdicts([{ id: 'c1', change: estimate('PAY-1', 16, 40) }], [], now(item('PAY-1', { originalEstimateSeconds: 40 * H })), readable, edited);
    expect(verdict).toMatchObject({ already: false, reason: expect.stringMatching(/\(16 h then, 40 h now\): not overwritten/) as unknown });
  });

  it('re-applied on a large project: a change the first apply made, listed again from the stored analysis, is already so, not "changed since"', () => {
    // The stored analysis still says 16 h and 2027-01-04; the first apply wrote 40 h, and its due date was refused.
    const stored = [estimate('PAY-1', 16, 40), due('PAY-2', '2027-01-04', '2027-02-01')];
    const verdicts = listedVerdicts(stored.map((change, i) => ({ id: `c${i + 1}`, change })), stored, now(item('PAY-1', { originalEstimateSeconds: 40 * H }), item('PAY-2')), readable, edited);
    expect(verdicts).toEqual([
      { id: 'c1', change: estimate('PAY-1', 16, 40), reason: null, already: true },
      { id: 'c2', change: due('PAY-2', '2027-01-04', '2027-02-01'), reason: null, already: false },
    ]);
  });

  it('reports links already so: one added that Jira has, one removed that Jira no longer has', () => {
    const remove: JiraChange = { kind: 'removeLink', linkId: '10001', linkType: 'Blocks', outwardKey: 'PAY-2', inwardKey: 'PAY-1' };
    const added = item('PAY-1', { links: [{ id: '10077', linkType: 'Blocks', direction: 'outward', otherKey: 'PAY-2', otherProjectKey: 'PAY' }] });
    const verdicts = listedVerdicts([{ id: 'c1', change: link }, { id: 'c2', change: remove }], [link, remove], now(added, item('PAY-2', { links: [] })), readable, edited);
    expect(verdicts.map((v) => [v.id, v.already, v.reason])).toEqual([['c1', true, null], ['c2', true, null]]);
    // While Jira has neither, both are written.
    const before = listedVerdicts([{ id: 'c1', change: link }, { id: 'c2', change: remove }], [link, remove], now(item('PAY-1', { links: [] }), item('PAY-2', { links: [{ id: '10001', linkType: 'Blocks', direction: 'outward', otherKey: 'PAY-1', otherProjectKey: 'PAY' }] })), readable, edited);
    expect(before.map((v) => [v.id, v.already, v.reason])).toEqual([['c1', false, null], ['c2', false, null]]);
  });

  it('reports a change the scenario makes that was not listed as already so when Jira holds it, else refuses it', () => {
    const verdicts = listedVerdicts([], [due('PAY-2', '2027-01-04', '2027-02-01'), due('PAY-1', '2027-01-04', '2027-03-01')], now(item('PAY-1'), item('PAY-2', { dueDate: '2027-02-01' })), readable, edited);
    expect(verdicts.map((v) => [v.id, v.already, v.reason === null])).toEqual([['n1', true, true], ['n2', false, false]]);
  });

  it('never writes a listed value the scenario does not hold: another "to", another issue, another link, twice', () => {
    const scenario = [estimate('PAY-1', 16, 40)];
    const verdicts = listedVerdicts(
      [
        { id: 'c1', change: estimate('PAY-1', 16, 80) },
        { id: 'c2', change: due('PAY-9', '2027-01-04', null) },
        { id: 'c3', change: link },
        { id: 'c4', change: estimate('PAY-1', 16, 80) },
      ],
      scenario,
      now(item('PAY-1')),
      readable,
      edited,
    );
    expect(verdicts.map((v) => v.reason)).toEqual([
      "PAY-1's original estimate: this scenario writes another value now than the list showed: not written. Open the list again.",
      "PAY-9's due date: not a change this scenario makes now (Jira may already hold it): not written. Open the list again.",
      'The "Blocks" link PAY-1 → PAY-2: not a change this scenario makes now (Jira may already hold it): not written. Open the list again.',
      "PAY-1's original estimate is listed twice: written once at most.",
    ]);
  });

  it('refuses a change the scenario makes that was not listed (Jira changed so that the scenario writes there now)', () => {
    const verdicts = listedVerdicts([], [due('PAY-2', '2027-01-11', '2027-02-01')], now(item('PAY-2')), readable, edited);
    expect(verdicts).toEqual([{ id: 'n1', change: due('PAY-2', '2027-01-11', '2027-02-01'), reason: "PAY-2's due date: not in the list you confirmed (Jira changed since it was shown): not written. Open the list again to review it.", already: false }]);
  });

  it('refuses a change to an issue that could not be read again', () => {
    const [verdict] = listedVerdicts([{ id: 'c1', change: due('PAY-2', '2027-01-04', null) }], [due('PAY-2', '2027-01-04', null)], now(), readable, edited);
    expect(verdict?.reason).toMatch(/^PAY-2 could not be read again before writing/);
  });
});
