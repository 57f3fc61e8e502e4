/** zod/mini schemas of the admin pages' results (`settings/*`, `project-settings/*`, `catalog/get`, `users/search`), typed by the contract. */
import * as z from 'zod/mini';
import type {
  DetectedSettingsResult, PersonName, PreviewFigures, ProjectOverrides, ProjectSettingsSaveResult, ProjectSettingsView, Settings, SettingsCatalog,
  SettingsPreviewResult, SettingsProblem, SettingsSaveResult, SettingsView, UserSearchResult,
} from '@contract';

const id = z.nullable(z.string());
const names = z.array(z.string());

const sections = {
  scope: z.object({ jql: z.string() }),
  linkMappings: z.array(z.object({ linkType: z.string(), predecessor: z.enum(['outward', 'inward']), kind: z.enum(['FS', 'SS', 'FF', 'SF']), lagDays: z.number() })),
  fields: z.object({ storyPoints: id, startDate: id, dueDate: z.string() }),
  durationSource: z.enum(['originalEstimate', 'storyPoints', 'dateSpan']),
  daysPerStoryPoint: z.number(),
  calendar: z.object({ workingDays: z.array(z.number()), hoursPerDay: z.number(), holidays: names }),
  schedule: z.object({ projectStart: id, nearCriticalDays: z.number(), backgroundAboveIssues: z.optional(z.number()) }),
  issueTypes: z.object({ risk: z.string(), decision: z.string(), notWork: names }),
  evm: z.object({
    budget: z.object({ source: z.enum(['estimate', 'story-points', 'cost-field']), ratePerHour: z.number(), costPerPoint: z.number(), costField: id }),
    rates: z.object({ byAccount: z.record(z.string(), z.number()), defaultRate: z.nullable(z.number()) }),
    percentComplete: z.object({ method: z.enum(['zero-hundred', 'fifty-fifty', 'status-category', 'time-based']), inProgressShare: z.number() }),
    actualCost: z.enum(['worklogs', 'cost-field']),
    currency: z.string(),
    period: z.enum(['day', 'week']),
    baseline: z.string(),
    ceiling: z.object({ hours: z.number(), amount: z.number() }),
  }),
  risks: z.object({
    issueType: id,
    scale: z.enum(['oneToFive', 'percentAndMoney']),
    fields: z.object({
      probability: id, impact: id, owner: id, category: id, proximityDate: id, reviewDate: id,
      residualProbability: id, residualImpact: id, severity: id, occurrence: id, detection: id,
    }),
    findFieldsByName: z.boolean(),
    treatmentLinkType: z.string(),
    criticalWeight: z.number(),
    nearCriticalWeight: z.number(),
  }),
  raci: z.object({
    deliverables: z.enum(['epics', 'jql']),
    deliverablesJql: z.string(),
    fields: z.object({ responsible: z.string(), accountable: id, consulted: id, informed: id }),
    accountableLimit: z.number(),
  }),
  decisions: z.object({
    statusField: id, dateField: id, ownerField: id,
    statusNames: z.object({ proposed: names, decided: names, superseded: names, rejected: names }),
    supersedesLinkType: z.string(),
    relatesLinkType: z.string(),
  }),
};

export const settings: z.ZodMiniType<Settings> = z.object({ version: z.literal(2), ...sections, fieldNames: z.record(z.string(), z.string()) });
const overrides: z.ZodMiniType<ProjectOverrides> = z.partial(z.object(sections));

const problem: z.ZodMiniType<SettingsProblem> = z.object({ path: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) });
const person: z.ZodMiniType<PersonName> = z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean() });
const project = z.object({ key: z.string(), name: z.string() });

export const settingsView: z.ZodMiniType<SettingsView> = z.object({ settings, problems: z.array(problem), people: z.array(person) });
export const settingsSaveResult: z.ZodMiniType<SettingsSaveResult> = z.object({ saved: z.boolean(), settings, problems: z.array(problem) });
export const projectSettingsView: z.ZodMiniType<ProjectSettingsView> = z.object({
  project, global: settings, overrides, effective: settings, problems: z.array(problem), people: z.array(person),
});
export const projectSettingsSaveResult: z.ZodMiniType<ProjectSettingsSaveResult> = z.object({ saved: z.boolean(), overrides, effective: settings, problems: z.array(problem) });
export const settingsCatalog: z.ZodMiniType<SettingsCatalog> = z.object({
  fields: z.array(z.object({ id: z.string(), name: z.string(), type: id, custom: z.boolean() })),
  linkTypes: z.array(z.object({ name: z.string(), inward: z.string(), outward: z.string() })),
  issueTypes: z.array(z.object({ name: z.string(), subtask: z.boolean() })),
  statuses: z.array(z.object({ name: z.string(), category: id })),
  projects: z.array(project),
});
export const userSearchResult: z.ZodMiniType<UserSearchResult> = z.object({ users: z.array(person) });

const figures: z.ZodMiniType<PreviewFigures> = z.object({
  jql: z.string(), issues: z.number(), withDuration: z.number(), dependencies: z.number(), cycles: z.number(), criticalIssues: z.number(),
  projectFinish: id, risks: z.number(), ratedRisks: z.number(), decisions: z.number(), budgeted: z.number(), bac: z.number(), currency: z.string(),
});
const SECTIONS = Object.keys(sections) as (keyof typeof sections)[];
export const settingsPreviewResult: z.ZodMiniType<SettingsPreviewResult> = z.object({
  project, saved: figures, draft: z.nullable(figures), problems: z.array(problem), overridden: z.array(z.enum(SECTIONS)),
});
export const detectedSettingsResult: z.ZodMiniType<DetectedSettingsResult> = z.object({ settings, reasons: z.array(z.object({ path: z.string(), message: z.string() })) });
