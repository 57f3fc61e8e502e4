/**
 * Payloads and results of the scenario resolvers (issue #17, "what-if"): a scenario is a named list of edits
 * on a copy of the project's plan, saved per project, opened with its difference from the live plan, compared,
 * and applied to Jira only when asked, change by change.
 */
import * as z from 'zod/mini';
import type { ScenarioEdit as DomainEdit } from '../domain/scenario/scenario-edit';
import type { JiraChange as DomainChange } from '../domain/scenario/jira-changes';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]*$/;
const issueKey = z.string().check(z.regex(ISSUE_KEY, 'an issue key such as PAY-12'));
const linkId = z.string().check(z.regex(/^(\d{1,18}|scenario-\d{1,4})$/, 'a Jira link id (digits) or a scenario link (scenario-N)'));
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));
/** Any finite number: a negative duration is the domain's to refuse, with a message naming the issue. */
const workingDays = z.number().check(z.refine((n) => Number.isFinite(n) && Math.abs(n) <= 10_000, 'working days, a number within 10,000'));

export const scenarioEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('duration'), key: issueKey, days: workingDays }),
  z.object({ kind: z.literal('lag'), linkId, days: workingDays, fromKey: issueKey, toKey: issueKey }),
  z.object({ kind: z.literal('addDependency'), fromKey: issueKey, toKey: issueKey, linkType: z.string().check(z.minLength(1), z.maxLength(255)) }),
  z.object({ kind: z.literal('removeDependency'), linkId, fromKey: issueKey, toKey: issueKey }),
  z.object({ kind: z.literal('assignee'), key: issueKey, accountId: z.nullable(z.string().check(z.minLength(1), z.maxLength(128))), name: z.nullable(z.string().check(z.maxLength(255))) }),
  z.object({ kind: z.literal('target'), key: issueKey, date: z.nullable(isoDay) }),
]);
export type ScenarioEdit = z.infer<typeof scenarioEdit>;
// The contract's edit is the domain's: a change to one is a compile error until the other follows.
const sameEdit: DomainEdit extends ScenarioEdit ? (ScenarioEdit extends DomainEdit ? true : never) : never = true;
void sameEdit;

/** Edits one scenario holds at most: its stored value and its answers stay far inside Forge's limits. */
export const MAX_SCENARIO_EDITS = 300;
export const scenarioEdits = z.array(scenarioEdit).check(z.maxLength(MAX_SCENARIO_EDITS, `a scenario holds at most ${MAX_SCENARIO_EDITS} edits`));

export const scenarioName = z.string().check(z.trim(), z.minLength(1, 'name the scenario'), z.maxLength(80, 'a scenario name has at most 80 characters'));
export const scenarioId = z.string().check(z.regex(/^[a-z0-9]{6,40}$/, 'a scenario id'));

const who = z.object({ accountId: z.string(), name: z.string() });

export const scenarioSummary = z.object({
  id: z.string(),
  name: z.string(),
  createdBy: who,
  createdAt: z.string(),
  updatedBy: who,
  updatedAt: z.string(),
  /** Goes up by one at each save and apply: a save or an apply from an older version is refused. */
  version: z.number(),
  /** Edits the caller may see. */
  editCount: z.number(),
  /** The last apply: changes made, changes Jira already held (not written again) and changes refused. */
  applied: z.nullable(z.object({ at: z.string(), by: who, done: z.number(), already: z.number(), refused: z.number() })),
});
export type ScenarioSummary = z.infer<typeof scenarioSummary>;

export const scenarioListResult = z.object({ scenarios: z.array(scenarioSummary) });
export type ScenarioListResult = z.infer<typeof scenarioListResult>;

const span = z.object({ start: z.string(), finish: z.string() });
/** One plan's forecast (scenario-forecast.ts): last working days, and the share of iterations finishing by its launch date. */
const forecastSide = z.object({ p50: z.string(), p80: z.string(), launch: z.nullable(z.string()), chance: z.nullable(z.number()) });

export const scenarioForecastView = z.object({
  /** Iterations of each run, and the Forecast tab's (fewer run when the plan is too large to run them twice while you wait). */
  iterations: z.number(),
  settingsIterations: z.number(),
  seed: z.number(),
  /** Half the 95% confidence interval of any one chance, at its widest. */
  samplingError: z.number(),
  /** Where the live launch date comes from ("PAY-150's due date"); null without one. */
  launchLabel: z.nullable(z.string()),
  live: forecastSide,
  scenario: forecastSide,
  p50Days: z.number(),
  p80Days: z.number(),
  chanceChange: z.nullable(z.number()),
});
export type ScenarioForecastView = z.infer<typeof scenarioForecastView>;

export const scenarioDiffView = z.object({
  finish: z.object({ live: z.string(), scenario: z.string(), days: z.number() }),
  durationDays: z.object({ live: z.number(), scenario: z.number() }),
  /** With every assignee taking one task at a time (one serial levelling pass); null when not computed. */
  levelledFinish: z.nullable(z.object({ live: z.string(), scenario: z.string(), days: z.number() })),
  criticalIn: z.array(z.string()),
  criticalOut: z.array(z.string()),
  /** The Monte Carlo forecast of the live plan and the scenario, on the same draws; null when not computed. */
  forecast: z.nullable(scenarioForecastView),
  /** Why there is no forecast: the plan is too large to simulate twice while you wait. */
  forecastLeftOut: z.nullable(z.string()),
  /** The project's milestones (the targets settings'): finish live and in the scenario. */
  milestones: z.array(z.object({ key: z.string(), summary: z.string(), live: z.string(), scenario: z.string(), days: z.number(), target: z.nullable(z.string()) })),
  moved: z.array(
    z.object({
      key: z.string(),
      summary: z.string(),
      live: span,
      scenario: span,
      startDays: z.number(),
      finishDays: z.number(),
      milestone: z.boolean(),
      /** The edit that moved it and the chain from it; null: moved by the project's finish or another path. */
      because: z.nullable(z.object({ editIndex: z.number(), edit: z.string(), via: z.array(z.string()) })),
    }),
  ),
  /** Moved activities in all; `moved` holds the most moved first, at most MAX_MOVED_ROWS. */
  movedCount: z.number(),
  targets: z.array(
    z.object({
      key: z.string(),
      live: z.object({ target: z.nullable(z.string()), finish: z.string(), varianceDays: z.nullable(z.number()) }),
      scenario: z.object({ target: z.nullable(z.string()), finish: z.string(), varianceDays: z.nullable(z.number()) }),
    }),
  ),
  /** Dependency cycles the edits created: scheduled without the suggested cut, as the Dependencies tab does. */
  newCycles: z.array(z.object({ issueKeys: z.array(z.string()), suggestedCut: z.object({ linkId: z.string(), fromKey: z.string(), toKey: z.string() }), message: z.string() })),
  problems: z.array(z.object({ editIndex: z.number(), kind: z.string(), message: z.string() })),
});
export type ScenarioDiffView = z.infer<typeof scenarioDiffView>;
export const MAX_MOVED_ROWS = 400;

/** Where a scenario's live plan was read: from Jira in the call, or (a large project) cut from the stored analysis. */
export const scenarioBasis = z.object({
  source: z.enum(['live', 'stored']),
  /** When the stored analysis was computed; null when read live. */
  computedAt: z.nullable(z.string()),
  /** Issues the stored analysis holds; null when read live. */
  storedIssues: z.nullable(z.number()),
  /** Issues of the scope in the caller's plan. */
  visibleIssues: z.number(),
});
export type ScenarioBasis = z.infer<typeof scenarioBasis>;

/** A scenario opened, or unsaved edits previewed: the edits the caller may see and their difference. */
export const scenarioView = z.object({
  basis: scenarioBasis,
  scenario: z.nullable(scenarioSummary),
  edits: z.array(scenarioEdit),
  /** Edits on issues the caller may not see: neither shown nor computed, kept when the caller saves. */
  hiddenEdits: z.number(),
  diff: scenarioDiffView,
  /** Link types mapped to dependencies, for adding one. */
  linkTypes: z.array(z.string()),
});
export type ScenarioView = z.infer<typeof scenarioView>;

export const scenarioCompareResult = z.object({ left: scenarioView, right: scenarioView });
export type ScenarioCompareResult = z.infer<typeof scenarioCompareResult>;

const text255 = z.string().check(z.maxLength(255));
const seconds = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'seconds, a number 0 or more'));
const person = z.nullable(z.object({ accountId: text255, name: text255 }));
/** One change as Jira would be written, from and to: the list shown is sent back with the apply and compared. */
export const jiraChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['originalEstimate', 'remainingEstimate']), key: text255, fromSeconds: z.nullable(seconds), toSeconds: seconds }),
  z.object({ kind: z.literal('storyPoints'), key: text255, from: z.nullable(z.number()), to: z.number() }),
  z.object({ kind: z.literal('dueDate'), key: text255, from: z.nullable(text255), to: z.nullable(text255) }),
  z.object({ kind: z.literal('assignee'), key: text255, from: person, to: person }),
  z.object({ kind: z.literal('addLink'), scenarioLinkId: text255, linkType: text255, outwardKey: text255, inwardKey: text255 }),
  z.object({ kind: z.literal('removeLink'), linkId: text255, linkType: text255, outwardKey: text255, inwardKey: text255 }),
]);
export type JiraChange = z.infer<typeof jiraChange>;
const sameChange: DomainChange extends JiraChange ? (JiraChange extends DomainChange ? true : never) : never = true;
void sameChange;

export const plannedChange = z.object({
  /** Stable within one plan: the apply answers with the same ids. */
  id: z.string(),
  kind: z.enum(['originalEstimate', 'remainingEstimate', 'storyPoints', 'dueDate', 'assignee', 'addLink', 'removeLink']),
  /** The issue written (for a link: the issue of its outward words). */
  key: z.string(),
  /** "PAY-4: original estimate 2d -> 5d". */
  text: z.string(),
});
export type PlannedChange = z.infer<typeof plannedChange>;

/** A listed change: what the list showed, sent back with the apply (only its "from" is compared with Jira). */
export const listedChange = z.object({ ...plannedChange.shape, change: jiraChange });
export type ListedChange = z.infer<typeof listedChange>;
/** Changes one list holds at most (300 edits, two fields an edit at most, and room). */
export const MAX_LISTED_CHANGES = 1000;
export const listedChanges = z.array(listedChange).check(z.maxLength(MAX_LISTED_CHANGES, `at most ${MAX_LISTED_CHANGES} listed changes`));

export const applyPlanResult = z.object({
  scenario: scenarioSummary,
  /** The changes to make: the list the apply sends back. */
  changes: z.array(listedChange),
  /** Changes the scenario makes that Jira already holds (an earlier apply or someone else made them): shown, not written. */
  alreadyInJira: z.array(listedChange),
  /** Edits that stay in Keel (a lag per link) or could not apply, with why. */
  notWritten: z.array(z.object({ edit: z.string(), reason: z.string() })),
});
export type ApplyPlanResult = z.infer<typeof applyPlanResult>;

export const applyResult = z.object({
  scenario: scenarioSummary,
  /** `already`: Jira already held the scenario's value (an earlier apply made it, or someone did): not written again. */
  results: z.array(z.object({ ...plannedChange.shape, outcome: z.enum(['done', 'refused', 'already']), message: z.nullable(z.string()) })),
});
export type ApplyResult = z.infer<typeof applyResult>;
