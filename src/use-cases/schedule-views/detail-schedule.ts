/**
 * What `schedule/detail` is cut from (schedule-detail.ts). One epic's drill-down (large-map.tsx, epic-detail.tsx)
 * by a viewer of a large project who hides nothing of it (the views' own check: get-project-schedule.ts
 * `viewerRead`) reads only that epic's stored group (schedule-groups.ts): its nodes and every link touching them,
 * which answer an epic filter exactly as the whole schedule does (issue #11: a cold drill-down at 10,000 issues
 * read and parsed the whole schedule, 76 storage calls). Anything else, or a group that cannot be read (a
 * generation just replaced, an analysis stored before Keel kept groups), is cut from the viewer's whole schedule.
 */
import type { ScheduleFilter, ScheduleResult } from '../../contract';
import { loadScheduleGroup } from '../../adapters/storage/schedule-groups-store';
import { viewerRead, viewerSchedule, type BackgroundSchedulePorts } from '../get-project-schedule';
import { groupAnswers } from './schedule-groups';

export type DetailSchedule = Pick<ScheduleResult, 'nodes' | 'edges' | 'background'>;

export async function detailSchedule(
  ports: BackgroundSchedulePorts,
  input: { projectKey: string; asOf: string },
  request: { focus?: string | undefined; filter: ScheduleFilter },
): Promise<DetailSchedule> {
  if (!groupAnswers(request)) return viewerSchedule(ports, input);
  const read = await viewerRead(ports, input, ['groups']);
  if (!read.views) return read.schedule;
  const group = read.views.groups ? await loadScheduleGroup(ports.store, read.analysisKey, read.views.groups, request.filter.epic) : null;
  return group ? { nodes: group.nodes, edges: group.edges, background: read.read.background } : viewerSchedule(ports, input);
}
