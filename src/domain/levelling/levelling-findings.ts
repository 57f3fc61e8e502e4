/**
 * What kept work out of the levelling, as findings naming the issue and the resource (STYLE.md, "Errors"):
 * unassigned and unestimated work, demands no day can meet, people away for the whole plan, and work left
 * over-allocated within slack; and, naming no issue, a search that its time cap cut short (the levelled dates then
 * depend on the machine's speed, not only on the plan and the seed). O(issues).
 */
import type { Finding, FindingKind } from '../finding';
import type { LevelledSchedule } from './level-schedule';
import type { ProjectProblem } from './project-problem';

function finding(kind: FindingKind, title: string, advice: string, lines: [key: string, detail: string][], severity: Finding['severity'] = 'warning'): Finding[] {
  if (lines.length === 0) return [];
  return [
    {
      kind,
      severity,
      title,
      advice,
      issueKeys: [...new Set(lines.map(([key]) => key))].sort(),
      details: lines.map(([, detail]) => detail),
      count: lines.length,
    },
  ];
}

export function levellingFindings(built: ProjectProblem, result: LevelledSchedule): Finding[] {
  const { problem, role } = built;
  const name = (v: number): string => problem.names[v] ?? '';
  const resource = (r: number): string => problem.resources[r]?.id ?? '';
  const keysWith = (wanted: ProjectProblem['role'][number], why: string): [string, string][] =>
    role.flatMap((r, v) => (r === wanted ? [[name(v), `${name(v)}${holderOf(v)} ${why}`] as [string, string]] : []));
  const holderOf = (v: number): string => {
    const assignee = built.items[v]?.assigneeName ?? built.items[v]?.assigneeId;
    return assignee === undefined || assignee === null ? '' : ` (${assignee})`;
  };
  const holders = (id: string): string[] => problem.names.filter((_, v) => problem.demands[v]?.some((d) => resource(d.resource) === id));
  return [
    ...finding('levelling-unassigned', 'Unassigned work is not levelled', 'Assign it, or map its Team, component or label to a pool in Keel’s Resources settings.', keysWith('unassigned', 'has no assignee and no pool: not levelled')),
    ...finding(
      'levelling-pooled',
      'Unassigned work levelled as a pool',
      'Assign it when you know who does it: until then it holds one person of its pool.',
      role.flatMap((r, v) => (r === 'pool' ? [[name(v), `${name(v)} holds one of ${problem.demands[v]?.map((d) => resource(d.resource)).join(', ') ?? ''}`] as [string, string]] : [])),
      'info',
    ),
    ...finding('levelling-unestimated', 'Work without an estimate is not levelled', 'Estimate it in Jira: until then it takes no time and holds nobody.', keysWith('unestimated', 'has no estimate: not levelled')),
    ...finding(
      'levelling-no-capacity',
      'Work no day has room for',
      'Give the person some availability, the pool a size, or the issue fewer units, in Keel’s Resources settings.',
      result.impossible.map((i) => [name(i.activity), `${name(i.activity)} needs ${i.units} of ${resource(i.resource)}, which has ${i.capacity}`]),
    ),
    ...finding(
      'levelling-time-off',
      'A person is away for the whole plan',
      'Check their time off in Keel’s Resources settings, or reassign their work.',
      built.awayThroughout.flatMap((id) => holders(id).map((key): [string, string] => [key, `${key} waits for ${id}, away until after the CPM finish`])),
    ),
    ...finding(
      'levelling-over-allocated',
      'Over-allocated within slack',
      'Levelling it would move the finish: level beyond slack, or move the work to someone else.',
      result.overAllocated.map((v) => [name(v), `${name(v)} overloads ${problem.demands[v]?.map((d) => resource(d.resource)).join(', ') ?? ''}`]),
    ),
    ...(result.cutShort ? [cutShortFinding(result)] : []),
  ];
}

function cutShortFinding(result: LevelledSchedule): Finding {
  return {
    kind: 'levelling-cut-short',
    severity: 'info',
    title: 'The levelling search was cut short by its time limit',
    advice: 'The levelled dates are the best found in time, and may differ slightly from run to run. Narrow the scope, or let a larger project level in the background.',
    issueKeys: [],
    details: [`${result.schedules.toLocaleString('en')} of ${result.maxSchedules.toLocaleString('en')} schedules tried (seed ${result.seed})`],
    count: 1,
  };
}
