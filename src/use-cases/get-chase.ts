/** `chase/get`: the "What to chase" list alone (the Overview), from the schedule the viewer may see, either path. */
import type { ChaseResult } from '../contract';
import { chaseOfSchedule } from './chase-of-schedule';
import { viewerSchedule, type BackgroundSchedulePorts } from './get-project-schedule';

export async function getChase(ports: BackgroundSchedulePorts, input: { projectKey: string; asOf: string }): Promise<ChaseResult> {
  const schedule = await viewerSchedule(ports, input);
  return { projectKey: schedule.project.key, chase: chaseOfSchedule(schedule), computing: schedule.background?.state === 'computing' };
}
