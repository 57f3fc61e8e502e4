/**
 * The history earned value is rebuilt from: worklogs of the issues with time spent and status changes of the
 * issues that have left To Do, read within the fetch budget (worklogs first: they carry the money). Issues
 * not read are given assumed history (time spent on the as-of date, status moves at the first worklog and
 * the resolution date) and listed, so the figures at the as-of date stay whole.
 */
import type { EvmFields } from '../adapters/jira/fetch-evm-fields';
import { assumedStatusChanges, type StatusChange } from '../domain/evm/progress-history';
import type { Worklog } from '../domain/evm/time-phased';
import type { StatusCategory, WorkItem } from '../domain/work-item';
import type { EvmPorts } from './evm-ports';

export interface EvmHistory {
  worklogs: Worklog[];
  changes: StatusChange[];
  /** Issues whose worklogs (or status changes) were not read and were assumed instead. */
  assumedWorklogs: string[];
  assumedChanges: string[];
}

/** Issues read at once: fewer round trips in Forge's 25 s, and no burst large enough to be rate-limited. */
const PARALLEL = 5;

async function readWithin<T>(keys: readonly string[], ports: EvmPorts, read: (key: string, maxFetches: number) => Promise<{ fetches: number } & T>): Promise<{ read: Map<string, T>; skipped: string[] }> {
  const done = new Map<string, T>();
  let next = 0;
  while (next < keys.length) {
    const left = ports.fetchesLeft();
    if (left <= 0) break;
    const batch = keys.slice(next, next + Math.min(PARALLEL, left));
    const per = Math.max(1, Math.floor(left / batch.length));
    const answers = await Promise.all(batch.map((key) => read(key, per)));
    answers.forEach((answer, i) => done.set(batch[i] ?? '', answer));
    next += batch.length;
  }
  return { read: done, skipped: keys.slice(next) };
}

export async function loadEvmHistory(ports: EvmPorts, items: readonly WorkItem[], fields: ReadonlyMap<string, EvmFields>, asOf: string): Promise<EvmHistory> {
  const logged = items.filter((i) => (fields.get(i.key)?.timeSpentSeconds ?? 0) > 0);
  const wl = await readWithin(logged.map((i) => i.key), ports, (key, max) => ports.fetchWorklogs(key, max));
  const worklogs = [...wl.read.values()].flatMap((r) => r.worklogs);
  const byKey = new Map(items.map((i) => [i.key, i]));
  for (const key of wl.skipped) {
    const hours = (fields.get(key)?.timeSpentSeconds ?? 0) / 3600;
    worklogs.push({ key, date: asOf, hours, personId: byKey.get(key)?.assigneeId ?? null });
  }

  // Work under way first: its start date is what history cannot guess from the resolution date.
  const moved = items.filter((i) => i.statusCategory !== 'todo').sort((a, b) => Number(a.statusCategory === 'done') - Number(b.statusCategory === 'done'));
  let categories: Map<string, StatusCategory> | null = null;
  if (moved.length > 0 && ports.fetchesLeft() > 1) categories = await ports.fetchStatusCategories();
  const known = categories;
  const cl = known === null ? { read: new Map<string, { changes: StatusChange[] }>(), skipped: moved.map((i) => i.key) } : await readWithin(moved.map((i) => i.key), ports, (key, max) => ports.fetchStatusChanges(key, known, max));
  const changes = [...cl.read.values()].flatMap((r) => r.changes);
  const firstLog = new Map<string, string>();
  for (const w of worklogs) if (w.date < (firstLog.get(w.key) ?? '9999')) firstLog.set(w.key, w.date);
  for (const key of cl.skipped) {
    const item = byKey.get(key);
    if (item) changes.push(...assumedStatusChanges({ key, statusCategory: item.statusCategory, resolutionDate: item.resolutionDate ?? null }, firstLog.get(key) ?? null, asOf));
  }
  // An issue whose changelog shows no status change (created straight into its status) keeps its current one.
  const changed = new Set(changes.map((c) => c.key));
  for (const [key] of cl.read) {
    const item = byKey.get(key);
    if (item && !changed.has(key)) changes.push(...assumedStatusChanges({ key, statusCategory: item.statusCategory, resolutionDate: item.resolutionDate ?? null }, firstLog.get(key) ?? null, asOf));
  }
  return { worklogs, changes, assumedWorklogs: wl.skipped, assumedChanges: cl.skipped };
}
