/**
 * The epics summary a polling Dependencies tab holds (issue #11): `schedule/get` carries it beside a large
 * schedule's head with its `summaryVersion`; a poll says which version it holds (`summaryHeld`), and an answer
 * whose summary is that version comes without it (about 350 KB at 50,000 issues), so it is put back here and
 * every answer the tab renders has its summary, as before.
 */
import type { ScheduleResult, ScheduleSummaryResult } from '@contract';

export interface HeldSummary {
  version: string;
  summary: ScheduleSummaryResult;
}

/** The summary an answer carries, with its version; null when it carries none. */
export function heldSummaryOf(answer: ScheduleResult | null): HeldSummary | null {
  return answer?.summary !== undefined && answer.summaryVersion !== undefined ? { version: answer.summaryVersion, summary: answer.summary } : null;
}

/** `answer` with the held summary put back where it says the caller holds that version; `answer` otherwise. */
export function withHeldSummary(answer: ScheduleResult, held: HeldSummary | null): ScheduleResult {
  if (answer.summary !== undefined || held === null || answer.summaryVersion !== held.version) return answer;
  return { ...answer, summary: held.summary };
}
