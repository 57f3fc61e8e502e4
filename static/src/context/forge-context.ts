/**
 * The part of Forge's Custom UI context (`view.getContext()`) Keel reads, parsed with zod because it
 * comes from the host product.
 */
import { view } from '@forge/bridge';
import * as z from 'zod/mini';
import { setViewerFormat } from '../format/current-format';
import { setSiteUrl } from '../navigation/site-address';

const optionalString = z.optional(z.string());
const forgeContextSchema = z.looseObject({
  accountId: optionalString,
  cloudId: optionalString,
  localId: optionalString,
  moduleKey: z.string(),
  siteUrl: optionalString,
  locale: optionalString,
  timezone: optionalString,
  extension: z.looseObject({
    type: z.string(),
    project: z.optional(z.looseObject({ id: z.string(), key: z.string(), type: optionalString })),
  }),
});
export type ForgeContext = z.infer<typeof forgeContextSchema>;

/** Reads and parses the context; throws an Error naming what is missing when the host sent something else. */
export async function loadForgeContext(): Promise<ForgeContext> {
  const raw: unknown = await view.getContext();
  const parsed = forgeContextSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'context'}: ${issue.message}`);
    throw new Error(`The Forge context is not what Keel expects (${problems.join('; ')}).`);
  }
  // Every view writes numbers and dates in the viewer's Jira or Confluence locale and time zone.
  setViewerFormat({ locale: parsed.data.locale, timeZone: parsed.data.timezone });
  // Links carry the site's real addresses (`https://<site>/browse/KEY`), not paths inside the app's iframe.
  setSiteUrl(parsed.data.siteUrl);
  return parsed.data;
}
