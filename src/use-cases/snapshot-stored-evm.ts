/**
 * The EVM part of a daily snapshot for a project above the background threshold (DESIGN.md section 5): read in
 * the snapshot's invocation, its scope needs far more than Forge's 100 fetches, so the part is the earned value
 * the analysis consumer stored (store-evms.ts) for that day: over every level for the app's own view, over the
 * issues under no level for the variant with none. Other variants, an answer of another day, or none stored
 * yet are a problem saying so (take-snapshot.ts stores it as the day's gap with its reason), never the app's
 * figures. Unlike a snapshot read live, its planned dates allow for work in other projects the issues wait on,
 * as the stored schedule's do (visible-schedule.ts).
 */
import { AppError } from '../app-error';
import type { EvmResult } from '../contract';
import { loadAnalysisManifest, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadAnalysisSecurity, withoutLevelsKey } from '../adapters/storage/analysis-security';
import { loadStoredEvm } from '../adapters/storage/stored-evm';
import type { SnapshotLevels } from './snapshot-analyses';

export async function snapshotStoredEvm(store: AnalysisKvs, projectKey: string, date: string, variant: SnapshotLevels): Promise<EvmResult> {
  const manifest = await loadAnalysisManifest(store, projectKey);
  const security = await loadAnalysisSecurity(store, projectKey);
  if (!manifest || !security || security.generation !== manifest.generation) {
    throw new AppError('NOT_FOUND', `${projectKey} is large enough that Keel computes its earned value in the background, and none was stored yet: this day's figures are missing.`);
  }
  variant.seen(security.levels);
  if (variant.levels !== null && variant.levels.length > 0) {
    throw new AppError('NOT_FOUND', `For a project this large Keel keeps earned value over every issue security level and over none only, not for the levels ${variant.levels.join(', ')}.`);
  }
  const stored = await loadStoredEvm(store, variant.levels === null ? projectKey : withoutLevelsKey(projectKey));
  if (stored === null || stored.generation !== manifest.generation) {
    throw new AppError('NOT_FOUND', `${projectKey}'s stored earned value is being replaced: this day's figures are missing.`);
  }
  if (stored.value.evm.asOf !== date) {
    throw new AppError('NOT_FOUND', `${projectKey}'s earned value was last computed in the background on ${stored.value.evm.asOf}, not on ${date}: this day's figures are missing. Opening the project in Keel refreshes it.`);
  }
  return stored.value.evm;
}
