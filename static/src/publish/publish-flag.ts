/**
 * Success and failure of a publish in Jira's own flags (`showFlag`), as Atlassian's apps report theirs; the
 * panel says the same in the page, so the outcome is never only in a flag that leaves.
 */
import { showFlag } from '@forge/bridge';
import type { PublishResult } from '@contract';

type Outcome = { ok: true; result: PublishResult } | { ok: false; what: string; message: string };

let flagCount = 0;

export function publishFlag(outcome: Outcome): void {
  flagCount += 1;
  const id = `keel-publish-${flagCount}`;
  try {
    if (outcome.ok) {
      const { result } = outcome;
      const done = result.changed ? (result.created ? 'Page created' : 'Page updated') : 'Nothing changed since the last publish';
      showFlag({ id, type: 'success', title: `Published to Confluence: ${result.title}`, description: `${done}, version ${result.version}.`, isAutoDismiss: true });
    } else {
      showFlag({ id, type: 'error', title: `Keel did not publish the ${outcome.what}`, description: outcome.message });
    }
  } catch (error) {
    // A host without flags: the panel still says what happened.
    console.warn('Keel: the host did not show the flag:', error instanceof Error ? error.message : error);
  }
}
