/**
 * The Resources answer of a large project's stored analysis (store-levellings.ts), one per variant as earned value's
 * (stored-evm.ts): over every scope issue (`PAY`) and, when the scope uses issue security levels, over the issues
 * under none (`PAY#none`), with how many issues of each project it counts. Read back with the contract's own schema.
 */
import * as z from 'zod/mini';
import { resourcesResult } from '../../contract';
import type { AnalysisKvs } from './analysis-store';
import { loadStoredAnswer, saveStoredAnswer } from './stored-answer';

const storedResources = z.object({ resources: resourcesResult, issuesByProject: z.record(z.string(), z.number()) });
export type StoredResources = z.infer<typeof storedResources>;

const answerKey = (analysisKey: string) => `resources:${analysisKey}`;

export async function saveStoredResources(store: AnalysisKvs, analysisKey: string, generation: string, value: StoredResources): Promise<void> {
  await saveStoredAnswer(store, answerKey(analysisKey), generation, value);
}

export function loadStoredResources(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: StoredResources } | null> {
  return loadStoredAnswer(store, answerKey(analysisKey), storedResources);
}
