/**
 * `settings/detect`: the admin page's "Detect from this site", through the same use case as `keel detect`
 * (`detectSettings`), starting from the settings in force. Answers a draft to review, never saves, with the reason
 * for each choice keyed by the setting it fills, so the form can show it beside the field.
 */
import type { ProductRequest } from '../adapters/product-request';
import type { DetectedSettingsResult } from '../contract/settings';
import type { Detection } from '../domain/detection/ranked-choice';
import { detectSettings } from './detect-settings';
import { settingsInForce } from './save-settings';
import type { SettingsAdminPorts } from './settings-admin-ports';

const said = (d: Detection): string => (d.chosen === null ? `Nothing chosen: ${d.reason}` : `${d.chosen.name}: ${d.reason}`);

export async function detectSettingsDraft(ports: Pick<SettingsAdminPorts, 'store'> & { jira: ProductRequest }): Promise<DetectedSettingsResult> {
  const base = (await settingsInForce(ports)).settings;
  const { settings, report } = await detectSettings({ jira: ports.jira, base });
  return {
    settings: { ...settings, fieldNames: base.fieldNames },
    reasons: [
      { path: 'fields.storyPoints', message: said(report.fields.storyPoints) },
      { path: 'fields.startDate', message: said(report.fields.startDate) },
      { path: 'fields.dueDate', message: said(report.fields.dueDate) },
      { path: 'durationSource', message: report.durationSource.reason },
      { path: 'issueTypes.risk', message: said(report.issueTypes.risk) },
      { path: 'issueTypes.decision', message: said(report.issueTypes.decision) },
      ...report.linkTypes.mapped.map((m, i) => ({ path: `linkMappings.${i}`, message: `${m.linkType}: ${m.reason}` })),
      ...report.linkTypes.candidates.map((c) => ({ path: 'linkMappings', message: `${c.linkType} is not mapped: ${c.reason}` })),
    ],
  };
}
