/**
 * The real `/field`, `/issueLinkType` and `/issuetype` answers of public Jira sites
 * (../shared/atlassian/jira-sites, or KEEL_ATLASSIAN_SITES), as detection's inventories, keyed by site.
 * Only sites with all three answers are returned.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SiteInventory } from '../../../src/domain/detection/site-inventory';

const FILES = ['field_information.json', 'issuelinktype_information.json', 'issuetype_information.json'] as const;

export const jiraSitesFolder = process.env.KEEL_ATLASSIAN_SITES ?? path.resolve(__dirname, '../../../../shared/atlassian/jira-sites');

const field = z.looseObject({
  id: z.string(),
  name: z.string(),
  schema: z.looseObject({ type: z.string(), custom: z.string().optional(), system: z.string().optional() }).optional(),
});
const linkType = z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() });
const issueType = z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean().optional() });

const fieldsBySite = z.record(z.string(), z.array(field));
const linkTypesBySite = z.record(z.string(), z.record(z.string(), linkType));
const issueTypesBySite = z.record(z.string(), z.record(z.string(), issueType));

/** The files that are missing, or an empty list. */
export function missingSiteFiles(folder = jiraSitesFolder): string[] {
  return FILES.filter((f) => !existsSync(path.join(folder, f))).map((f) => path.join(folder, f));
}

function readJson(folder: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
}

export function jiraSites(folder = jiraSitesFolder): Map<string, SiteInventory> {
  const fields = fieldsBySite.parse(readJson(folder, FILES[0]));
  const linkTypes = linkTypesBySite.parse(readJson(folder, FILES[1]));
  const issueTypes = issueTypesBySite.parse(readJson(folder, FILES[2]));
  const sites = new Map<string, SiteInventory>();
  for (const [site, siteFields] of Object.entries(fields)) {
    const links = linkTypes[site];
    const types = issueTypes[site];
    if (links === undefined || types === undefined) continue;
    sites.set(site, {
      fields: siteFields.map((f) => ({ id: f.id, name: f.name, valueType: f.schema?.type ?? null, customType: f.schema?.custom ?? null, systemType: f.schema?.system ?? null })),
      linkTypes: Object.values(links).map((t) => ({ id: t.id, name: t.name, outward: t.outward, inward: t.inward })),
      issueTypes: Object.values(types).map((t) => ({ id: t.id, name: t.name, subtask: t.subtask ?? false })),
    });
  }
  return sites;
}
