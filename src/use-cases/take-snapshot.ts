/**
 * One part of a project's daily snapshot (DESIGN.md section 1, EVM "History" and the risk register's trend):
 * compute the Earned value or the Risks answer and store what the trend needs under the day's key.
 * The two parts run in separate invocations, since each may use all of Forge's 100 product fetches.
 * A part that cannot be computed (the project was deleted, the settings are invalid) is stored as a problem,
 * so the trend shows a gap with its reason. A failure a retry may cure (Jira rate-limited or down) is thrown
 * for the caller to retry, except on the last attempt, when it is stored as a problem too; anything else is thrown.
 * Without `variant` the part is the app's own view (every issue security level) and is stored with the levels
 * its scope used; with one, it is that variant's (level-variants.ts), stored under the variant's keys.
 */
import { AppError } from '../app-error';
import type { ErrorCode, EvmResult, RiskRegisterResult } from '../contract';
import { saveSnapshotPart, saveVariantPart, type SnapshotPart } from '../adapters/storage/snapshot-store';
import type { HistoryKvs } from '../adapters/storage/history-kvs';
import { evmSnapshot, riskSnapshot } from './history-snapshot';
import { variantKey } from './level-variants';
import type { SnapshotLevels } from './snapshot-analyses';

export type SnapshotPartName = 'evm' | 'risks';

export interface SnapshotPorts {
  store: HistoryKvs;
  computeEvm: (levels: SnapshotLevels) => Promise<EvmResult>;
  computeRisks: (levels: SnapshotLevels) => Promise<RiskRegisterResult>;
}

const TRANSIENT: readonly ErrorCode[] = ['RATE_LIMITED', 'JIRA_UNAVAILABLE'];

/** A failure a retry may cure. */
export const isTransient = (error: unknown): boolean => error instanceof AppError && TRANSIENT.includes(error.code);

async function part(ports: SnapshotPorts, name: SnapshotPartName, lastAttempt: boolean, levels: SnapshotLevels): Promise<SnapshotPart> {
  try {
    return name === 'evm' ? { evm: evmSnapshot(await ports.computeEvm(levels)), evmProblem: null } : { risks: riskSnapshot(await ports.computeRisks(levels)), risksProblem: null };
  } catch (error) {
    if (!(error instanceof AppError) || (isTransient(error) && !lastAttempt)) throw error;
    const problem = `${error.code}: ${error.message}`;
    return name === 'evm' ? { evm: null, evmProblem: problem } : { risks: null, risksProblem: problem };
  }
}

/** Stores the part; answers the security levels its scope used (empty when it could not be computed). */
export async function takeSnapshotPart(
  ports: SnapshotPorts,
  input: { projectKey: string; date: string; takenAt: string; part: SnapshotPartName; lastAttempt: boolean; variant?: readonly string[] | undefined },
): Promise<string[]> {
  let seen: string[] = [];
  const computed = await part(ports, input.part, input.lastAttempt, { levels: input.variant ?? null, seen: (levels) => (seen = levels) });
  const { projectKey, date, takenAt } = input;
  if (input.variant !== undefined) {
    await saveVariantPart(ports.store, projectKey, variantKey(input.variant), date, takenAt, computed);
    return seen;
  }
  await saveSnapshotPart(ports.store, projectKey, date, takenAt, { ...computed, ...(input.part === 'evm' ? { evmLevels: seen } : { risksLevels: seen }) });
  return seen;
}
