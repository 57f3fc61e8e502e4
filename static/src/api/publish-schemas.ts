/** zod/mini schemas of the publishing results (`raci/publish`, `decisions/publish`, `confluence/spaces`). */
import * as z from 'zod/mini';

export const publishResult = z.object({
  artefact: z.enum(['raci', 'decisions']),
  projectKey: z.string(),
  spaceKey: z.string(),
  pageId: z.string(),
  title: z.string(),
  version: z.number(),
  url: z.string(),
  changed: z.boolean(),
  created: z.boolean(),
});

export const confluenceSpacesResult = z.object({
  spaces: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  lastTarget: z.nullable(z.object({ spaceKey: z.string(), parentId: z.nullable(z.string()) })),
});
