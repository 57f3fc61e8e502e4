/**
 * The per-epic breakdown: each issue belongs to its nearest ancestor (or itself) whose type is an epic; the rest
 * form the "no epic" row. Each row is time-phased on its own to the status date, so its figures add up to the
 * project's (BAC, PV, EV and AC are sums of the issues' own). The inputs are split by epic in one pass: O(n) plus
 * the time-phasing of each row.
 */
import type { EvmEpicRow } from '../contract';
import { definedRatio } from '../domain/evm/evm-metrics';
import { timePhased, type TimePhasedInput } from '../domain/evm/time-phased';
import type { WorkItem } from '../domain/work-item';
import { statusPoint } from './evm-status';

const EPIC = /epic/i;

function epicOf(items: readonly WorkItem[]): Map<string, string | null> {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const result = new Map<string, string | null>();
  for (const item of items) {
    let at: WorkItem | undefined = item;
    const seen = new Set<string>();
    while (at && !EPIC.test(at.type) && at.parentKey !== null && !seen.has(at.key)) {
      seen.add(at.key);
      at = byKey.get(at.parentKey);
    }
    result.set(item.key, at && EPIC.test(at.type) ? at.key : null);
  }
  return result;
}

const money = (v: number): number => Math.round(v * 100) / 100;
const ratio = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 10_000);

/** `list` split by each entry's epic row, in the list's order: one pass, not one pass per epic. */
function byEpic<T extends { key: string }>(list: readonly T[], group: (key: string) => string | null): Map<string | null, T[]> {
  const split = new Map<string | null, T[]>();
  for (const x of list) {
    const epic = group(x.key);
    const mine = split.get(epic);
    if (mine) mine.push(x);
    else split.set(epic, [x]);
  }
  return split;
}

export function epicBreakdown(items: readonly WorkItem[], input: TimePhasedInput): EvmEpicRow[] {
  const epics = epicOf(items);
  const group = (key: string): string | null => epics.get(key) ?? null;
  const summaries = new Map(items.map((i) => [i.key, i.summary]));
  const keys = [...new Set(items.map((i) => group(i.key)))];
  const planned = byEpic(input.planned, group);
  const progress = byEpic(input.progress, group);
  const worklogs = byEpic(input.worklogs, group);
  const costs = byEpic(input.costs ?? [], group);
  const members = byEpic(items, group);
  const rows = keys.map((epic): EvmEpicRow => {
    const mine = planned.get(epic) ?? [];
    const phased = timePhased({
      ...input,
      to: input.asOf < input.from ? input.from : input.asOf,
      granularity: 'day',
      planned: mine,
      progress: progress.get(epic) ?? [],
      worklogs: worklogs.get(epic) ?? [],
      costs: costs.get(epic) ?? [],
    });
    const { pv, ev, ac } = statusPoint(phased.series, input.asOf);
    const bac = mine.reduce((sum, p) => sum + (Number.isFinite(p.budget) && p.budget >= 0 ? p.budget : 0), 0);
    return {
      key: epic,
      summary: epic === null ? 'No epic' : (summaries.get(epic) ?? ''),
      issueCount: members.get(epic)?.length ?? 0,
      bac: money(bac),
      pv: money(pv),
      ev: money(ev),
      ac: money(ac),
      spi: ratio(definedRatio(ev, pv)),
      cpi: ratio(definedRatio(ev, ac)),
    };
  });
  return rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.bac - a.bac));
}
