/**
 * Detect Keel's settings on a site: read its fields, issue types and link types, read the mappings off
 * them with the reason for each, and build the settings they suggest. Shared by `keel detect` and the
 * admin page.
 */
import { discoverSite, type SiteCatalogue } from '../adapters/jira/discover-site';
import type { ProductRequest } from '../adapters/product-request';
import { settingsFromDetection } from '../config/settings-from-detection';
import { defaultSettings, type Settings } from '../config/settings';
import { siteDetection, type DetectionReport } from '../domain/detection/site-detection';
import type { SiteInventory } from '../domain/detection/site-inventory';

export interface DetectSettingsPorts {
  /** Jira as the admin who asks. */
  jira: ProductRequest;
  /** The settings to start from (the saved ones, or the defaults). */
  base?: Settings;
}

export interface DetectedSettings {
  settings: Settings;
  report: DetectionReport;
}

export function siteInventory(catalogue: SiteCatalogue): SiteInventory {
  return {
    fields: catalogue.fields.map((f) => ({
      id: f.id,
      name: f.name,
      valueType: f.schema?.type ?? null,
      customType: f.schema?.custom ?? null,
      systemType: f.schema?.system ?? null,
    })),
    linkTypes: catalogue.linkTypes.map((t) => ({ id: t.id, name: t.name, outward: t.outward, inward: t.inward })),
    issueTypes: catalogue.issueTypes.map((t) => ({ id: t.id, name: t.name, subtask: t.subtask ?? false })),
  };
}

export async function detectSettings(ports: DetectSettingsPorts): Promise<DetectedSettings> {
  const report = siteDetection(siteInventory(await discoverSite(ports.jira)));
  return { settings: settingsFromDetection(report, ports.base ?? defaultSettings), report };
}
