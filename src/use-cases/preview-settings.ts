/**
 * `settings/preview`: what a draft of the settings makes of one project, next to what the saved settings make
 * of it, before anything is saved: issues in scope and with a duration, dependencies, cycles, critical work,
 * risks and decisions recognised, the budget covered, the launch date and milestones the targets find, and the
 * forecast's P50, P80 and target chance. Both runs reuse the analyses' own use cases (schedule,
 * risks, earned value) on one scope each, as the admin sees the project; history is not read (no fetch budget
 * is spent on it), so the figures are the plan's, not progress.
 */
import type { PreviewFigures, SettingsPreviewResult } from '../contract/settings';
import type { ProductRequest } from '../adapters/product-request';
import { loadProjectSettings } from '../adapters/storage/project-settings-store';
import { effectiveSettings, OVERRIDABLE_SECTIONS, ownScopeProblem, projectOverridesSchema } from '../config/project-overrides';
import type { Settings } from '../config/settings';
import { settingsFromDraft } from '../config/settings-draft';
import { problemPath, type SettingsProblem } from '../config/settings-problem';
import { jiraEvmPorts } from './evm-ports';
import { MAX_DECISIONS } from './get-decisions';
import { getEvm } from './get-evm';
import { risksOfScope } from './get-risks';
import { scheduleOfScope } from './get-schedule';
import { loadScope, type ScopePorts } from './load-scope';
import { forecastFigures } from './forecast-figures';
import { levellingFigures } from './levelling-figures';
import { projectTargets } from './project-targets';
import { milestoneCandidates } from './status-inputs';
import { projectTypeKeys } from './project-type-jql';
import { settingsInForce } from './save-settings';
import type { SettingsAdminPorts } from './settings-admin-ports';

export interface PreviewPorts extends Pick<SettingsAdminPorts, 'store'> {
  /** Jira as the admin. */
  jira: ProductRequest;
}

export interface PreviewInput {
  projectKey: string;
  /** `global`: a draft of the global settings (seen through the project's own sections); `project`: a draft of the project's sections. */
  level: 'global' | 'project';
  draft: unknown;
  asOf: string;
}

async function figures(ports: PreviewPorts, settings: Settings, projectKey: string, asOf: string): Promise<PreviewFigures & { project: { key: string; name: string } }> {
  const scopePorts: ScopePorts = { viewerJira: ports.jira, appJira: null, loadSettings: () => Promise.resolve(settings) };
  const scope = await loadScope(scopePorts, projectKey);
  const schedule = await scheduleOfScope(scopePorts, scope, asOf);
  const risks = await risksOfScope(scopePorts, scope, schedule);
  // No fetches for history: the preview needs budgets, not progress.
  const evm = await getEvm({ ...jiraEvmPorts(scopePorts, { projectKey, asOf, fetchLimit: 0 }), loadScope: () => Promise.resolve(scope) }, { asOf });
  const unbudgeted = evm.findings.find((f) => f.kind === 'no-budget')?.count ?? 0;
  const inScope = schedule.nodes.filter((n) => !n.external);
  const targets = await projectTargets(ports.jira, { settings: settings.targets, projectKey: scope.project.key, candidates: milestoneCandidates(schedule.nodes, schedule.edges), asOf });
  return {
    project: { key: scope.project.key, name: scope.project.name },
    jql: scope.jql,
    issues: scope.items.length,
    withDuration: inScope.filter((n) => !n.missingDuration).length,
    dependencies: schedule.edges.length,
    cycles: schedule.cycles.length,
    criticalIssues: inScope.filter((n) => n.critical).length,
    projectFinish: inScope.length === 0 ? null : schedule.projectFinish,
    risks: risks.risks.length,
    ratedRisks: risks.risks.filter((r) => r.probability !== null && r.impact !== null).length,
    // Read as the decision log reads them: by project and type, whatever the scope JQL.
    decisions: (await projectTypeKeys(ports.jira, scope.project.key, settings.issueTypes.decision, MAX_DECISIONS)).length,
    budgeted: Math.max(0, scope.items.length - unbudgeted),
    bac: evm.figures.bac,
    currency: evm.currency,
    ...(await levellingFigures(scopePorts, scope, asOf)),
    ...(await forecastFigures(scopePorts, scope, asOf)),
    launch: { date: targets.target?.date ?? null, label: targets.target?.label ?? null, milestones: targets.milestones.length, problems: targets.findings.map((f) => f.title) },
  };
}

function draftSettings(global: Settings, projectOverrides: Parameters<typeof effectiveSettings>[1], input: PreviewInput): { settings: Settings | null; problems: SettingsProblem[] } {
  if (input.level === 'global') {
    const checked = settingsFromDraft(input.draft);
    return checked.settings === null ? checked : { settings: effectiveSettings(checked.settings, projectOverrides), problems: [] };
  }
  const parsed = projectOverridesSchema.safeParse(input.draft);
  if (!parsed.success) return { settings: null, problems: parsed.error.issues.map((i) => ({ path: problemPath(i.path), message: i.message, severity: 'error' })) };
  const scopeProblem = ownScopeProblem(parsed.data);
  if (scopeProblem !== null) return { settings: null, problems: [{ path: 'scope.jql', message: scopeProblem, severity: 'error' }] };
  return { settings: effectiveSettings(global, parsed.data), problems: [] };
}

export async function previewSettings(ports: PreviewPorts, input: PreviewInput): Promise<SettingsPreviewResult> {
  const global = (await settingsInForce(ports)).settings;
  const project = await loadProjectSettings(ports.store, input.projectKey);
  const saved = effectiveSettings(global, project.overrides);
  const { project: named, ...savedFigures } = await figures(ports, saved, input.projectKey, input.asOf);
  const draft = draftSettings(global, project.overrides, input);
  let draftFigures: PreviewFigures | null = null;
  if (draft.settings !== null) {
    const { project: _sameProject, ...rest } = await figures(ports, draft.settings, input.projectKey, input.asOf);
    draftFigures = rest;
  }
  const overridden = OVERRIDABLE_SECTIONS.filter((section) => project.overrides[section] !== undefined);
  return { project: named, saved: savedFigures, draft: draftFigures, problems: draft.problems, overridden };
}
