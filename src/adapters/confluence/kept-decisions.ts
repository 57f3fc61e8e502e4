/**
 * A decision already on the page is never removed (DESIGN.md section 2). The decision items in Keel's old
 * section whose issue is not in the new log (deleted, moved, or hidden from this publisher) are kept as they
 * were, marked once with a "NOT IN JIRA" lozenge; items a person typed into the section are kept untouched.
 */
import { text } from '@atlaskit/adf-utils/builders';
import { attrOf, childrenOf, nodesOfType, textOf, type AdfNode } from './adf-node';
import { lozenge } from './adf-inline';

const KEY_PREFIX = 'keel-decision-';
const GONE_PREFIX = 'keel-gone-';
const GONE_TEXT = 'NOT IN JIRA';

export const decisionItemId = (key: string): string => `${KEY_PREFIX}${key}`;

/** The issue key a decision item stands for: Keel's localId, else an issue key at the start of its text. */
export function decisionKeyOf(item: AdfNode): string | null {
  const id = attrOf(item, 'localId');
  if (typeof id === 'string' && id.startsWith(KEY_PREFIX)) return id.slice(KEY_PREFIX.length);
  return /^\s*([A-Z][A-Z0-9_]*-[1-9][0-9]*)\b/.exec(textOf(item))?.[1] ?? null;
}

function marked(item: AdfNode, key: string): AdfNode {
  // By id, or by its words when Confluence's editor gave the lozenge a new id: marked once, however edited.
  const already = nodesOfType(childrenOf(item), 'status').some((s) => attrOf(s, 'localId') === `${GONE_PREFIX}${key}` || attrOf(s, 'text') === GONE_TEXT);
  if (already) return item;
  return { ...item, content: [...childrenOf(item), text(' '), lozenge(GONE_TEXT, 'yellow', `${GONE_PREFIX}${key}`)] };
}

/** The old section's decision items to keep, in page order, given the keys the new log holds. */
export function keptDecisions(oldSection: readonly AdfNode[], logKeys: ReadonlySet<string>): AdfNode[] {
  const seen = new Set<string>();
  return nodesOfType(oldSection, 'decisionItem').flatMap((item) => {
    const key = decisionKeyOf(item);
    if (key === null) return [item];
    if (logKeys.has(key) || seen.has(key)) return [];
    seen.add(key);
    return [marked(item, key)];
  });
}
