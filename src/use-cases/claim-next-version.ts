/**
 * Takes the next version of a stored scenario before writing it (scenario-version.ts), or refuses with who got
 * there first and when: "Marcus Webb saved "Race" at 2026-11-16T12:00:01Z, after you opened it: nothing was saved.
 * Open it again to see their edits, then make yours."
 */
import { AppError } from '../app-error';
import type { LeaseKvs } from '../adapters/storage/analysis-lease';
import type { ScenarioKvs, StoredScenario } from '../adapters/storage/scenario-store';
import { claimScenarioVersion, type VersionClaim } from '../adapters/storage/scenario-version';

const WHAT_WAS_NOT: Record<VersionClaim['action'], string> = { saved: 'nothing was saved', deleted: 'nothing was deleted', applied: 'nothing was written to Jira' };

function conflict(stored: StoredScenario, holder: VersionClaim | null, mine: VersionClaim['action']): AppError {
  const not = WHAT_WAS_NOT[mine];
  if (holder === null) return new AppError('CONFLICT', `Someone changed "${stored.name}" just now, after you opened it: ${not}. Open it again to see the change.`);
  const { by, at, action } = holder;
  switch (action) {
    case 'deleted':
      return new AppError('CONFLICT', `${by.name} deleted "${stored.name}" at ${at}: ${not}.${mine === 'saved' ? ' Save your edits as a new scenario.' : ''}`);
    case 'applied':
      return new AppError('CONFLICT', `${by.name} applied "${stored.name}" to Jira at ${at}: ${not}. Open it again to see the plan as it is now.`);
    case 'saved':
      return new AppError('CONFLICT', `${by.name} saved "${stored.name}" at ${at}, after you opened it: ${not}. Open it again to see their edits, then make yours.`);
  }
}

/** Claims version `stored.version + 1` for `claim`; a CONFLICT naming the holder when another writer has it. */
export async function claimNextVersion(ports: { store: ScenarioKvs; lease: LeaseKvs }, projectKey: string, stored: StoredScenario, claim: VersionClaim): Promise<void> {
  const got = await claimScenarioVersion(ports, { projectKey, id: stored.id, version: stored.version + 1 }, claim);
  if (!got.taken) throw conflict(stored, got.holder, claim.action);
}
