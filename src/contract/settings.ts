/**
 * Result types of the admin pages' resolvers: `settings/*` (global settings, Jira admins), `project-settings/*`
 * (a project's own sections, its administrators), `catalog/get` and `users/search` (the pickers).
 */
import type { OverridableSection, ProjectOverrides } from '../config/project-overrides';
import type { Settings } from '../config/settings';
import type { SettingsProblem } from '../config/settings-problem';

export type { Settings } from '../config/settings';
export type { ProjectOverrides, OverridableSection } from '../config/project-overrides';
export type { SettingsProblem } from '../config/settings-problem';

export interface PersonName {
  accountId: string;
  displayName: string;
  active: boolean;
}

/** `settings/get`: the global settings in force, and what no longer matches the site (a deleted field, say). */
export interface SettingsView {
  settings: Settings;
  problems: SettingsProblem[];
  /** The people the rate table names, for the form to show names rather than account ids. */
  people: PersonName[];
}

/** `settings/save` and `settings/import`: saved only when no problem is an error; `settings` is what is in force now. */
export interface SettingsSaveResult {
  saved: boolean;
  settings: Settings;
  problems: SettingsProblem[];
}

/** `project-settings/get`: the project's own sections next to the global settings they replace. */
export interface ProjectSettingsView {
  project: { key: string; name: string };
  global: Settings;
  overrides: ProjectOverrides;
  effective: Settings;
  problems: SettingsProblem[];
  people: PersonName[];
}

export interface ProjectSettingsSaveResult {
  saved: boolean;
  overrides: ProjectOverrides;
  effective: Settings;
  problems: SettingsProblem[];
}

/** `catalog/get`: what the pickers offer, as the admin sees the site. */
export interface SettingsCatalog {
  fields: { id: string; name: string; type: string | null; custom: boolean }[];
  linkTypes: { name: string; inward: string; outward: string }[];
  issueTypes: { name: string; subtask: boolean }[];
  statuses: { name: string; category: string | null }[];
  projects: { key: string; name: string }[];
}

export interface UserSearchResult {
  users: PersonName[];
}

/** What a set of settings makes of one project: the live preview's figures. */
export interface PreviewFigures {
  jql: string;
  issues: number;
  /** Issues with a duration from the duration source (the rest are scheduled as taking no time). */
  withDuration: number;
  dependencies: number;
  cycles: number;
  criticalIssues: number;
  projectFinish: string | null;
  risks: number;
  /** Risks with both a probability and an impact Keel can read. */
  ratedRisks: number;
  decisions: number;
  /** Issues with a budget, and the budget at completion they add up to. */
  budgeted: number;
  bac: number;
  currency: string;
}

/** `settings/preview`: the draft's figures next to the saved settings', or the draft's problems. */
export interface SettingsPreviewResult {
  project: { key: string; name: string };
  saved: PreviewFigures;
  draft: PreviewFigures | null;
  problems: SettingsProblem[];
  /** The sections this project overrides: a global draft's values there do not reach it. */
  overridden: OverridableSection[];
}

/** `settings/detect`: settings read off the site (as `keel detect` does), to review in the form before saving. */
export interface DetectedSettingsResult {
  settings: Settings;
  /** Why each choice was made, keyed by the setting it fills. */
  reasons: { path: string; message: string }[];
}
