/**
 * `npm run bench`, the consumer path (DESIGN.md section 5): the `keel-analysis` consumer's work on the synthetic
 * project of 10,000, 30,000 and 100,000 issues, each in its own Node process (--expose-gc, old space capped at
 * 900 MB, under the consumer's memoryMB 1024; KEEL_BENCH_HEAP_MB changes it): every search page parsed by the app's zod schemas, work items, links outside the scope, the
 * schedule, and the analysis stored in KVS chunks; then an incremental refresh after 100 issues changed.
 * Jira and KVS are in-memory fakes, so the figures are the app's own time and memory, without the network.
 */
import { execFileSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import type { Route } from '@forge/api';
import type { ProductRequest } from '../../src/adapters/product-request';
import type { AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import { singleProcessLease } from '../../src/adapters/storage/analysis-lease';
import { loadAnalysisStatus, saveAnalysisStatus } from '../../src/adapters/storage/analysis-status';
import { defaultSettings } from '../../src/config/settings';
import { refreshStoredSchedule } from '../../src/use-cases/refresh-stored-schedule';
import { benchRules, syntheticProject } from './synthetic-project';

const SIZE = Number(process.env['KEEL_BENCH_SIZE'] ?? 10_000);
const CHANGED = 100;

interface Row {
  step: string;
  ms: number;
  fetches: number;
  chunks: number;
  storedMb: number;
  committedMb: number;
  /** The most the fake KVS held during the step (both generations, until the old one is deleted). */
  kvsPeakMb: number;
  maxRssMb: number;
}

function jiraIssues(size: number) {
  const { items } = syntheticProject(size);
  const idOf = (key: string) => String(100_000 + (items.findIndex((i) => i.key === key) + 1 || Number(key.split('-')[1]) + 500_000));
  const ids = new Map(items.map((item, i) => [item.key, String(100_000 + i)]));
  const id = (key: string) => ids.get(key) ?? idOf(key);
  return items.map((item) => ({
    id: id(item.key),
    key: item.key,
    fields: {
      summary: item.summary,
      issuetype: { name: item.type },
      status: { name: item.status, statusCategory: { key: 'new' } },
      project: { key: item.projectKey },
      timeoriginalestimate: item.originalEstimateSeconds,
      issuelinks: item.links.map((l) => ({
        id: l.id,
        type: { name: l.linkType },
        ...(l.direction === 'outward' ? { outwardIssue: { id: id(l.otherKey), key: l.otherKey } } : { inwardIssue: { id: id(l.otherKey), key: l.otherKey } }),
      })),
    },
  }));
}

async function run(): Promise<Row[]> {
  const issues = jiraIssues(SIZE);
  const byKey = new Map(issues.map((i) => [i.key, i]));
  let fetches = 0;
  // Jira as the app: search pages of 100 (with nextPageToken), `key in (...)` for linked issues outside, the project.
  const appJira: ProductRequest = (schema, path: Route, options) => {
    fetches += 1;
    if (path.value.startsWith('/rest/api/3/project/')) return Promise.resolve(schema.parse({ id: '1', key: 'BIG', name: 'Synthetic' }));
    const body = JSON.parse(String(options?.body ?? '{}')) as { jql: string; maxResults: number; nextPageToken?: string };
    const inKeys = /key in \(([^)]*)\)/.exec(body.jql);
    const changedIds = /id in \(([^)]*)\)/.exec(body.jql);
    const source = inKeys
      ? (inKeys[1] ?? '').split(',').map((k) => byKey.get(k) ?? { id: String(900_000 + fetches), key: k, fields: { summary: k, status: { name: 'To Do', statusCategory: { key: 'new' } } } })
      : changedIds
        ? issues.filter((i) => (changedIds[1] ?? '').split(',').includes(i.id))
        : body.jql.includes('updated >=')
          ? []
          : issues;
    const start = Number(body.nextPageToken ?? 0);
    const page = source.slice(start, start + Math.min(100, body.maxResults));
    const end = start + page.length;
    return Promise.resolve(schema.parse(end >= source.length ? { issues: page, isLast: true } : { issues: page, nextPageToken: String(end), isLast: false }));
  };
  const values = new Map<string, unknown>();
  // What the fake KVS holds is on this process's heap, though on Forge it is Atlassian's: counted, so it can be told apart.
  const size = (value: unknown) => (typeof value === 'string' ? value.length : JSON.stringify(value).length);
  let held = 0;
  let peakHeld = 0;
  const drop = (key: string) => {
    if (values.has(key)) held -= size(values.get(key));
  };
  const store: AnalysisKvs = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => {
      drop(key);
      values.set(key, value);
      held += size(value);
      peakHeld = Math.max(peakHeld, held);
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(void (drop(key), values.delete(key))),
  };
  const settings = { ...defaultSettings, linkMappings: benchRules };
  let generation = 0;
  const ports = { appJira, loadSettings: () => Promise.resolve(settings), store, lease: singleProcessLease(store), now: () => new Date().toISOString(), newGeneration: () => `g${++generation}`, continueLater: () => Promise.reject(new Error('the bench reads in one go')), requestRefresh: () => Promise.resolve() };
  const gc = (globalThis as { gc?: () => void }).gc;
  const step = async (name: string, work: () => Promise<unknown>): Promise<Row> => {
    gc?.();
    fetches = 0;
    peakHeld = held;
    const t = performance.now();
    await work();
    const ms = performance.now() - t;
    const manifest = values.get('schedule-analysis:BIG:manifest') as { parts: { chunks: number }[]; generation: string } | undefined;
    const stored = [...values.entries()].filter(([k]) => manifest && k.startsWith(`schedule-analysis:BIG:${manifest.generation}:`));
    return {
      step: name,
      ms,
      fetches,
      chunks: manifest?.parts.reduce((sum, p) => sum + p.chunks, 0) ?? 0,
      storedMb: stored.reduce((sum, [, v]) => sum + Buffer.byteLength(JSON.stringify(v)), 0) / 2 ** 20,
      committedMb: getHeapStatistics().total_heap_size / 2 ** 20,
      kvsPeakMb: peakHeld / 2 ** 20,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
  };
  const full = await step('full: read, compute, store', () => refreshStoredSchedule(ports, { projectKey: 'BIG', asOf: '2026-11-16', maxIssues: SIZE, pagesPerInvocation: Number.MAX_SAFE_INTEGER }));
  const status = await loadAnalysisStatus(store, 'BIG');
  await saveAnalysisStatus(store, 'BIG', { ...status, touchedIssueIds: issues.slice(0, CHANGED).map((i) => i.id) });
  const incremental = await step(`incremental: ${CHANGED} changed issues`, () => refreshStoredSchedule(ports, { projectKey: 'BIG', asOf: '2026-11-16' }));
  return [full, incremental];
}

const SIZES = [10_000, 30_000, 100_000];
/** Under the consumer's `memoryMB: 1024` (manifest.yml), leaving room for Node itself. */
const HEAP_MB = process.env['KEEL_BENCH_HEAP_MB'] ?? '900';

if (process.argv.includes('--child')) {
  void run().then((rows) => process.stdout.write(JSON.stringify(rows)));
} else {
  const table: Record<string, string | number>[] = [];
  for (const size of SIZES) {
    let rows: Row[];
    try {
      const out = execFileSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', __filename, '--child'], {
        encoding: 'utf8',
        maxBuffer: 2 ** 24,
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, KEEL_BENCH_SIZE: String(size) },
      });
      rows = JSON.parse(out) as Row[];
    } catch {
      table.push({ issues: size, step: `did not finish: out of memory under a ${HEAP_MB} MB heap` });
      continue;
    }
    for (const r of rows) {
      table.push({
        issues: size,
        step: r.step,
        ms: r.ms.toFixed(0),
        'Jira fetches': r.fetches,
        'KVS chunks': r.chunks,
        'stored MB': r.storedMb.toFixed(1),
        'heap MB, committed': r.committedMb.toFixed(0),
        'of it fake KVS, peak MB': r.kvsPeakMb.toFixed(0),
        'max RSS MB': r.maxRssMb.toFixed(0),
      });
    }
  }
  console.log(`Consumer path (keel-analysis): full read + schedule + store, then an incremental refresh after ${CHANGED} issues changed; heap capped at ${HEAP_MB} MB.`);
  console.table(table);
  console.log("Jira and KVS are in-memory fakes: time is the app's own (zod parsing, schedule, JSON, chunking), without network or KVS latency.");
  console.log("The fake KVS's contents sit in this heap (on Forge they are Atlassian's): the consumer's own memory is about the heap and RSS less that column.");
  console.log('The full read runs here in one go; on Forge (100 product fetches per invocation) the consumer splits it, 60 pages an invocation, staging each part in KVS.');
}
