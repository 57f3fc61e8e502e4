/**
 * The consumer's Overview step (DESIGN.md section 5): after the schedule is computed, the Overview's parts over
 * the same issues are stored with the same generation, over every issue and, when the scope uses issue security
 * levels, over the issues under none (without-levels.ts), for viewers outside a level. No Jira request: the
 * work items are those the schedule was computed from. Findings keep at most 50 keys each (their counts whole),
 * so the stored parts and every answer cut from them stay small at 50,000 issues.
 */
import { withoutLevelsKey } from '../adapters/storage/analysis-security';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { saveStoredOverview } from '../adapters/storage/stored-overview';
import { dependencyRules } from '../config/dependency-rules';
import type { Settings } from '../config/settings';
import { overviewParts } from '../domain/overview-parts';
import type { WorkItem } from '../domain/work-item';
import { cappedFinding } from './schedule-views/shaped-schedule';
import { itemsWithoutLevels } from './without-levels';

export async function storeOverviews(
  store: AnalysisKvs,
  input: { projectKey: string; generation: string; settings: Settings; items: readonly WorkItem[]; levelOf: ReadonlyMap<string, string>; truncatedAt: number | null; variant?: boolean },
): Promise<void> {
  const partsOf = (items: readonly WorkItem[]) => {
    const parts = overviewParts({ items, rules: dependencyRules(input.settings), durationSource: input.settings.durationSource, truncatedAt: input.truncatedAt });
    return { ...parts, inside: { ...parts.inside, findings: parts.inside.findings.map(cappedFinding) } };
  };
  // Also when only linked work outside the scope is under a level: a viewer outside it reads this variant.
  if (input.levelOf.size > 0 || input.variant === true) await saveStoredOverview(store, withoutLevelsKey(input.projectKey), input.generation, partsOf(itemsWithoutLevels(input.items, input.levelOf)));
  await saveStoredOverview(store, input.projectKey, input.generation, partsOf(input.items));
}
