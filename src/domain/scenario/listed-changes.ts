/**
 * "Apply to Jira" writes only what its list showed (issue #17). The list the user confirmed comes back with the
 * apply; each listed change is matched with the change the stored scenario makes now (same field of the same
 * issue, or the same link, and the same value written). A matched field change goes ahead only while Jira still
 * holds the listed "from" (a value changed in Jira after the list was shown is not overwritten). The listed
 * values are trusted for that comparison only: what is written is always the scenario's own change, and a
 * listed change the scenario does not make, or a change it makes that was not listed, is refused. A change whose
 * target Jira already holds (made by an earlier apply that the stored analysis of a large project predates, or by
 * someone else) is reported already so: neither refused nor written again (already-so.ts). O(changes).
 */
import type { WorkItem } from '../work-item';
import { alreadySo, writtenTo } from './already-so';
import { changedSince, type FieldChange } from './changed-since';
import type { JiraChange } from './jira-changes';

export interface Listed {
  id: string;
  change: JiraChange;
}

/** One change's verdict: written (`reason` null), already so in Jira (`already`, not written) or refused with why; `change` is what the report shows. */
export interface ListedVerdict {
  id: string;
  change: JiraChange;
  reason: string | null;
  already: boolean;
}

const isField = (c: JiraChange): c is FieldChange => c.kind !== 'addLink' && c.kind !== 'removeLink';

/** What a change is about: one field of one issue, or one link. */
function subject(c: JiraChange): string {
  if (c.kind === 'addLink') return `addLink:${c.scenarioLinkId}`;
  if (c.kind === 'removeLink') return `removeLink:${c.linkId}`;
  return `${c.kind}:${c.key}`;
}

/** What a change writes there. */
function written(c: JiraChange): string {
  switch (c.kind) {
    case 'originalEstimate':
    case 'remainingEstimate':
      return String(c.toSeconds);
    case 'storyPoints':
      return String(c.to);
    case 'dueDate':
      return c.to ?? '';
    case 'assignee':
      return c.to?.accountId ?? '';
    case 'addLink':
      return `${c.linkType}|${c.outwardKey}|${c.inwardKey}`;
    case 'removeLink':
      return '';
  }
}

/** The scenario's change with the listed "from" (same kind, same subject): checked with the listed value, written with the scenario's. */
function withListedFrom(scenario: JiraChange, listed: JiraChange): JiraChange {
  if ((scenario.kind === 'originalEstimate' || scenario.kind === 'remainingEstimate') && listed.kind === scenario.kind) return { ...scenario, fromSeconds: listed.fromSeconds };
  if (scenario.kind === 'storyPoints' && listed.kind === 'storyPoints') return { ...scenario, from: listed.from };
  if (scenario.kind === 'dueDate' && listed.kind === 'dueDate') return { ...scenario, from: listed.from };
  if (scenario.kind === 'assignee' && listed.kind === 'assignee') return { ...scenario, from: listed.from };
  return scenario;
}

const FIELD = { originalEstimate: 'original estimate', remainingEstimate: 'remaining estimate', storyPoints: 'story points', dueDate: 'due date', assignee: 'assignee' } as const;
const what = (c: JiraChange): string => (isField(c) ? `${c.key}'s ${FIELD[c.kind]}` : `The "${c.linkType}" link ${c.outwardKey} → ${c.inwardKey}`);

/**
 * The verdict on each listed change, then on each change the scenario makes that was not listed. `now` is each
 * issue as Jira answers the user now (an issue missing from it could not be read); `readable` says which keys
 * were asked for (a listed change on another issue is not one of this scenario's); `edited` is the scenario's
 * edited plan by key (what it holds where it makes no change now).
 */
export function listedVerdicts(
  listed: readonly Listed[],
  scenario: readonly JiraChange[],
  now: ReadonlyMap<string, WorkItem>,
  readable: ReadonlySet<string>,
  edited: ReadonlyMap<string, WorkItem>,
): ListedVerdict[] {
  const made = new Map(scenario.map((c) => [subject(c), c]));
  const inJira = (c: JiraChange) => readable.has(writtenTo(c)) && alreadySo(c, now.get(writtenTo(c)));
  const seen = new Set<string>();
  const verdicts: ListedVerdict[] = [];
  /** Written when `reason` is null, else refused. */
  const judge = (id: string, change: JiraChange, reason: string | null) => verdicts.push({ id, change, reason, already: false });
  const already = (id: string, change: JiraChange) => verdicts.push({ id, change, reason: null, already: true });
  for (const { id, change } of listed) {
    const key = subject(change);
    if (seen.has(key)) {
      judge(id, change, `${what(change)} is listed twice: written once at most.`);
      continue;
    }
    seen.add(key);
    const mine = made.get(key);
    if (mine && written(mine) === written(change)) {
      const checked = withListedFrom(mine, change);
      if (inJira(mine)) already(id, checked);
      else judge(id, checked, isField(checked) ? changedSince(checked, now.get(checked.key)) : null);
    } else if (mine) {
      judge(id, change, `${what(change)}: this scenario writes another value now than the list showed: not written. Open the list again.`);
    } else if (alreadySo(change, edited.get(writtenTo(change))) && inJira(change)) {
      // The scenario makes no change here now because Jira already holds what it has.
      already(id, change);
    } else {
      const moved = isField(change) && readable.has(change.key) ? changedSince(change, now.get(change.key)) : null;
      judge(id, change, moved ?? `${what(change)}: not a change this scenario makes now (Jira may already hold it): not written. Open the list again.`);
    }
  }
  scenario.forEach((change, i) => {
    if (seen.has(subject(change))) return;
    if (inJira(change)) already(`n${i + 1}`, change);
    else judge(`n${i + 1}`, change, `${what(change)}: not in the list you confirmed (Jira changed since it was shown): not written. Open the list again to review it.`);
  });
  return verdicts;
}
