/**
 * Jira-backed `BaselineHidesPorts` (baseline-for-viewer.ts): whether the viewer may browse a project (Jira answers
 * 404 for one they may not see at all), which keys the app reads under an issue security level, and which of a
 * project's issues under a level the viewer's own search does not return (the app's keys less the viewer's, by
 * `level IS NOT EMPTY`). The app's reads only leave entries out of the viewer's figures; without an app request
 * (the CLI) none is secured.
 */
import { hasProjectPermission } from '../adapters/jira/fetch-my-permission';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import { searchIssues } from '../adapters/jira/search-issues';
import type { ProductRequest } from '../adapters/product-request';
import { AppError } from '../app-error';
import type { BaselineHidesPorts } from './baseline-for-viewer';
import type { BaselinePorts } from './evm-baselines';

/** Issues under a level per project that Keel compares by key: four pages of 5,000 keys each side at most. */
const MAX_SECURED = 20_000;

export function jiraHidesPorts(viewer: ProductRequest, app: ProductRequest | null): Required<Pick<BaselineHidesPorts, 'mayBrowseProject'>> & BaselineHidesPorts & Pick<BaselinePorts, 'keysHiddenByLevel'> {
  return {
    mayBrowseProject: (other) =>
      hasProjectPermission(viewer, other, 'BROWSE_PROJECTS').catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
        throw error;
      }),
    ...(app === null
      ? {}
      : {
          securedKeys: async (keys: readonly string[]) => {
            const read = await searchByKeys(keys, async (jql, count) => (await searchIssues(app, { jql, fields: ['security'], maxIssues: count })).issues);
            return new Set(read.found.filter((i) => i.fields.security).map((i) => i.key));
          },
          keysHiddenByLevel: async (projectKey: string) => {
            const jql = `project = "${projectKey}" AND level IS NOT EMPTY`;
            const all = await searchIssueKeys(app, { jql, maxIssues: MAX_SECURED });
            if (all.truncated) return null;
            if (all.keys.length === 0) return new Set<string>();
            const mine = await searchIssueKeys(viewer, { jql, maxIssues: MAX_SECURED });
            const seen = new Set(mine.keys);
            return new Set(all.keys.filter((key) => !seen.has(key)));
          },
        }),
  };
}
