/**
 * Why a baseline's issue count differs from the scope's (issue #16 item 6, "84 issues" against "138 planned"): a
 * plan holds only the issues with a budget (a parent counts through its children; risks, decisions and issues with
 * no budget are not planned), and a stored one only those budgeted when it was saved. Words for the Earned value
 * tab's "In use" line.
 * Example: a baseline of 84 issues, 138 in scope of which 90 have a budget, 6 of them not in it, 0 unseen ->
 * "... 84 issues, those with a budget when it was saved ... 138 issues in scope now, 90 with a budget; 6 of those are not in it (added or budgeted since) ..."
 */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function baselineCountsText(input: {
  /** Null for the current plan. */
  stored: { name: string; createdAt: string | null; issueCount: number; added: number; unseen: number } | null;
  scopeIssues: number;
  budgeted: number;
  fromDueDates: number;
}): string {
  const { stored, scopeIssues, budgeted } = input;
  const notPlanned = 'a parent counts through its children; risks, decisions and issues without a budget are not planned';
  if (stored === null) {
    return `The issues' current planned dates and budgets: ${n(budgeted, 'issue', 'issues')} of the ${n(scopeIssues, 'issue', 'issues')} in scope have a budget and are planned (${notPlanned}), ${input.fromDueDates} from their due date, the rest from the critical path (done work at its actual dates, open work from the status date on).`;
  }
  const added = stored.added === 0 ? 'all of them are in it' : `${n(stored.added, 'of those is', 'of those are')} not in it (added or budgeted since it was saved: not in BAC or PV)`;
  const unseen = stored.unseen === 0 ? '' : ` ${n(stored.unseen, 'issue of it is', 'issues of it are')} not in your view now (moved, deleted or hidden from you).`;
  return `Stored baseline "${stored.name}" of ${stored.createdAt ?? 'an unknown date'}: the planned dates and budgets of ${n(stored.issueCount, 'issue', 'issues')}, those with a budget when it was saved (${notPlanned}). The scope has ${n(scopeIssues, 'issue', 'issues')} now, ${budgeted} with a budget; ${added}.${unseen}`;
}
