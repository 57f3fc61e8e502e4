/**
 * The issue security levels a stored analysis's scope used (DESIGN.md section 5), a small value next to the
 * analysis (`schedule-analysis-security:PAY`) with the generation it belongs to. When the scope uses levels, the
 * consumer also stores the schedule computed without every issue under one, as its own analysis under the
 * key `PAY#none` (no issues kept, its schedule only), for viewers outside some level; that schedule also leaves out
 * the issues outside the scope that are under a level. Both are written before
 * the analysis's manifest flips, so a reader of a generation finds its record.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';

const record = z.object({
  generation: z.string(),
  levels: z.array(z.string()),
  /**
   * The levels of the issues outside the scope that its issues link to, with their project (issue #11): they
   * bound the dates of the app's schedule, so only a viewer in each of them gets it; the schedule without
   * levels leaves them out. Absent: stored before Keel kept them (then the analysis is read again).
   */
  outsideLevels: z.optional(z.array(z.object({ projectKey: z.string(), level: z.string() }))),
});
export type AnalysisSecurity = z.infer<typeof record>;

const recordKey = (projectKey: string) => `schedule-analysis-security:${projectKey}`;

/** The analysis key of the schedule without any issue under a security level. */
export const withoutLevelsKey = (projectKey: string): string => `${projectKey}#none`;

export async function saveAnalysisSecurity(store: AnalysisKvs, projectKey: string, security: AnalysisSecurity): Promise<void> {
  await store.set(recordKey(projectKey), security);
}

/** The record, or null when there is none (an analysis stored before Keel read levels) or it is damaged. */
export async function loadAnalysisSecurity(store: AnalysisKvs, projectKey: string): Promise<AnalysisSecurity | null> {
  const parsed = record.safeParse(await store.get(recordKey(projectKey)));
  return parsed.success ? parsed.data : null;
}
