import type { StoredAnalysis } from './analysis-store';

/**
 * The schedules this instance read last, by project: Forge runs the next invocation in the same warm instance
 * when it can, and the Dependencies tab asks three or four answers of one schedule in a row. A generation is
 * never rewritten (a new analysis gets a new one), so the manifest alone says whether the copy is current. Two
 * at most (a project and its schedule without levels), and frozen: no answer may change what the next one reads.
 */
const warmSchedules = new Map<string, Omit<StoredAnalysis, 'issues'>>();
const WARM_SCHEDULES = 2;

/** Forgets the schedules kept warm: what a new Forge instance starts with (the answers bench's cold rows). */
export function forgetWarmSchedules(): void {
  warmSchedules.clear();
}

/** Keeps a schedule just read, frozen in place (the caller's copy with it). */
export function keepWarm(projectKey: string, analysis: Omit<StoredAnalysis, 'issues'>): void {
  warmSchedules.delete(projectKey);
  warmSchedules.set(projectKey, { manifest: analysis.manifest, schedule: frozen(analysis.schedule) });
  for (const key of warmSchedules.keys()) if (warmSchedules.size > WARM_SCHEDULES) warmSchedules.delete(key);
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
  return warmSchedules.get(projectKey);
}

