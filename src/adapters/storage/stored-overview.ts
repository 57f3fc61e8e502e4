/**
 * The Overview parts of a large project's stored analysis (domain/overview-parts.ts), one per variant: over every
 * scope issue (`PAY`) and, when the scope uses issue security levels, over the issues under none (`PAY#none`),
 * as the schedule is stored (analysis-security.ts). Read back with the contract's own schemas.
 */
import * as z from 'zod/mini';
import { finding, linkTypeCount, typeStatusCount } from '../../contract';
import type { OverviewParts } from '../../domain/overview-parts';
import type { AnalysisKvs } from './analysis-store';
import { loadStoredAnswer, saveStoredAnswer } from './stored-answer';

const outsideLink = z.object({ id: z.string(), linkType: z.string(), outwardKey: z.string(), inwardKey: z.string(), scopeKey: z.string(), otherProjectKey: z.string() });

const storedParts = z.object({
  inside: z.object({ issueCount: z.number(), byType: z.array(typeStatusCount), linksByType: z.array(linkTypeCount), findings: z.array(finding) }),
  outside: z.array(outsideLink),
  issuesByProject: z.record(z.string(), z.number()),
});

const answerKey = (analysisKey: string) => `overview:${analysisKey}`;

export async function saveStoredOverview(store: AnalysisKvs, analysisKey: string, generation: string, parts: OverviewParts): Promise<void> {
  await saveStoredAnswer(store, answerKey(analysisKey), generation, parts);
}

export async function loadStoredOverview(store: AnalysisKvs, analysisKey: string): Promise<{ generation: string; value: OverviewParts } | null> {
  return loadStoredAnswer(store, answerKey(analysisKey), storedParts);
}
