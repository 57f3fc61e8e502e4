/**
 * Issue #11, at scale: on a generated site (1,200 issues in BIG, threshold 1,000) an epic's issue panel on a new
 * instance reads one bucket of the per-issue index (its own: the epic's entry holds its panel), no node, link or
 * issue chunk of the stored schedule, and answers exactly what the whole stored schedule gives: for Priya, who
 * sees everything, and for Priya once an issue of another project linked to one of the epic's activities is gone
 * from Jira (she may not browse it now: it and its link are hidden), whether the panel shows a row of it or not.
 * An index of format 2 (no panel in the epic's entry) still answers, from its issues' buckets; one of format 3 (the
 * panels in the nodes' buckets) from its key's bucket; and format 4 read as the previous release reads it (the nodes'
 * buckets alone) from the whole read.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { IssueScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { bucketOf } from '../../src/adapters/storage/schedule-index';
import { contentChunks } from '../../src/adapters/storage/content-chunks';
import { largeApp } from './large-app';
import { summaryPanels } from './summary-panels';

const big = largeApp(1200, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let panels: ReturnType<typeof summaryPanels>;
const issues = big.site.state.issues;
const parentOf = (i: (typeof issues)[number]) => (i.fields['parent'] as { key?: string } | null | undefined)?.key;
const epics = issues.filter((i) => i.key.startsWith('BIG-') && i.fields.issuetype.name === 'Epic').map((i) => i.key);
/** An issue outside BIG that blocks a story of an epic, and that epic. */
const blocker = (() => {
  for (const i of issues) {
    const epic = parentOf(i);
    if (epic === undefined || !epics.includes(epic)) continue;
    const links = i.fields['issuelinks'] ?? [];
    const outside = links.map((l) => (l['inwardIssue'] as { key?: string } | undefined)?.key).find((k) => k !== undefined && !k.startsWith('BIG-'));
    if (outside !== undefined) return { epic, outside };
  }
  throw new Error('no issue outside BIG blocks a story of an epic');
})();
const chosen = [...new Set([blocker.epic, ...epics.slice(0, 3)])];
/**
 * The last eight epics made one before the analysis (a few hundred activities): its panel lists 50, and the outside
 * issues only the others link to are in its stored entry as key, project and parent, not as rows.
 */
const donors = epics.slice(-8, -1);
const merged = epics.at(-1) ?? '';
/** The epic an issue of BIG rolls up to (through its parents), if any. */
const epicOf = (key: string): string | undefined => {
  const seen = new Set<string>();
  for (let k: string | undefined = key; k !== undefined && !seen.has(k); k = parentOf(issues.find((i) => i.key === k) ?? issues[0]!)) {
    seen.add(k);
    if (k !== key && epics.includes(k)) return k;
  }
  return undefined;
};
/** The outside issues (not in BIG) linked to the activities of `epic`. */
const linkedOutside = (epic: string): string[] => [
  ...new Set(
    issues
      .filter((i) => epicOf(i.key) === epic)
      .flatMap((i) => (i.fields['issuelinks'] ?? []).flatMap((l) => [l['inwardIssue'], l['outwardIssue']].map((o) => (o as { key?: string } | undefined)?.key)))
      .filter((k): k is string => k !== undefined && !k.startsWith('BIG-')),
  ),
];

/** The index bucket each stored index chunk belongs to, by storage key (every analysis's). */
function indexBuckets(): Map<string, string> {
  const buckets = new Map<string, string>();
  for (const k of runtime.kvs.keys('kvs')) {
    const analysis = /^schedule-analysis:([^:]+):manifest$/.exec(k)?.[1];
    if (analysis === undefined) continue;
    const hashes = (panels.manifestOf(analysis)?.index?.['hashes'] ?? []) as string[][];
    for (const [bucket, chunks] of hashes.entries()) for (const h of chunks) buckets.set(`schedule-analysis:${analysis}:c:${h}`, `${analysis}:${bucket}`);
  }
  return buckets;
}
const bucketsRead = (keys: readonly string[], buckets: Map<string, string>): number => new Set(keys.flatMap((k) => buckets.get(k) ?? [])).size;

beforeAll(async () => {
  const mergedParent = issues.find((i) => parentOf(i) === merged)?.fields['parent'];
  for (const i of issues) if (donors.includes(parentOf(i) ?? '')) i.fields['parent'] = mergedParent;
  ({ runtime } = await big.start());
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 1000 } }, projectKey: 'BIG' });
  await big.call('schedule/get', { projectKey: 'BIG' });
  await runtime.queue.drain();
  panels = summaryPanels(runtime, async (issueKey, who) => (await big.call<IssueScheduleResult>('schedule/issue', { issueKey }, who)).data);
}, 300_000);

afterAll(() => runtime.uninstall());

describe('an epic’s issue panel on a large site, from the per-issue index', () => {
  it('reads a few buckets and answers what the whole stored schedule gives', async () => {
    const lists = panels.listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    // Before the panels: listing the keys reads each (the last panel's keys would gain them).
    const buckets = indexBuckets();
    const indexed = await panels.cold(chosen, 'Priya');
    for (const key of chosen) {
      const answer = indexed.answers.get(key) as IssueScheduleResult;
      expect(answer.summaryTask?.summary.key, key).toBe(key);
      expect(answer.summaryTask?.activities.length, `${key}: its activities`).toBeGreaterThan(5);
      expect((indexed.read.get(key) ?? []).filter((k) => lists.has(k)), `${key}: no node, link or issue chunk`).toEqual([]);
      expect(bucketsRead(indexed.read.get(key) ?? [], buckets), `${key}: index buckets read`).toBe(1);
    }
    expect((indexed.answers.get(blocker.epic) as IssueScheduleResult).summaryTask?.predecessors.map((p) => p.node.key)).toContain(blocker.outside);
    const whole = await panels.withIndex(() => undefined, chosen, 'Priya');
    for (const key of chosen) expect((whole.read.get(key) ?? []).some((k) => lists.has(k)), `${key}: the whole schedule is read`).toBe(true);
    expect(indexed.answers).toEqual(whole.answers);
  }, 300_000);

  it('answers from its issues’ buckets when the index is of the previous format', async () => {
    const buckets = indexBuckets();
    const indexed = await panels.cold(chosen, 'Priya');
    const previous = await panels.withIndex((index) => ({ ...index, format: 2 }), chosen, 'Priya');
    expect(Math.max(...chosen.map((key) => bucketsRead(previous.read.get(key) ?? [], buckets))), 'buckets an epic’s panel reads').toBeGreaterThan(1);
    expect(previous.answers).toEqual(indexed.answers);
  }, 300_000);

  it('answers the same from an index of format 3 (its key’s bucket) and from the whole read as the previous release reads format 4', async () => {
    const lists = panels.listChunkKeys();
    const indexed = await panels.cold(chosen, 'Priya');
    const text = (analysis: string, hashes: readonly string[]) => hashes.map((h) => runtime.kvs.get('kvs', `schedule-analysis:${analysis}:c:${h}`)?.value).join('');
    // Format 3: each summary task's entry in the nodes' bucket of its key, stored as content chunks.
    const format3 = (index: Record<string, unknown>, analysis: string) => {
      const { summaryChunks: _chunks, summaryKeys: _keys, ...rest } = index;
      const n = (index['chunks'] as number[]).length;
      const hashes = index['hashes'] as string[][];
      const buckets = hashes.slice(0, n).map((h) => JSON.parse(text(analysis, h)) as Record<string, unknown>);
      for (const h of hashes.slice(n)) for (const [key, entry] of Object.entries(JSON.parse(text(analysis, h)) as Record<string, unknown>)) (buckets[bucketOf(key, n)] ?? {})[key] = entry;
      const chunked = buckets.map((b) => contentChunks(JSON.stringify(Object.fromEntries(Object.entries(b).sort(([x], [y]) => (x < y ? -1 : 1))))));
      for (const c of chunked.flat()) runtime.kvs.set('kvs', `schedule-analysis:${analysis}:c:${c.hash}`, c.text);
      return { ...rest, chunks: chunked.map((c) => c.length), hashes: chunked.map((c) => c.map((x) => x.hash)), format: 3 };
    };
    const old = await panels.withIndex(format3, chosen, 'Priya');
    for (const key of chosen) expect((old.read.get(key) ?? []).filter((k) => lists.has(k)), `${key}: format 3, no node, link or issue chunk`).toEqual([]);
    expect(old.answers).toEqual(indexed.answers);
    // The previous release knows neither the summary buckets nor their keys: no summary task in the nodes' buckets.
    const previous = await panels.withIndex(({ summaryChunks: _chunks, summaryKeys: _keys, ...index }) => ({ ...index, format: 3 }), chosen, 'Priya');
    for (const key of chosen) expect((previous.read.get(key) ?? []).some((k) => lists.has(k)), `${key}: the whole schedule is read`).toBe(true);
    expect(previous.answers).toEqual(indexed.answers);
  }, 300_000);

  it('hides an outside issue its panel shows no row of, once the viewer may no longer browse it, as the whole read does', async () => {
    const rowsOf = (a: IssueScheduleResult) => new Set([...(a.summaryTask?.predecessors ?? []), ...(a.summaryTask?.successors ?? [])].map((n) => n.node.key));
    const rows = rowsOf((await panels.cold([merged], 'Priya')).answers.get(merged) as IssueScheduleResult);
    const key = linkedOutside(merged).find((k) => !rows.has(k) && k !== blocker.outside);
    if (key === undefined) throw new Error(`no outside issue linked to an activity of ${merged} that its panel shows no row of`);
    const other = { epic: merged, key };
    issues.splice(
      issues.findIndex((i) => i.key === other.key),
      1,
    );
    const indexed = await panels.cold([other.epic], 'Priya');
    const answer = indexed.answers.get(other.epic) as IssueScheduleResult;
    expect(answer.background).toMatchObject({ state: 'ready', hiddenIssues: 1 });
    expect(answer.summaryTask?.hiddenLinks).toBeGreaterThanOrEqual(1);
    expect(indexed.answers).toEqual((await panels.withIndex(() => undefined, [other.epic], 'Priya')).answers);
  }, 300_000);

  it('hides an outside issue the viewer may no longer browse, as the whole read does', async () => {
    // Gone from Jira since the analysis was stored: Priya may not browse it now.
    issues.splice(issues.findIndex((i) => i.key === blocker.outside), 1);
    const indexed = await panels.cold([blocker.epic], 'Priya');
    const answer = indexed.answers.get(blocker.epic) as IssueScheduleResult;
    expect(answer.background).toMatchObject({ state: 'ready', hiddenIssues: 1 });
    expect(answer.summaryTask?.hiddenLinks).toBeGreaterThanOrEqual(1);
    expect(answer.summaryTask?.predecessors.map((p) => p.node.key)).not.toContain(blocker.outside);
    expect(indexed.answers).toEqual((await panels.withIndex(() => undefined, [blocker.epic], 'Priya')).answers);
  }, 300_000);
});
