/**
 * One part of a project's daily snapshot (DESIGN.md section 1, EVM "History" and the risk register's trend):
 * compute the Earned value or the Risks answer and store what the trend needs under the day's key.
 * The two parts run in separate invocations, since each may use all of Forge's 100 product fetches.
 * A part that cannot be computed (the project was deleted, the settings are invalid) is stored as a problem,
 * so the trend shows a gap with its reason. A failure a retry may cure (Jira rate-limited or down) is thrown
 * for the caller to retry, except on the last attempt, when it is stored as a problem too; anything else is thrown.
 */
import { AppError } from '../app-error';
import type { ErrorCode, EvmResult, RiskRegisterResult } from '../contract';
import { saveSnapshotPart, type SnapshotPart } from '../adapters/storage/snapshot-store';
import type { HistoryKvs } from '../adapters/storage/history-kvs';
import { evmSnapshot, riskSnapshot } from './history-snapshot';

export type SnapshotPartName = 'evm' | 'risks';

export interface SnapshotPorts {
  store: HistoryKvs;
  computeEvm: () => Promise<EvmResult>;
  computeRisks: () => Promise<RiskRegisterResult>;
}

const TRANSIENT: readonly ErrorCode[] = ['RATE_LIMITED', 'JIRA_UNAVAILABLE'];

/** A failure a retry may cure. */
export const isTransient = (error: unknown): boolean => error instanceof AppError && TRANSIENT.includes(error.code);

async function part(ports: SnapshotPorts, name: SnapshotPartName, lastAttempt: boolean): Promise<SnapshotPart> {
  try {
    return name === 'evm' ? { evm: evmSnapshot(await ports.computeEvm()), evmProblem: null } : { risks: riskSnapshot(await ports.computeRisks()), risksProblem: null };
  } catch (error) {
    if (!(error instanceof AppError) || (isTransient(error) && !lastAttempt)) throw error;
    const problem = `${error.code}: ${error.message}`;
    return name === 'evm' ? { evm: null, evmProblem: problem } : { risks: null, risksProblem: problem };
  }
}

export async function takeSnapshotPart(
  ports: SnapshotPorts,
  input: { projectKey: string; date: string; takenAt: string; part: SnapshotPartName; lastAttempt: boolean },
): Promise<void> {
  await saveSnapshotPart(ports.store, input.projectKey, input.date, input.takenAt, await part(ports, input.part, input.lastAttempt));
}
