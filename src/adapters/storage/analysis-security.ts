/**
 * The issue security levels a stored analysis's scope used (DESIGN.md section 5), a small value next to the
 * analysis (`schedule-analysis-security:PAY`) with the generation it belongs to. When the scope uses levels, the
 * consumer also stores the schedule computed without every issue under one, as its own analysis under the
 * key `PAY#none` (no issues kept, its schedule only), for viewers outside some level; that schedule also leaves out
 * the issues outside the scope that are under a level. Both are written before
 * the analysis's manifest flips, so a reader of a generation finds its record; the record keeps the one it
 * replaced (`previous`), so a reader of the previous generation, while a refresh stores the next, finds its own
 * rather than the next one's (which told a viewer in every level of the old generation nothing of the new one).
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
  /**
   * The projects of the linked issues outside the scope the app read, with how many of each (issue #11): a viewer
   * who does not wholly see one of them is answered from a schedule computed without them (outside-variant-choice.ts).
   * Absent: stored before Keel kept them (then the analysis is read again).
   */
  outsideProjects: z.optional(z.record(z.string(), z.number())),
});
export type AnalysisSecurity = z.infer<typeof record>;
/** The record with the one it replaced: readers of the previous generation, while a refresh stores the next, still find theirs. */
const kept = z.object({ ...record.shape, previous: z.optional(record) });

const recordKey = (projectKey: string) => `schedule-analysis-security:${projectKey}`;

/** The analysis key of the schedule without any issue under a security level. */
export const withoutLevelsKey = (projectKey: string): string => `${projectKey}#none`;

export async function saveAnalysisSecurity(store: AnalysisKvs, projectKey: string, security: AnalysisSecurity): Promise<void> {
  const before = kept.safeParse(await store.get(recordKey(projectKey)));
  const previous = before.success && before.data.generation !== security.generation ? withoutPrevious(before.data) : before.success ? before.data.previous : undefined;
  await store.set(recordKey(projectKey), previous ? { ...security, previous } : security);
}

/**
 * The record, or null when there is none (an analysis stored before Keel read levels) or it is damaged. With
 * `generation`, the record of that generation when it is the current or the previous one (else the current).
 */
export async function loadAnalysisSecurity(store: AnalysisKvs, projectKey: string, generation?: string): Promise<AnalysisSecurity | null> {
  const parsed = kept.safeParse(await store.get(recordKey(projectKey)));
  if (!parsed.success) return null;
  const { previous } = parsed.data;
  return generation !== undefined && parsed.data.generation !== generation && previous?.generation === generation ? previous : withoutPrevious(parsed.data);
}

function withoutPrevious(value: z.infer<typeof kept>): AnalysisSecurity {
  const { previous: _previous, ...current } = value;
  return current;
}
