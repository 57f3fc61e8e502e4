/**
 * The daily scheduled trigger (manifest.yml `keel-daily-snapshot`): one `keel-snapshots` event per tracked
 * project. The work happens in the consumer, where each part has its own invocation, time and fetch budget.
 */
import { trackedProjects } from '../adapters/storage/tracked-projects';
import { historyKvs } from './history-kvs-port';
import { pushSnapshotEvents } from './snapshot-events';
import { today } from './forge-ports';

/** What Forge expects a scheduled trigger to answer. */
export interface TriggerResponse {
  statusCode: number;
}

export async function dailySnapshot(): Promise<TriggerResponse> {
  const date = today();
  const projects = await trackedProjects(historyKvs);
  // The EVM part goes first; its consumer queues the risk part when it is done (see snapshot-consumer.ts).
  await pushSnapshotEvents(projects.map((projectKey) => ({ projectKey, date, part: 'evm' as const })));
  return { statusCode: 204 };
}
