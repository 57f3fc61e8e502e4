/**
 * Whether an issue already holds what a change would write (issue #17 follow-up): a field at the change's "to",
 * a link of the change's type from its outward issue to its inward one, or no longer the link a removal names.
 * A large project's scenario starts from the stored analysis, which can predate an apply's own writes, so a
 * change made by a first apply is listed again; Jira holding its target is reported "already so", not refused
 * as "changed since" nor written twice. O(links of the issue).
 *
 * Example: `{ kind: 'dueDate', key: 'PAY-7', from: '2027-01-04', to: '2027-02-01' }` is already so in an issue
 * whose due date is 2027-02-01, whatever the listed "from".
 */
import type { WorkItem } from '../work-item';
import type { JiraChange } from './jira-changes';

/** The issue a change is written to: the issue itself, or a link's outward issue. */
export const writtenTo = (change: JiraChange): string => ('key' in change ? change.key : change.outwardKey);

/** `item` is the issue `writtenTo(change)` names (as Jira answers it now, or in the scenario's edited plan); undefined: not known, so not already so. */
export function alreadySo(change: JiraChange, item: WorkItem | undefined): boolean {
  if (item === undefined || item.key !== writtenTo(change)) return false;
  switch (change.kind) {
    case 'originalEstimate':
      return item.originalEstimateSeconds === change.toSeconds;
    case 'remainingEstimate':
      return (item.remainingEstimateSeconds ?? null) === change.toSeconds;
    case 'storyPoints':
      return item.storyPoints === change.to;
    case 'dueDate':
      return item.dueDate === change.to;
    case 'assignee':
      return item.assigneeId === (change.to?.accountId ?? null);
    case 'addLink':
      return item.links.some((l) => l.direction === 'outward' && l.linkType === change.linkType && l.otherKey === change.inwardKey);
    case 'removeLink':
      return !item.links.some((l) => l.id === change.linkId);
  }
}

/**
 * The listed changes split by whether Jira already holds them (`now`: each issue as Jira answers the viewer now),
 * so the list before an apply shows them as already in Jira rather than as changes to make.
 * Example: with PAY-7 due 2027-02-01 in Jira, a due date change to 2027-02-01 is `already`, one to 2027-03-01 `toMake`.
 */
export function splitAlreadySo<T extends { change: JiraChange }>(changes: readonly T[], now: ReadonlyMap<string, WorkItem>): { toMake: T[]; already: T[] } {
  const toMake: T[] = [];
  const already: T[] = [];
  for (const c of changes) (alreadySo(c.change, now.get(writtenTo(c.change))) ? already : toMake).push(c);
  return { toMake, already };
}
