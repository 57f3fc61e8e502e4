/**
 * Jira's key order: by project key, then by issue number (PAY-9 before PAY-10), which plain string order
 * gets wrong.
 */

const KEY = /^(.*)-(\d+)$/;

export function compareIssueKeys(a: string, b: string): number {
  const ma = KEY.exec(a);
  const mb = KEY.exec(b);
  if (!ma || !mb) return a.localeCompare(b);
  const byProject = (ma[1] ?? '').localeCompare(mb[1] ?? '');
  return byProject !== 0 ? byProject : Number(ma[2]) - Number(mb[2]);
}

export function sortedIssueKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(compareIssueKeys);
}
