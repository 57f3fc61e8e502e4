/**
 * The seeded demo site: a realistic Jira and Confluence site as a snapshot (see ../SNAPSHOT.md). The same
 * seed and `today` always give the same snapshot; every date is relative to `today`, so the projects are
 * always about eight weeks in. Nothing reads the clock or Math.random.
 */
import { jiraDate, jiraDateTime, atTime, demoCalendar } from './calendar';
import { demoChangelogs } from './changelogs';
import { demoConfluence } from './confluence';
import { CUSTOM_FIELDS } from './custom-fields';
import type { Draft } from './draft';
import { planDrafts } from './drafts';
import { issueJson, type IssueContext } from './issue-json';
import { demoIssueTypes } from './issue-types';
import { assignKeys } from './keys';
import { demoLinkTypes } from './link-types';
import { demoLinks } from './links';
import { PAY_PLAN } from './plan-pay';
import { PLAT_PLAN } from './plan-plat';
import { SEC_PLAN } from './plan-sec';
import { WEB_PLAN } from './plan-web';
import { prng } from './prng';
import { demoGrants, snapshotProjects } from './projects';
import { scheduleItems } from './schedule';
import { demoSecurityLevelMembers, demoSecuritySchemes, withSecurityLevel } from './security';
import { addSubtasks, estimate, rollUpEpics } from './subtasks';
import { SYSTEM_FIELDS } from './system-fields';
import { DEMO_USERS, snapshotUsers } from './users';
import { worklogsOf, type Worklog } from './worklogs';
import { demoStatuses } from './workflow';
import type { Snapshot } from '../snapshot-schema';

export const DEMO_BASE_URL = 'https://keel-demo.atlassian.net';
export const DEMO_DEFAULT_SEED = 20_261_116;
export const DEMO_DEFAULT_TODAY = '2026-11-16';
/** PAY's launch (its release "1.0 Launch"), in working days from the projects' start. */
export const PAY_LAUNCH_DAY = 80;
export const DEMO_PLANS = [WEB_PLAN, PAY_PLAN, PLAT_PLAN, SEC_PLAN] as const;

export interface DemoOptions {
  seed?: number;
  /** `YYYY-MM-DD`; default 2026-11-16. */
  today?: string;
}

function ranks(drafts: readonly Draft[]): Map<Draft, string> {
  const ordered = [...drafts].sort((a, b) => Number(a.id) - Number(b.id));
  return new Map(ordered.map((draft, index) => [draft, `0|i${(index * 37 + 36).toString(36).padStart(5, '0')}:`]));
}

export function demoSnapshot(options: DemoOptions = {}): Snapshot {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const calendar = demoCalendar(options.today ?? DEMO_DEFAULT_TODAY);
  const rng = prng(seed);
  const baseUrl = DEMO_BASE_URL;

  const spans = scheduleItems(DEMO_PLANS, rng.fork('schedule'));
  const drafts = planDrafts(DEMO_PLANS, spans, calendar, rng.fork('drafts'));
  addSubtasks(DEMO_PLANS, drafts, calendar, rng.fork('subtasks'));
  estimate(drafts, rng.fork('estimates'));
  rollUpEpics(drafts);
  assignKeys(drafts);
  drafts.sort((a, b) => Number(a.id) - Number(b.id));

  const worklogRng = rng.fork('worklogs');
  let worklogId = 30_000;
  const worklogs = new Map<string, Worklog[]>();
  // Time is logged on the leaves, as real teams log it: an epic or a story with children gets its Σ Time Spent
  // from them, and logging on a parent too would count that work twice in AC.
  const hasChildren = new Set(drafts.flatMap((draft) => (draft.parentRef ? [draft.parentRef] : [])));
  for (const draft of drafts) {
    if (hasChildren.has(draft.ref)) continue;
    worklogs.set(draft.id, worklogsOf(draft, calendar, worklogRng, () => String((worklogId += 1)), baseUrl));
  }

  const statuses = demoStatuses(baseUrl);
  const issueTypes = demoIssueTypes(baseUrl);
  const linkTypes = demoLinkTypes(baseUrl);
  const children = new Map<string, Draft[]>();
  for (const draft of drafts) if (draft.parentRef) children.set(draft.parentRef, [...(children.get(draft.parentRef) ?? []), draft]);
  const context: IssueContext = {
    baseUrl,
    calendar,
    statuses: new Map(statuses.map((status) => [status.name, status])),
    types: new Map(issueTypes.map((type) => [type.name, type])),
    linkTypes: new Map(linkTypes.map((type) => [type.name, type])),
    byRef: new Map(drafts.map((draft) => [draft.ref, draft])),
    children,
    links: demoLinks(DEMO_PLANS, drafts),
    worklogs,
    ranks: ranks(drafts),
  };

  return {
    schemaVersion: 1,
    site: { baseUrl, name: 'Keel demo', generatedAt: jiraDateTime(atTime(calendar.today, 7, 0, 0)) },
    users: snapshotUsers(baseUrl),
    siteAdmins: [DEMO_USERS.priya.accountId],
    projects: snapshotProjects(baseUrl, jiraDate(calendar.workday(PAY_LAUNCH_DAY))),
    grants: demoGrants(),
    fields: [...SYSTEM_FIELDS, ...CUSTOM_FIELDS],
    issueTypes,
    issueLinkTypes: linkTypes,
    statuses,
    issues: drafts.map((draft) => withSecurityLevel(issueJson(draft, context), draft, baseUrl)),
    issueSecuritySchemes: demoSecuritySchemes(baseUrl),
    issueSecurityLevelMembers: demoSecurityLevelMembers(),
    worklogs: Object.fromEntries(drafts.map((draft) => [draft.id, worklogs.get(draft.id) ?? []])),
    changelogs: demoChangelogs(drafts, context.statuses, baseUrl),
    confluence: demoConfluence(calendar, baseUrl),
  };
}
