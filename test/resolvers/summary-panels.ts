/**
 * Cold issue panels of summary tasks (`schedule/issue` of an epic, issue #11), for the tests of the per-issue
 * index's summary tasks: each panel on an instance with nothing kept warm, with the storage keys and calls its
 * invocation read, and the stored schedules' node, link and issue chunks to check those keys against.
 */
import type { IssueScheduleResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { recordKvsReads } from '../sandbox/forge/kvs-reads';

type Call = (issueKey: string, who: string) => Promise<IssueScheduleResult>;
type Manifest = { parts: { kind: string; hashes?: string[] }[]; index?: Record<string, unknown> };

export function summaryPanels(runtime: ForgeRuntime, call: Call) {
  let read: string[] = [];
  recordKvsReads(runtime.kvs, (key) => read.push(key));
  const analyses = (): string[] => runtime.kvs.keys('kvs').flatMap((k) => /^schedule-analysis:([^:]+):manifest$/.exec(k)?.[1] ?? []);
  const manifestOf = (analysis: string) => runtime.kvs.get('kvs', `schedule-analysis:${analysis}:manifest`)?.value as Manifest | undefined;

  /** The storage keys of every stored schedule's nodes, links and issues. */
  function listChunkKeys(): Set<string> {
    return new Set(analyses().flatMap((a) => (manifestOf(a)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${a}:c:${h}`))));
  }

  /** Each panel cold, as it crosses the wire (a JSON round trip), with the keys and calls each read. */
  async function cold(keys: readonly string[], who: string): Promise<{ answers: Map<string, unknown>; read: Map<string, string[]>; calls: Map<string, number> }> {
    const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
    const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
    const answers = new Map<string, unknown>();
    const keysRead = new Map<string, string[]>();
    const calls = new Map<string, number>();
    for (const key of keys) {
      forgetWarmSchedules();
      forgetWarmAnswers();
      read = [];
      answers.set(key, JSON.parse(JSON.stringify(await call(key, who))));
      keysRead.set(key, read);
      calls.set(key, lastStartedInvocation()?.kvsCalls ?? NaN);
    }
    return { answers, read: keysRead, calls };
  }

  /** The same panels with every manifest's index changed by `change` (then put back); `change` is told the analysis. */
  async function withIndex(change: (index: Record<string, unknown>, analysis: string) => Record<string, unknown> | undefined, keys: readonly string[], who: string) {
    const kept = analyses().map((a) => [a, manifestOf(a)] as const);
    for (const [a, manifest] of kept) if (manifest?.index) runtime.kvs.set('kvs', `schedule-analysis:${a}:manifest`, { ...manifest, index: change(manifest.index, a) });
    try {
      return await cold(keys, who);
    } finally {
      for (const [a, manifest] of kept) runtime.kvs.set('kvs', `schedule-analysis:${a}:manifest`, manifest);
    }
  }

  return { cold, withIndex, listChunkKeys, manifestOf };
}
