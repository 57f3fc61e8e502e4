/**
 * `chase/get`: the "What to chase" list alone (the Overview), from the schedule the viewer may see, either path.
 * A large project's viewer who hides nothing of its stored analysis is answered from the `get` view stored with it
 * (schedule-views-store.ts keeps the list there), so a new instance reads a few chunks, not every node and link.
 */
import type { ChaseResult } from '../contract';
import { chaseOfSchedule } from './chase-of-schedule';
import { viewerRead, viewerSchedule, type BackgroundSchedulePorts } from './get-project-schedule';

export async function getChase(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string }): Promise<ChaseResult> {
  const read = await viewerRead(ports, input, ['get']);
  if (read.views?.get) return { projectKey: read.read.project.key, chase: read.views.get.chase, computing: false };
  const schedule = read.views ? await viewerSchedule(ports, input) : read.schedule;
  return { projectKey: schedule.project.key, chase: chaseOfSchedule(schedule), computing: schedule.background?.state === 'computing' };
}
