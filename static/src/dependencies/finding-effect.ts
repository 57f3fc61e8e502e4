/** What each kind of data-quality finding does to the schedule, in a sentence. */
import type { FindingKind } from '@contract';

const EFFECT: Record<FindingKind, string> = {
  'missing-estimate': 'Scheduled as taking no time, so the finish date may be too early and the critical path may run elsewhere.',
  'link-outside-scope': 'Drawn as an external node: its dates constrain the schedule, but it is not in the project’s scope.',
  'link-not-visible': 'Keel cannot see the other end, so that dependency is left out and the dates may be too early.',
  'duplicate-link': 'Counted once: the schedule is unaffected.',
  'self-link': 'Ignored: an issue cannot wait for itself.',
  'scope-truncated': 'Only part of the scope is scheduled: dates and the critical path may be wrong.',
  'dependency-cycle': 'A cycle has no valid schedule: Keel leaves out the suggested link and schedules the rest.',
  'unmapped-link-type': 'Not read as a dependency: those links do not constrain the schedule.',
  'mapped-field-missing': 'Read as empty: the values of a field Keel\'s settings map but the site no longer has.',
  'remaining-assumed': 'Scheduled from the status date for its whole estimate, so its finish and the work after it may be late.',
  'out-of-sequence': 'Done before its predecessor allowed: kept at its actual dates and not counted against the predecessor’s slack.',
  'malformed-date': 'Read as no date: the field holds a day that is not on the calendar, so that date does not constrain the schedule.',
  'parent-estimate-unused': 'A summary task: its dates and duration roll up from its children, and its own estimate is not counted.',
  'summary-link': 'Ignored: a parent’s dates are its children’s, so a child cannot wait for its own parent.',
  'children-hidden': 'Its children are hidden from you: it is scheduled from its own estimate, so its dates may be too early.',
  'levelling-unassigned': 'Not levelled: with no assignee and no pool it needs nobody’s time, so the levelled finish may be too early.',
  'levelling-pooled': 'Levelled as a pool: with no assignee it holds one person of its team, component or label, whoever that turns out to be.',
  'levelling-unestimated': 'Not levelled: with no estimate it takes no time and holds nobody, so the levelled finish may be too early.',
  'levelling-no-capacity': 'Not levelled: no day has room for it (0% availability, a pool of 0, or more people than the pool has).',
  'levelling-time-off': 'Levelled after the time off: the person is away for the whole plan, so their work starts when they are back.',
  'levelling-cut-short': 'The best levelling found within the time limit: a rerun may give slightly different levelled dates.',
  'levelling-over-allocated': 'Left over-allocated: levelling within slack would have moved the finish, so it was not moved.',
  'target-past': 'The plan is measured against a launch date that has passed: any open work is late.',
  'target-undated': 'That source names no date: the launch date comes from the next source, or there is none.',
  'milestone-undated': 'Shown with its schedule date only: with no due date there is no variance to report.',
};

export function findingEffect(kind: FindingKind): string {
  return EFFECT[kind];
}
