/**
 * A generated large site (issue #11): the demo site plus a programme of `issues` issues in project BIG and
 * three neighbour projects (OPS, DATA, MOB, a twentieth of that each) that BIG depends on and that depend on
 * BIG. Epics, stories and tasks with original estimates, remaining estimates and due dates; done and under-way
 * work with its status history; Blocks links inside epics, across epics and across projects. Every signed-in
 * person may browse the four projects; Priya administers them. Seeded: the same options give the same site.
 * `npm start -- --issues 50000` serves it; 50,000 issues generate in about a second.
 */
import { demoCalendar, jiraDate, jiraDateTime, atTime, type DemoCalendar } from './calendar';
import { demoSnapshot, DEMO_DEFAULT_SEED, DEMO_DEFAULT_TODAY } from './demo-snapshot';
import { linkAcross, projectPlan, type LargeIssuePlan } from './large-plan';
import { prng } from './prng';
import { DEMO_USER_LIST, DEMO_USERS, userRef } from './users';
import type { Snapshot, SnapshotIssue } from '../snapshot-schema';

export const LARGE_PROJECTS = [
  { key: 'BIG', id: '10100', name: 'Programme' },
  { key: 'OPS', id: '10101', name: 'Operations' },
  { key: 'DATA', id: '10102', name: 'Data platform' },
  { key: 'MOB', id: '10103', name: 'Mobile apps' },
] as const;

export interface LargeSiteOptions {
  /** Issues in BIG, epics included. */
  issues: number;
  seed?: number;
  today?: string;
}

const HOUR = 3600;
const PEOPLE = DEMO_USER_LIST.filter((u) => u.active);

export function largeSnapshot(options: LargeSiteOptions): Snapshot {
  const today = options.today ?? DEMO_DEFAULT_TODAY;
  const base = demoSnapshot({ today, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  const rng = prng(options.seed ?? DEMO_DEFAULT_SEED).fork('large');
  const [big, ...neighbours] = LARGE_PROJECTS;
  const plans = new Map<string, LargeIssuePlan[]>([[big.key, projectPlan(big.key, options.issues, PEOPLE.length, rng.fork(big.key))]]);
  for (const p of neighbours) plans.set(p.key, projectPlan(p.key, Math.max(20, Math.round(options.issues / 20)), PEOPLE.length, rng.fork(p.key)));
  const bigPlan = plans.get(big.key) ?? [];
  for (const p of neighbours) {
    const theirs = plans.get(p.key) ?? [];
    linkAcross(theirs, bigPlan, 0.2, rng.fork(`${p.key}->BIG`));
    linkAcross(bigPlan, theirs, 0.01, rng.fork(`BIG->${p.key}`));
  }
  const all = [...plans.values()].flat();
  const issues = issuesOf(all, base, demoCalendar(today));
  const baseUrl = base.site.baseUrl;
  return {
    ...base,
    site: { ...base.site, name: `Keel demo, large (${options.issues} issues in BIG)` },
    projects: [
      ...base.projects,
      ...LARGE_PROJECTS.map((p) => ({ self: `${baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, projectTypeKey: 'software', simplified: false, style: 'classic' as const, lead: userRef(DEMO_USERS.priya, baseUrl), components: [] })),
    ],
    grants: [
      ...base.grants,
      ...LARGE_PROJECTS.flatMap((p) => [
        ...(['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'LINK_ISSUES', 'WORK_ON_ISSUES'] as const).map((permission) => ({ projectKey: p.key, permission, holder: { type: 'applicationRole' as const } })),
        { projectKey: p.key, permission: 'ADMINISTER_PROJECTS' as const, holder: { type: 'user' as const, accountId: DEMO_USERS.priya.accountId } },
      ]),
    ],
    issues: [...base.issues, ...issues.list],
    worklogs: { ...base.worklogs, ...Object.fromEntries(issues.list.map((i) => [i.id, []])) },
    changelogs: { ...base.changelogs, ...issues.changelogs },
  };
}

function issuesOf(plans: readonly LargeIssuePlan[], base: Snapshot, calendar: DemoCalendar): { list: SnapshotIssue[]; changelogs: Record<string, Record<string, unknown>[]> } {
  const baseUrl = base.site.baseUrl;
  const found = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the demo site has no ${what}`);
    return value;
  };
  const status = (name: string) => found(base.statuses.find((s) => s.name === name), `status ${name}`);
  const type = (name: string) => found(base.issueTypes.find((t) => t.name === name), `issue type ${name}`);
  const [todo, doing, done] = [status('To Do'), status('In Progress'), status('Done')];
  const statusOf = { todo, inProgress: doing, done } as const;
  const ids = new Map(plans.map((p, i) => [p.key, String(200_000 + i)]));
  const byKey = new Map(plans.map((p) => [p.key, p]));
  const projects = new Map<string, { self: string; id: string; key: string; name: string; projectTypeKey: string; simplified: boolean }>(
    LARGE_PROJECTS.map((p) => [p.key, { self: `${baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, projectTypeKey: 'software', simplified: false }]),
  );
  // Working days as dates, each computed once (the demo's calendar walks day by day).
  const days: number[] = [];
  const dayMs = (index: number): number => {
    while (days.length <= index) days.push(days.length === 0 ? calendar.projectStart : nextWorkday(days[days.length - 1] ?? calendar.projectStart));
    return days[Math.max(0, index)] ?? calendar.projectStart;
  };
  const ref = (p: LargeIssuePlan) => ({ id: ids.get(p.key), key: p.key, self: `${baseUrl}/rest/api/3/issue/${ids.get(p.key)}`, fields: { summary: p.summary, status: statusOf[p.state], issuetype: type(p.type) } });
  const blocks = base.issueLinkTypes.find((t) => t.name === 'Blocks');
  const inward = new Map<string, { id: string; from: LargeIssuePlan }[]>();
  let linkId = 500_000;
  const outward = new Map<string, { id: string; to: LargeIssuePlan }[]>();
  for (const p of plans) {
    for (const key of p.blocks) {
      const to = byKey.get(key);
      if (!to) continue;
      const id = String(++linkId);
      (outward.get(p.key) ?? outward.set(p.key, []).get(p.key))?.push({ id, to });
      (inward.get(key) ?? inward.set(key, []).get(key))?.push({ id, from: p });
    }
  }
  const changelogs: Record<string, Record<string, unknown>[]> = {};
  const author = userRef(DEMO_USERS.priya, baseUrl);
  const list = plans.map((p): SnapshotIssue => {
    const id = ids.get(p.key) ?? '';
    const start = dayMs(p.startDay);
    const finish = dayMs(p.startDay + p.days - 1);
    const created = Math.min(atTime(dayMs(Math.max(0, p.startDay - 20)) - 30 * 86_400_000, 9, 0, 0), calendar.today + 8 * 3_600_000);
    const started = atTime(start, 9, 30, 0);
    const ended = atTime(finish, 16, 0, 0);
    const history: Record<string, unknown>[] = [];
    const move = (at: number, from: typeof todo, to: typeof todo) =>
      history.push({ id: String(900_000 + Number(id) * 2 + history.length), author, created: jiraDateTime(at), items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: from?.id, fromString: from?.name, to: to?.id, toString: to?.name }] });
    if (p.state !== 'todo') move(started, todo, doing);
    if (p.state === 'done') move(ended, doing, done);
    changelogs[id] = history;
    const estimate = p.type === 'Epic' ? null : p.days * 8 * HOUR;
    const spent = estimate === null || p.state === 'todo' ? 0 : p.state === 'done' ? estimate : Math.round(estimate / 2);
    const assignee = p.assignee === null ? undefined : PEOPLE[p.assignee];
    const epic = p.epicKey ? byKey.get(p.epicKey) : undefined;
    return {
      id,
      key: p.key,
      self: `${baseUrl}/rest/api/3/issue/${id}`,
      fields: {
        summary: p.summary,
        issuetype: type(p.type),
        project: found(projects.get(p.projectKey), `project ${p.projectKey}`),
        status: statusOf[p.state],
        assignee: assignee ? userRef(assignee, baseUrl) : null,
        reporter: author,
        created: jiraDateTime(created),
        // Never after today: an issue is not updated in the future (an incremental refresh's "updated >= -5m" would find it).
        updated: jiraDateTime(Math.min(p.state === 'done' ? ended : p.state === 'inProgress' ? started : created, calendar.today + 8 * 3_600_000)),
        duedate: jiraDate(dayMs(p.startDay + p.days + 4)),
        resolutiondate: p.state === 'done' ? jiraDateTime(ended) : null,
        labels: [],
        subtasks: [],
        ...(epic ? { parent: ref(epic) } : {}),
        issuelinks: [
          ...(outward.get(p.key) ?? []).map((l) => ({ id: l.id, self: `${baseUrl}/rest/api/3/issueLink/${l.id}`, type: blocks, outwardIssue: ref(l.to) })),
          ...(inward.get(p.key) ?? []).map((l) => ({ id: l.id, self: `${baseUrl}/rest/api/3/issueLink/${l.id}`, type: blocks, inwardIssue: ref(l.from) })),
        ],
        timeoriginalestimate: estimate,
        timeestimate: estimate === null ? null : estimate - spent,
        timespent: spent === 0 ? null : spent,
      },
    };
  });
  return { list, changelogs };
}

function nextWorkday(ms: number): number {
  let next = ms + 86_400_000;
  while ([0, 6].includes(new Date(next).getUTCDay())) next += 86_400_000;
  return next;
}
