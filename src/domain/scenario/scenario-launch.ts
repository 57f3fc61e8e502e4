/**
 * The launch date a scenario is measured against (issue #17 with issue 16's targets): the live plan's, unless the
 * scenario edits what it comes from. A launch taken from an issue's due date (a launch ticket) follows that
 * issue's edited target; one taken from the latest milestone's due date follows the milestones' edited targets
 * (launch-target.ts, with only those sources: a version or the settings' date is not a scenario's to change).
 * Example: live launch "PAY-150's due date" 2027-02-05, the scenario's target edit PAY-150 -> 2027-03-01:
 * the scenario's launch is 2027-03-01.
 */
import { launchTarget, type LaunchTarget } from '../targets/launch-target';

export function scenarioLaunch(
  live: LaunchTarget | null,
  sources: { launchIssueKey: string | null; milestoneKeys: readonly string[] },
  /** The edited plan's due date of an issue; undefined when the plan does not hold it. */
  editedDue: (key: string) => string | null | undefined,
  asOf: string,
): LaunchTarget | null {
  if (live === null) return null;
  if (live.source === 'issue' && sources.launchIssueKey !== null) {
    const due = editedDue(sources.launchIssueKey);
    if (due === undefined) return live;
    return launchTarget({ settingsDate: null, issue: { key: sources.launchIssueKey, dueDate: due }, milestones: milestonesOf(sources.milestoneKeys, editedDue) }, asOf).target;
  }
  if (live.source === 'milestone') return launchTarget({ settingsDate: null, milestones: milestonesOf(sources.milestoneKeys, editedDue) }, asOf).target;
  return live;
}

function milestonesOf(keys: readonly string[], editedDue: (key: string) => string | null | undefined) {
  return keys.map((key) => ({ key, dueDate: editedDue(key) ?? null }));
}
