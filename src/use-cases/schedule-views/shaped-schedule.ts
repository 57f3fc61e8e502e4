/**
 * `schedule/get`'s answer, by size: the whole schedule while its JSON fits the answer budget (a small
 * project's map and table need nothing more); otherwise its head without nodes, links and summary tasks, with
 * `large` saying how much was left out, findings listing at most a few keys each (their counts kept), and the
 * first cycles (and, beside it, the epics summary when both fit: summary-beside-head.ts). The Dependencies tab
 * then asks `schedule/summary`, `schedule/detail` and `schedule/rows`. Measured, not guessed
 * from the issue count: 1,000 issues with long summaries may not fit where 1,500 terse ones do.
 */
import type { Finding, ScheduleResult } from '../../contract';
import { ANSWER_BUDGET_BYTES, jsonBytes } from './answer-budget';
import { scheduleJsonBytes } from './schedule-bytes';
import { derivedOnce } from '../derived-once';

const KEYS_PER_FINDING = 50;
const CYCLES = 20;
const KEYS_PER_CYCLE = 50;

export function shapedSchedule(schedule: ScheduleResult, budget = ANSWER_BUDGET_BYTES): ScheduleResult {
  // Measured list by list, each list once (schedule-bytes.ts): the same as `jsonBytes(schedule)`.
  const fullBytes = scheduleJsonBytes(schedule);
  if (fullBytes <= budget) return schedule;
  return fittedHead(scheduleHead(schedule, fullBytes), budget);
}

/**
 * The head of a schedule whose whole answer weighs `fullBytes`: no nodes, links or summary tasks (as many as the
 * epics, 400 KB at 50,000 issues, and the large tab shows none of them: its table's rows come from
 * `schedule/rows`), `large` saying what was left out.
 */
export function scheduleHead(schedule: ScheduleResult, fullBytes: number): ScheduleResult {
  return {
    ...withoutSummaryTasks(schedule),
    nodes: [],
    edges: [],
    cycles: schedule.cycles.slice(0, CYCLES).map((c) => ({ ...c, issueKeys: c.issueKeys.slice(0, KEYS_PER_CYCLE), ignoredLinkIds: c.ignoredLinkIds.slice(0, KEYS_PER_CYCLE) })),
    findings: schedule.findings.map(cappedFinding),
    large: {
      issueCount: schedule.nodes.length,
      linkCount: schedule.edges.length,
      criticalCount: derivedOnce(schedule.nodes, 'critical-count', [], () => schedule.nodes.filter((n) => n.critical).length),
      cycleCount: schedule.cycles.length,
      fullBytes,
    },
  };
}

/** A schedule without its summary tasks (the epics and other parents whose dates roll up). */
export function withoutSummaryTasks<S extends Pick<ScheduleResult, 'summaries'>>(schedule: S): Omit<S, 'summaries'> {
  const { summaries: _summaries, ...rest } = schedule;
  return rest;
}

/** Findings are few kinds, but their prose is free text: past the budget even so, only their counts stay. */
export function fittedHead(head: ScheduleResult, budget = ANSWER_BUDGET_BYTES): ScheduleResult {
  return jsonBytes(head) <= budget ? head : { ...head, findings: head.findings.map((f) => ({ ...f, issueKeys: f.issueKeys.slice(0, 5), details: [] })) };
}

/** A finding naming at most `KEYS_PER_FINDING` issues and lines; `count` still says how many there are. */
export function cappedFinding<F extends Pick<Finding, 'issueKeys' | 'details'>>(finding: F): F {
  return { ...finding, issueKeys: finding.issueKeys.slice(0, KEYS_PER_FINDING), details: finding.details.slice(0, KEYS_PER_FINDING) };
}
