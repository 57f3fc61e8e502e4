/**
 * `history/get`: a project's daily snapshots for someone who may browse it. The snapshots were computed as
 * the app (a trigger has no user), so the viewer's access is checked first, by reading the project as them;
 * then, unless they see every issue of the project the app sees, each day's figures are the variant for the
 * issue security levels they are in (snapshot-for-viewer.ts), never figures that count issues hidden from them.
 */
import type { HistoryResult } from '../contract';
import { loadSnapshots, loadVariantSnapshots, type StoredSnapshot } from '../adapters/storage/snapshot-store';
import { loadTracking } from '../adapters/storage/tracked-projects';
import type { HistoryKvs } from '../adapters/storage/history-kvs';
import { partChoice, snapshotForViewer } from './snapshot-for-viewer';
import { seesWholeProject, viewerLevelAccess, type LevelAccess, type LevelCountPorts } from './viewer-levels';

export interface HistoryPorts extends LevelCountPorts {
  store: HistoryKvs;
  /** Reads the project as the viewer: throws NOT_FOUND when they may not browse it. */
  viewerProject: (projectKey: string) => Promise<{ key: string }>;
}

/** Two years of days: an answer of about 2 MB at most, inside the resolver's time and size limits. */
export const MAX_SNAPSHOTS = 731;

export async function getHistory(ports: HistoryPorts, input: { projectKey: string; from?: string | undefined; to?: string | undefined }): Promise<HistoryResult> {
  const project = await ports.viewerProject(input.projectKey);
  const range = { from: input.from, to: input.to, max: MAX_SNAPSHOTS };
  const { snapshots, truncated } = await loadSnapshots(ports.store, project.key, range);
  const tracking = await loadTracking(ports.store, project.key);
  const used = [...new Set(snapshots.flatMap((s) => [...(s.evmLevels ?? []), ...(s.risksLevels ?? [])]))];
  const seesAll = snapshots.length === 0 || (await seesWholeProject(ports, project.key));
  const access = seesAll ? new Map<string, LevelAccess>() : await viewerLevelAccess(ports, project.key, used);
  // Each variant the viewer needs is one prefix query over the same range.
  const variants = new Map<string, Map<string, StoredSnapshot>>();
  if (!seesAll) {
    for (const s of snapshots) {
      for (const choice of [partChoice(s.evmLevels, access), partChoice(s.risksLevels, access)]) {
        if (choice.from !== 'variant' || variants.has(choice.variant)) continue;
        const stored = await loadVariantSnapshots(ports.store, project.key, choice.variant, range);
        variants.set(choice.variant, new Map(stored.snapshots.map((v) => [v.date, v])));
      }
    }
  }
  return {
    projectKey: project.key,
    tracked: tracking?.tracked === true,
    snapshots: snapshots.map((day) => snapshotForViewer(day, access, seesAll, (variant) => variants.get(variant)?.get(day.date))),
    truncated,
  };
}
