/**
 * What the site offers for the admin's mappings: fields (`/field`), issue types (`/issuetype`) and link
 * types (`/issueLinkType`), parsed to the parts Keel uses.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductRequest } from '../product-request';

const field = z.looseObject({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.looseObject({ type: z.string(), custom: z.string().optional(), system: z.string().optional() }).optional(),
});
const issueType = z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean().optional(), hierarchyLevel: z.number().optional() });
const linkType = z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() });

export type SiteField = z.infer<typeof field>;
export type SiteIssueType = z.infer<typeof issueType>;
export type SiteLinkType = z.infer<typeof linkType>;

export interface SiteCatalogue {
  fields: SiteField[];
  issueTypes: SiteIssueType[];
  linkTypes: SiteLinkType[];
}

export async function discoverSite(request: ProductRequest): Promise<SiteCatalogue> {
  const [fields, issueTypes, linkTypes] = await Promise.all([
    request(z.array(field), route`/rest/api/3/field`),
    request(z.array(issueType), route`/rest/api/3/issuetype`),
    request(z.looseObject({ issueLinkTypes: z.array(linkType) }), route`/rest/api/3/issueLinkType`),
  ]);
  return { fields, issueTypes, linkTypes: linkTypes.issueLinkTypes };
}
