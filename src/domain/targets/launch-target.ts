/**
 * The project's launch date, the target "late" and "on track" are measured against (issue 16, item 1). Sources
 * in the order an explicit choice outranks an inferred one: a date in the project settings, the due date of a
 * chosen issue, the release date of a mapped version, the latest milestone's due date. A source that names no
 * date falls through to the next with a finding that says so; a target already past is kept, with a finding.
 * Example: settings null, issue PAY-150 due 2027-02-05 -> target 2027-02-05 from "PAY-150's due date".
 */
import type { Finding } from '../finding';

export type TargetSource = 'settings' | 'issue' | 'version' | 'milestone';

export interface TargetSources {
  settingsDate: string | null;
  /** The issue the admin chose (a launch ticket); absent when none was chosen. */
  issue?: { key: string; dueDate: string | null } | null;
  /** The mapped version; absent when none was mapped. */
  version?: { name: string; releaseDate: string | null } | null;
  /** Milestones with their due dates (milestone-variance.ts reads which issues they are). */
  milestones?: readonly { key: string; dueDate: string | null }[];
}

export interface LaunchTarget {
  date: string;
  source: TargetSource;
  /** Where the date comes from, in words: "the project settings", "PAY-150's due date", "version 1.0's release date". */
  label: string;
}

const finding = (kind: Finding['kind'], title: string, advice: string, issueKeys: string[] = []): Finding => ({
  kind,
  severity: 'warning',
  title,
  advice,
  issueKeys,
  details: [],
  count: 1,
});

export function launchTarget(sources: TargetSources, asOf: string): { target: LaunchTarget | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const candidates: (LaunchTarget | null)[] = [];
  candidates.push(sources.settingsDate ? { date: sources.settingsDate, source: 'settings', label: 'the project settings' } : null);
  const { issue, version } = sources;
  if (issue) {
    if (issue.dueDate) candidates.push({ date: issue.dueDate, source: 'issue', label: `${issue.key}'s due date` });
    else if (!sources.settingsDate) findings.push(finding('target-undated', `The launch issue ${issue.key} has no due date`, `Keel assumes the next source of a launch date (a version's release date, else the latest milestone). Give ${issue.key} a due date to measure the plan against it.`, [issue.key]));
  }
  if (version) {
    if (version.releaseDate) candidates.push({ date: version.releaseDate, source: 'version', label: `version ${version.name}'s release date` });
    else if (!sources.settingsDate && !issue?.dueDate) findings.push(finding('target-undated', `Version ${version.name} has no release date`, `Keel assumes the latest milestone's due date as the launch date, or none. Set a release date on ${version.name} in Jira's Releases page.`));
  }
  const dated = (sources.milestones ?? []).flatMap((m) => (m.dueDate ? [{ key: m.key, dueDate: m.dueDate }] : []));
  const last = dated.sort((a, b) => b.dueDate.localeCompare(a.dueDate) || a.key.localeCompare(b.key))[0];
  if (last) candidates.push({ date: last.dueDate, source: 'milestone', label: `milestone ${last.key}'s due date` });
  const target = candidates.find((c): c is LaunchTarget => c !== null) ?? null;
  if (target && target.date < asOf) {
    findings.push(finding('target-past', `The launch date ${target.date} (${target.label}) has passed`, `Keel still measures the plan against it, so any open work makes the project late. If the launch moved, change ${target.label}.`));
  }
  return { target, findings };
}
