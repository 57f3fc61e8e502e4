/**
 * The Earned value of a project for the signed-in user: read live within the invocation up to the background
 * threshold, from the stored analysis above it (get-stored-evm.ts), as the Dependencies tab and the Overview are.
 * The fetches spent learning the scope's size count against the live read's budget.
 */
import { countedRequest } from '../adapters/counted-request';
import type { EvmResult } from '../contract';
import type { EvmPorts } from './evm-ports';
import { getEvm } from './get-evm';
import type { BackgroundSchedulePorts } from './get-project-schedule';
import { getStoredEvm } from './get-stored-evm';
import { largeScope } from './large-scope';

export interface ProjectEvmPorts extends BackgroundSchedulePorts {
  /** The live read's ports, given the fetches already spent in this invocation. */
  liveEvm: (fetchesSpent: number) => EvmPorts;
}

export async function getProjectEvm(ports: ProjectEvmPorts, input: { projectKey: string; asOf: string; baseline?: string | undefined }): Promise<EvmResult> {
  const viewer = countedRequest(ports.viewerJira);
  const large = await largeScope({ ...ports, viewerJira: viewer.request }, input.projectKey);
  if (large !== null) return getStoredEvm(ports, large, input);
  return getEvm(ports.liveEvm(viewer.count()), { asOf: input.asOf, baseline: input.baseline });
}
