/**
 * A large project's plan for scenarios (issue #17 with DESIGN.md section 5): above the background threshold the
 * Dependencies tab answers from the analysis the consumer stored, so scenarios start from the same place. The
 * issues it stored (read as the app) are cut to the keys the viewer's own search lists (issue security levels
 * and project permissions included: 5,000 keys a fetch), links to stored issues the viewer may not see are
 * dropped, and what is left is a scope like one read live, scheduled here as a small one is.
 * Without a stored analysis, or with one computed for another scope JQL or other settings, scenarios are refused
 * with what still works until the consumer has stored it again.
 */
import { AppError } from '../app-error';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import { workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import { loadAnalysisIssues, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { MAX_LISTED_ISSUES } from './get-project-schedule';
import type { LargeScope } from './large-scope';
import type { Scope, ScopePorts } from './load-scope';
import { settingsFingerprint } from './settings-fingerprint';

export interface StoredScopeBasis {
  computedAt: string;
  /** Issues the consumer stored, and how many of them the viewer may see. */
  storedIssues: number;
  visibleIssues: number;
}

const notYet = (large: LargeScope, why: string) =>
  new AppError(
    'TOO_LARGE',
    `${large.project.key} has ${large.counted === null ? 'more' : large.counted.toLocaleString('en')} issues, more than Keel computes while you wait, so scenarios start from its stored analysis, and ${why}. The map, the Gantt and the table above still work; scenarios open once the analysis is stored (the Dependencies tab says when).`,
  );

export async function storedScenarioScope(ports: ScopePorts & { analysis: AnalysisKvs }, large: LargeScope): Promise<{ scope: Scope; basis: StoredScopeBasis }> {
  // The viewer's keys are listed while the stored issues are read (at 50,000: ten searches and some 200 chunks).
  // Settled here, so a refusal below leaves no search failing unheard; its error is thrown where it is used.
  const listing = searchIssueKeys(ports.viewerJira, { jql: large.jql, maxIssues: MAX_LISTED_ISSUES }).then(
    (found) => ({ ok: true as const, keys: found.keys }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const stored = await loadAnalysisIssues(ports.analysis, large.project.key);
  if (!stored) throw notYet(large, 'that analysis is not stored yet (it is being computed)');
  if (stored.manifest.scopeJql !== large.jql || stored.manifest.settingsHash !== settingsFingerprint(large.settings)) {
    throw notYet(large, 'the stored one was computed with other settings or another scope (it is being computed again)');
  }
  const listedKeys = await listing;
  if (!listedKeys.ok) throw listedKeys.error;
  const listed = new Set(listedKeys.keys);
  const storedKeys = new Set(stored.issues.map((i) => i.key));
  // A stored issue the viewer's search does not list is hidden from them: it and its links leave the plan.
  const hidden = (key: string) => storedKeys.has(key) && !listed.has(key);
  const items = stored.issues
    .filter((issue) => listed.has(issue.key))
    .map((issue) => workItemFromIssue(issue, large.settings))
    .map((item) => ({ ...item, links: item.links.filter((l) => !hidden(l.otherKey)) }));
  return {
    scope: { settings: large.settings, project: large.project, jql: large.jql, items, truncatedAt: null, hiddenLinks: null },
    basis: { computedAt: stored.manifest.computedAt, storedIssues: stored.issues.length, visibleIssues: items.length },
  };
}
