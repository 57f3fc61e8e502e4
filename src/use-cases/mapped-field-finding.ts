/**
 * The Overview's finding for mapped fields the site no longer has (deleted, or settings brought from another
 * site): their values read as empty on every tab, so the finding names each field and where an admin fixes it.
 * Built from the admin pages' own site check (`settings-site-problems.ts`), so both say the same.
 */
import type { Settings } from '../config/settings';
import type { Finding } from '../domain/finding';
import { fieldProblems } from './settings-site-problems';

/** Where each settings section is edited on the admin pages (their group titles). */
const GROUP_OF: Record<string, string> = {
  fields: 'Estimates and dates',
  evm: 'Budget, rates and baseline',
  risks: 'Risk register',
  raci: 'RACI',
  decisions: 'Decision log',
  forecast: 'Forecast: estimates, risks and iterations',
  resources: 'Resources',
};

export function mappedFieldFinding(settings: Settings, siteFields: readonly { id: string; name: string }[], projectKey: string): Finding | null {
  const missing = fieldProblems(settings, { fields: siteFields.map((f) => ({ ...f, type: null, custom: true })) }).filter((p) => p.severity === 'error');
  if (missing.length === 0) return null;
  const groups = [...new Set(missing.map((p) => GROUP_OF[p.path.split('.')[0] ?? ''] ?? 'Keel settings'))];
  const names = missing.map((p) => p.message.split(' does not exist')[0] ?? p.path);
  return {
    kind: 'mapped-field-missing',
    severity: 'warning',
    title: missing.length === 1 ? `A field Keel's settings map is not on this site: ${names[0] ?? ''}` : `${missing.length} fields Keel's settings map are not on this site`,
    advice:
      `Keel reads ${missing.length === 1 ? 'this field' : 'these fields'} as empty, so figures that use ${missing.length === 1 ? 'it' : 'them'} are missing or too low. ` +
      `A Jira admin picks the field by name, or clears it, in Keel's settings (Jira settings → Apps → Keel settings), section ${groups.map((g) => `"${g}"`).join(', ')}; ` +
      `if ${projectKey} has its own settings for that section, in ${projectKey}'s Project settings → Apps → Keel settings.`,
    issueKeys: [],
    details: missing.map((p) => `${p.path}: ${p.message}`),
    count: missing.length,
  };
}
