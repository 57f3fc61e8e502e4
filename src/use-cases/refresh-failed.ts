/** The `refreshFailed` part of a stored answer (contract/stored-answer.ts) from the analysis status, when the last refresh failed. */
import type { AnalysisStatus } from '../adapters/storage/analysis-status';
import type { RefreshFailure } from '../contract';

const FALLBACK = 'The last refresh failed. Keel tries again at the next change to the project or the next visit.';

export function refreshFailed(status: AnalysisStatus): { refreshFailed: RefreshFailure } | Record<string, never> {
  return status.failedAt === null ? {} : { refreshFailed: { at: status.failedAt, reason: status.failureReason ?? FALLBACK } };
}
