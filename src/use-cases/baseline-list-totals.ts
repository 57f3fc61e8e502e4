/**
 * One stored baseline's totals as one viewer may be told them (`baselines/list`, issue #11): the baseline was read
 * as the app, so its entries are summed only for the projects the viewer may browse, less the entries of issues
 * Jira hides from the viewer by an issue security level. Where Keel cannot tell which issues of a project those
 * are, that project's entries are left out and `note` says so (never the app's figures).
 * Example: PAY-1 100, PAY-2 50 (under "Staff only"), PLAT-7 20; a viewer who browses PAY only and is not in the
 * level -> 1 issue, BAC 100; one in the level -> 2 issues, 150.
 */
import type { ListedBaseline, StoredBaseline } from '../adapters/storage/baseline-store';
import { totalsByProject } from '../adapters/storage/baseline-store';

export interface ListTotalsPorts {
  mayBrowse: (projectKey: string) => Promise<boolean>;
  /** Keys of the project's issues Jira hides from the viewer by a level; null when Keel cannot tell. */
  hiddenByLevel: (projectKey: string) => Promise<ReadonlySet<string> | null>;
  /** The baseline's entries, read once and only when needed; null when it cannot be read. */
  entries: () => Promise<StoredBaseline['entries'] | null>;
}

export interface ListTotals {
  issueCount: number;
  bac: number;
  note?: string;
}

const projectOf = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('-')));

export async function baselineListTotals(ports: ListTotalsPorts, byProject: ListedBaseline['byProject']): Promise<ListTotals> {
  const parts = byProject ?? totalsByProject((await ports.entries()) ?? []);
  let issueCount = 0;
  let bac = 0;
  const unchecked: string[] = [];
  for (const [project, part] of Object.entries(parts)) {
    if (!(await ports.mayBrowse(project))) continue;
    const hidden = await ports.hiddenByLevel(project);
    const entries = hidden !== null && hidden.size > 0 ? await ports.entries() : [];
    if (hidden === null || entries === null) {
      unchecked.push(project);
      continue;
    }
    const left = entries.filter(([key]) => projectOf(key) === project && hidden.has(key));
    issueCount += part.issueCount - left.length;
    bac += part.bac - left.reduce((sum, [, budget]) => sum + budget, 0);
  }
  const totals = { issueCount, bac: Math.round(bac * 100) / 100 };
  if (unchecked.length === 0) return totals;
  return {
    ...totals,
    note: `Some issues of ${unchecked.join(', ')} are under an issue security level and Keel could not check which of them you may see, so this baseline's entries in ${unchecked.length === 1 ? 'that project' : 'those projects'} are left out of these totals.`,
  };
}
