/**
 * What in a set of settings does not match the site: a mapped field that does not exist here (deleted, or the
 * settings come from another site), a field id that names another field here than where the settings were saved,
 * a link or issue type the site lacks, and a scope JQL Jira's own parser refuses. Missing fields and JQL Jira
 * cannot run are errors (saving is refused); the rest are warnings.
 */
import type { SettingsCatalog } from '../contract/settings';
import { defaultLinkMappings, type Settings } from '../config/settings';
import { mappedFields } from '../config/mapped-fields';
import type { SettingsProblem } from '../config/settings-problem';
import { scopeJql } from '../config/scope-jql';

export interface SiteCheckPorts {
  catalog: Pick<SettingsCatalog, 'fields' | 'linkTypes' | 'issueTypes'>;
  /** Jira's parser's errors for a query, as the admin. */
  jqlErrors: (jql: string) => Promise<string[]>;
}

const DEFAULT_LINK_TYPES = new Set(defaultLinkMappings.map((m) => m.linkType));

/** Mapped fields the site lacks (errors) or names differently than when saved (warnings). */
export function fieldProblems(settings: Settings, catalog: Pick<SiteCheckPorts['catalog'], 'fields'>): SettingsProblem[] {
  const siteNames = new Map(catalog.fields.map((f) => [f.id, f.name]));
  return mappedFields(settings).flatMap(({ path, label, fieldId }): SettingsProblem[] => {
    const recorded = settings.fieldNames[fieldId];
    const here = siteNames.get(fieldId);
    if (here === undefined) {
      const named = recorded === undefined ? fieldId : `"${recorded}" (${fieldId})`;
      return [{ path, severity: 'error', message: `${label}: ${named} does not exist on this site: it was deleted, or these settings come from another site. Pick the field by name, or clear it.` }];
    }
    if (recorded !== undefined && recorded !== here) {
      return [{ path, severity: 'warning', message: `${label}: ${fieldId} is "${here}" on this site but was "${recorded}" when these settings were saved (another site, or a renamed field). Check that it is the field you mean.` }];
    }
    return [];
  });
}

function typeProblems(settings: Settings, catalog: SiteCheckPorts['catalog']): SettingsProblem[] {
  const links = new Set(catalog.linkTypes.map((t) => t.name.toLowerCase()));
  const types = new Set(catalog.issueTypes.map((t) => t.name.toLowerCase()));
  const missingLink = (path: string, name: string, what: string, severity: SettingsProblem['severity'] = 'warning'): SettingsProblem[] =>
    links.has(name.toLowerCase()) ? [] : [{ path, severity, message: `This site has no link type "${name}": ${what}. Pick one of the site's link types.` }];
  const missingType = (path: string, name: string, what: string): SettingsProblem[] =>
    types.has(name.toLowerCase()) ? [] : [{ path, severity: 'warning', message: `This site has no issue type "${name}": ${what}. Pick one of the site's issue types.` }];
  return [
    ...settings.linkMappings.flatMap((m, i) => (DEFAULT_LINK_TYPES.has(m.linkType) ? [] : missingLink(`linkMappings.${i}.linkType`, m.linkType, 'no dependency is read from it'))),
    ...missingLink('risks.treatmentLinkType', settings.risks.treatmentLinkType, 'no risk has a treatment'),
    // Recording a decision creates these links: a type the site lacks would fail after the issue exists.
    ...missingLink('decisions.supersedesLinkType', settings.decisions.supersedesLinkType, 'no decision supersedes another, and recording one that does would fail', 'error'),
    ...missingLink('decisions.relatesLinkType', settings.decisions.relatesLinkType, 'recording a decision related to other issues would fail', 'error'),
    ...missingType('issueTypes.risk', settings.issueTypes.risk, 'no issue is read as a risk'),
    ...missingType('issueTypes.decision', settings.issueTypes.decision, 'no issue is read as a decision'),
    ...(settings.risks.issueType === null ? [] : missingType('risks.issueType', settings.risks.issueType, 'no issue is read as a risk')),
    ...settings.issueTypes.notWork.flatMap((name, i) => missingType(`issueTypes.notWork.${i}`, name, 'it marks no issue as not work')),
  ];
}

async function jqlProblems(settings: Settings, ports: SiteCheckPorts, projectKey: string): Promise<SettingsProblem[]> {
  const checks = [{ path: 'scope.jql', jql: scopeJql(settings, projectKey) }];
  if (settings.raci.deliverables === 'jql') checks.push({ path: 'raci.deliverablesJql', jql: settings.raci.deliverablesJql.replaceAll('{project}', projectKey) });
  const problems: SettingsProblem[] = [];
  for (const { path, jql } of checks) {
    const errors = await ports.jqlErrors(jql);
    if (errors.length > 0) problems.push({ path, severity: 'error', message: `Jira cannot run this JQL for ${projectKey} (${jql}): ${errors.join(' ')}` });
  }
  return problems;
}

/** `projectKey` is the project the JQL is tried on (`{project}` replaced by it); null skips the JQL check. */
export async function settingsSiteProblems(settings: Settings, ports: SiteCheckPorts, projectKey: string | null): Promise<SettingsProblem[]> {
  return [
    ...fieldProblems(settings, ports.catalog),
    ...typeProblems(settings, ports.catalog),
    ...(projectKey === null ? [] : await jqlProblems(settings, ports, projectKey)),
  ];
}

/** The names the site gives the mapped fields, recorded with the settings on save. */
export function recordedFieldNames(settings: Settings, catalog: SiteCheckPorts['catalog']): Record<string, string> {
  const siteNames = new Map(catalog.fields.map((f) => [f.id, f.name]));
  return Object.fromEntries(mappedFields(settings).flatMap(({ fieldId }) => {
    const name = siteNames.get(fieldId);
    return name === undefined ? [] : [[fieldId, name]];
  }));
}
