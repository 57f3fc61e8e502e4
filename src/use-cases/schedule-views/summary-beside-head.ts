/**
 * `schedule/get`'s epics summary beside a large schedule's head (issue #11: the Dependencies tab's first paint
 * under 3 s): the map opens on the epics from that one answer, where it used to ask `schedule/summary` only once
 * `schedule/get` was back, two resolver calls in series. Carried only while head and summary together fit the
 * answer budget (at 50,000 issues the summary is itself cut to the budget: about half of it), else left out and the
 * tab asks as before. The forecast's figures are not in it: on a new instance they cost the stored forecast's
 * read (34 chunks at 50,000 issues), so the tab asks `schedule/summary` for them once the map is painted.
 */
import type { ScheduleResult, ScheduleSummaryResult } from '../../contract';
import { derivedOnce } from '../derived-once';
import { ANSWER_BUDGET_BYTES, jsonBytes } from './answer-budget';
import { scheduleSummary } from './schedule-summary';

/**
 * `answer` with `summary` when it is a head (`large`) and `,"summary":{...}` added keeps it within `budget`;
 * `answer` unchanged otherwise. `summary` is asked for only for a head.
 */
export function withSummaryBesideHead(answer: ScheduleResult, summary: () => ScheduleSummaryResult | null, budget = ANSWER_BUDGET_BYTES): ScheduleResult {
  if (answer.large === undefined) return answer;
  const carried = summary();
  if (carried === null) return answer;
  // `{"summary":S}` weighs one byte more than the `,"summary":S` it adds to an object with other fields.
  const bytes = jsonBytes(answer) + jsonBytes({ summary: carried }) - 1;
  return bytes <= budget ? { ...answer, summary: carried } : answer;
}

/**
 * `schedule/summary`'s answer before the forecast's figures, cut from a schedule (the viewer's: computed in the
 * call, or the stored one cut to what they may browse); its groups and links once per stored schedule or cut.
 */
export function summaryOfSchedule(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'background'>): ScheduleSummaryResult {
  const summary = derivedOnce(schedule.nodes, 'summary', [schedule.edges], () => scheduleSummary(schedule));
  return { ...summary, ...(schedule.background ? { background: schedule.background } : {}) };
}
