/**
 * A stored baseline cut to one viewer (DESIGN.md section 1, "Baselines"; issue #11): the entries of issues in the
 * viewer's scope are used; the rest are counted as `unseen` (moved or deleted since), except the ones Jira hides
 * from the viewer (in a project they may not browse, or under a security level they are not in): those are
 * neither counted nor named, and when one of them started the stored plan, the plan starts at the viewer's
 * earliest planned start instead. Shared by the comparison, the Gantt's plan and earned value's named baseline.
 */
import type { StoredBaseline } from '../adapters/storage/baseline-store';
import type { PlanEntry } from '../domain/evm/baseline-diff';

/** How Jira hides a key from the viewer; an absent port hides nothing (the CLI, which reads as one user). */
export interface BaselineHidesPorts {
  /** Whether the viewer may browse another project a baseline's entries reach into. */
  mayBrowseProject?: (projectKey: string) => Promise<boolean>;
  /** Of these issue keys, those the app reads under an issue security level. */
  securedKeys?: (keys: readonly string[]) => Promise<ReadonlySet<string>>;
}

export interface ViewerBaseline {
  entries: PlanEntry[];
  /** Entries of issues the viewer does not see now and Jira does not hide from them: moved or deleted since. */
  unseen: number;
  projectStart: string;
}

/**
 * Example (test/use-cases/stored-plan-security.test.ts): start 2026-01-05 set by PAY-1 under a level the viewer is
 * not in, PAY-2 theirs from 2026-03-02, PAY-3 deleted, PLAT-4 in a project they may not browse -> entries [PAY-2],
 * unseen 1, start 2026-03-02.
 */
export async function baselineForViewer(ports: BaselineHidesPorts, stored: StoredBaseline, visible: ReadonlySet<string>): Promise<ViewerBaseline> {
  const entries = stored.entries.filter(([key]) => visible.has(key)).map(([key, budget, start, finish]) => ({ key, budget, start, finish }));
  const unseen = stored.entries.map(([key]) => key).filter((key) => !visible.has(key));
  const hiddenByJira = await keysJiraHides(ports, unseen);
  const projectStart = hiddenByJira.size === 0 ? stored.projectStart : viewerStart(stored.projectStart, entries);
  return { entries, unseen: unseen.length - hiddenByJira.size, projectStart };
}

/** Of keys the viewer does not see in scope, those Jira hides from them: another project they may not browse, or a level. */
async function keysJiraHides(ports: BaselineHidesPorts, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const projectOf = (key: string) => key.slice(0, key.lastIndexOf('-'));
  const browsable = new Map<string, boolean>();
  for (const project of new Set(keys.map(projectOf))) browsable.set(project, ports.mayBrowseProject ? await ports.mayBrowseProject(project) : true);
  const inBrowsable = keys.filter((k) => browsable.get(projectOf(k)) === true);
  const secured = ports.securedKeys ? await ports.securedKeys(inBrowsable) : new Set<string>();
  return new Set([...keys.filter((k) => browsable.get(projectOf(k)) !== true), ...inBrowsable.filter((k) => secured.has(k))]);
}

/** The stored start, or the viewer's earliest planned start when that is later (a hidden entry started the plan). */
function viewerStart(stored: string, entries: readonly PlanEntry[]): string {
  const starts = entries.flatMap((e) => (e.start === null ? [] : [e.start])).sort();
  const first = starts[0];
  return first !== undefined && first > stored ? first : stored;
}
