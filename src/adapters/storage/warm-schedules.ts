import type { StoredAnalysis } from './analysis-store';

/**
 * The schedules this instance read last, by project: Forge runs the next invocation in the same warm instance
 * when it can, and the Dependencies tab asks three or four answers of one schedule in a row. A generation is
 * never rewritten (a new analysis gets a new one), so the manifest alone says whether the copy is current. Two
 * at most (a project and its schedule without levels), and frozen: no answer may change what the next one reads.
 * Bounded by the text they were read from too (issue #11): a 50,000-issue schedule is about 42 MB of text and
 * 110 MB of heap, and a resolver has 512 MB, so two of them beside the next read do not fit. The newest is kept
 * whatever its size (it is what the next call asks for); older ones only while the total stays within the bound.
 */
interface Warm {
  analysis: Omit<StoredAnalysis, 'issues'>;
  textBytes: number;
}

const warmSchedules = new Map<string, Warm>();
const WARM_SCHEDULES = 2;

/** Text kept warm at most in all (about 125 MB of heap), unless the newest alone passes it. */
export const WARM_TEXT_BYTES = 48 * 1024 * 1024;

/** Forgets the schedules kept warm: what a new Forge instance starts with (the answers bench's cold rows). */
export function forgetWarmSchedules(): void {
  warmSchedules.clear();
}

/** Keeps a schedule just read from `textBytes` of stored text, frozen in place (the caller's copy with it). */
export function keepWarm(projectKey: string, analysis: Omit<StoredAnalysis, 'issues'>, textBytes: number): void {
  warmSchedules.delete(projectKey);
  warmSchedules.set(projectKey, { analysis: { manifest: analysis.manifest, schedule: frozen(analysis.schedule) }, textBytes });
  let total = 0;
  for (const warm of warmSchedules.values()) total += warm.textBytes;
  // Oldest first (a Map keeps insertion order); the newest, last, is never forgotten.
  for (const [key, warm] of warmSchedules) {
    if (key === projectKey || (warmSchedules.size <= WARM_SCHEDULES && total <= WARM_TEXT_BYTES)) break;
    warmSchedules.delete(key);
    total -= warm.textBytes;
  }
}

function frozen(schedule: StoredAnalysis['schedule']): StoredAnalysis['schedule'] {
  for (const node of schedule.nodes) Object.freeze(node);
  for (const edge of schedule.edges) Object.freeze(edge);
  Object.freeze(schedule.nodes);
  Object.freeze(schedule.edges);
  return Object.freeze(schedule);
}

/** The schedule kept for this analysis, whichever generation it is of (the caller compares it with the manifest's). */
export function warmSchedule(projectKey: string): Omit<StoredAnalysis, 'issues'> | undefined {
  return warmSchedules.get(projectKey)?.analysis;
}
