/**
 * The sentence a decision log says when older decisions are left out (Keel's read cap, or an answer's size:
 * decisions-within-budget.ts): the same in the Decisions tab, the macro and its PDF/Word export.
 */
export function decisionsLeftOut(shown: number, formatNumber: (n: number) => string): string {
  return `Only the newest ${formatNumber(shown)} decisions are shown: more would not fit one answer. The older ones are in Jira (issues of the decision type); narrow the macro's or the project's scope to see them here.`;
}
