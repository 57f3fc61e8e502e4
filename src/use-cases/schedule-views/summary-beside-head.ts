/**
 * `schedule/get`'s epics summary beside a large schedule's head (issue #11: the Dependencies tab's first paint
 * under 3 s): the map opens on the epics from that one answer, where it used to ask `schedule/summary` only once
 * `schedule/get` was back, two resolver calls in series. Carried only while head and summary together fit the
 * answer budget (at 50,000 issues the summary is itself cut to the budget: about half of it), else left out and the
 * tab asks as before; a poll whose caller holds the same summary gets its version only. The forecast's figures
 * are not in it: on a new instance they cost the stored forecast's read (34 chunks at 50,000 issues), so the tab
 * asks `schedule/summary` for them once the map is painted.
 */
import { createHash } from 'node:crypto';
import type { ScheduleResult, ScheduleSummaryResult } from '../../contract';
import { derivedOnce } from '../derived-once';
import { ANSWER_BUDGET_BYTES, jsonBytes } from './answer-budget';
import { scheduleSummary } from './schedule-summary';

const encoder = new TextEncoder();

/**
 * `answer` with `summary` and its `summaryVersion` (a hash of its JSON) when it is a head (`large`) and the two
 * added keep it within `budget`; `answer` unchanged otherwise. `summary` is asked for only for a head. A caller
 * that holds the summary of that version (`held`: the page polling during a refresh, issue #11) gets the version
 * alone, not the summary again (about 350 KB at 50,000 issues).
 */
export function withSummaryBesideHead(answer: ScheduleResult, summary: () => ScheduleSummaryResult | null, options: { held?: string | undefined; budget?: number } = {}): ScheduleResult {
  if (answer.large === undefined) return answer;
  const carried = summary();
  if (carried === null) return answer;
  const json = JSON.stringify(carried);
  const summaryVersion = createHash('sha256').update(json).digest('hex').slice(0, 16);
  // What the two fields add to an object that has others: `,"summary":S,"summaryVersion":"V"`.
  const bytes = jsonBytes(answer) + encoder.encode(`,"summary":${json},"summaryVersion":"${summaryVersion}"`).length;
  if (bytes > (options.budget ?? ANSWER_BUDGET_BYTES)) return answer;
  return options.held === summaryVersion ? { ...answer, summaryVersion } : { ...answer, summary: carried, summaryVersion };
}

/**
 * `schedule/summary`'s answer before the forecast's figures, cut from a schedule (the viewer's: computed in the
 * call, or the stored one cut to what they may browse); its groups and links once per stored schedule or cut.
 */
export function summaryOfSchedule(schedule: Pick<ScheduleResult, 'nodes' | 'edges' | 'background'>): ScheduleSummaryResult {
  const summary = derivedOnce(schedule.nodes, 'summary', [schedule.edges], () => scheduleSummary(schedule));
  return { ...summary, ...(schedule.background ? { background: schedule.background } : {}) };
}
