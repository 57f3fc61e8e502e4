/**
 * The plan of a generated large site (large-site.ts): per project, epics of about 40 issues each, worked one
 * after another by a few parallel teams; each issue has an estimate and a place in time, most block the next
 * issue of their epic, some block work in a later epic, and a few block work in another project. Done, under
 * way and to-do follow the position in time against today. Seeded: the same options give the same plan.
 * O(issues): 50,000 issues plan in well under a second.
 */
import type { Prng } from './prng';

export interface LargeIssuePlan {
  key: string;
  projectKey: string;
  type: 'Epic' | 'Story' | 'Task';
  summary: string;
  /** The epic's key, for an issue under one. */
  epicKey: string | null;
  /** Working days from the site's start (eight weeks before today). */
  startDay: number;
  days: number;
  state: 'done' | 'inProgress' | 'todo';
  /** Index into the site's people; null for unassigned work. */
  assignee: number | null;
  /** Keys this issue blocks (the outward side of "Blocks"). */
  blocks: string[];
}

const EPIC_SIZE = 40;
/** Issues per team: a project gets one team per this many issues (at least two), so its plan spans a year or two. */
const TEAM_ISSUES = 250;
const TODAY_DAY = 40;
const TOPICS = ['checkout', 'ledger', 'search', 'billing', 'onboarding', 'reporting', 'sync', 'notifications', 'identity', 'catalogue', 'exports', 'audit'];
const VERBS = ['Build', 'Migrate', 'Harden', 'Test', 'Document', 'Refactor', 'Instrument', 'Wire up'];

/** One project's plan: `count` issues, epics included, keys `KEY-1` upwards. */
export function projectPlan(projectKey: string, count: number, people: number, rng: Prng): LargeIssuePlan[] {
  const plans: LargeIssuePlan[] = [];
  const epics = Math.max(1, Math.ceil(count / (EPIC_SIZE + 1)));
  const teams = Math.max(2, Math.ceil(count / TEAM_ISSUES));
  const teamDay = new Array<number>(teams).fill(0);
  let number = 0;
  for (let e = 0; e < epics && number < count; e++) {
    const topic = TOPICS[e % TOPICS.length] ?? 'work';
    const epicKey = `${projectKey}-${++number}`;
    const team = e % teams;
    const epicStart = teamDay[team] ?? 0;
    const epic: LargeIssuePlan = { key: epicKey, projectKey, type: 'Epic', summary: `${topic} ${e + 1}`, epicKey: null, startDay: epicStart, days: 0, state: 'todo', assignee: null, blocks: [] };
    plans.push(epic);
    let day = epicStart;
    const size = Math.min(EPIC_SIZE, count - number);
    for (let i = 0; i < size; i++) {
      const key = `${projectKey}-${++number}`;
      const days = rng.int(1, 5);
      const start = day;
      // Two or three issues of an epic run side by side.
      if (rng.chance(0.6)) day += days;
      plans.push({
        key,
        projectKey,
        type: rng.chance(0.7) ? 'Story' : 'Task',
        summary: `${rng.pick(VERBS)} ${topic} ${e + 1}.${i + 1}`,
        epicKey,
        startDay: start,
        days,
        state: start + days <= TODAY_DAY ? 'done' : start < TODAY_DAY ? 'inProgress' : 'todo',
        assignee: rng.chance(0.9) ? rng.int(0, people - 1) : null,
        blocks: [],
      });
    }
    teamDay[team] = day;
    epic.days = Math.max(1, day - epicStart);
    epic.state = plans.slice(-size).every((p) => p.state === 'done') ? 'done' : epicStart < TODAY_DAY ? 'inProgress' : 'todo';
  }
  linkWithin(plans, rng);
  return plans;
}

/** Within an epic most issues block the next; now and then one blocks an issue of a later epic. */
function linkWithin(plans: LargeIssuePlan[], rng: Prng): void {
  const work = plans.filter((p) => p.type !== 'Epic');
  for (let i = 0; i + 1 < work.length; i++) {
    const here = work[i];
    const next = work[i + 1];
    if (!here || !next) continue;
    if (next.epicKey === here.epicKey && rng.chance(0.7)) here.blocks.push(next.key);
    if (rng.chance(0.08)) {
      const later = work[Math.min(work.length - 1, i + EPIC_SIZE + rng.int(0, 3 * EPIC_SIZE))];
      if (later && later.epicKey !== here.epicKey) here.blocks.push(later.key);
    }
  }
}

/** A few issues of `from` block issues of `to` that start later (cross-project dependencies). */
export function linkAcross(from: readonly LargeIssuePlan[], to: readonly LargeIssuePlan[], share: number, rng: Prng): void {
  const targets = to.filter((p) => p.type !== 'Epic');
  if (targets.length === 0) return;
  for (const issue of from) {
    if (issue.type === 'Epic' || !rng.chance(share)) continue;
    // A few tries for one that starts after this finishes, so most cross-project links point forward in time.
    let target = targets[rng.int(0, targets.length - 1)];
    for (let tries = 0; tries < 8 && target && target.startDay < issue.startDay + issue.days; tries++) target = targets[rng.int(0, targets.length - 1)];
    if (target) issue.blocks.push(target.key);
  }
}
