/**
 * The finding of a scope larger than the cap of a stored analysis (50,000 issues): only the first issues Jira
 * returned are analysed. It says what happened, what still works and what to do, and names no issue.
 */
import type { Finding } from './finding';

export function scopeCapFinding(cap: number): Finding {
  return {
    kind: 'scope-truncated',
    severity: 'warning',
    title: `Scope larger than ${cap.toLocaleString('en-US')} issues`,
    advice: `This scope has more than ${cap.toLocaleString('en-US')} issues, the most Keel analyses in one stored analysis, so only the first ${cap.toLocaleString('en-US')} Jira returned are scheduled: dates and the critical path may miss work beyond them. The issues shown, their links and the issue panel for them still work. Narrow the scope JQL (a release, a team, open work only) or split the program into projects.`,
    issueKeys: [],
    details: [],
    count: 1,
  };
}
