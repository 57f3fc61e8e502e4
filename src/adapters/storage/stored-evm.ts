/**
 * The Earned value answer of a large project's stored analysis (store-evms.ts), one per variant as the Overview's
 * parts are (stored-overview.ts): over every scope issue (`PAY`) and, when the scope uses issue security levels,
 * over the issues under none (`PAY#none`). Beside it, how many issues of each project it counts, so a scope over
 * several projects is shown only to a viewer who sees all of them. Read back with the contract's own schema.
 */
import * as z from 'zod/mini';
import { evmResult } from '../../contract';
import type { AnalysisKvs } from './analysis-store';
import { loadStoredAnswer, saveStoredAnswer } from './stored-answer';

const storedEvm = z.object({ evm: evmResult, issuesByProject: z.record(z.string(), z.number()) });
export type StoredEvm = z.infer<typeof storedEvm>;

const answerKey = (analysisKey: string) => `evm:${analysisKey}`;

export async function saveStoredEvm(store: AnalysisKvs, analysisKey: string, generation: string, value: StoredEvm): Promise<void> {
  await saveStoredAnswer(store, answerKey(analysisKey), generation, value);
}

export function loadStoredEvm(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: StoredEvm } | null> {
  return loadStoredAnswer(store, answerKey(analysisKey), storedEvm);
}
