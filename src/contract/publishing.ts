/**
 * Result types of publishing to Confluence (DESIGN.md section 2, "Confluence output"): `raci/publish`,
 * `decisions/publish`, `confluence/spaces` and `keel publish`.
 */
import * as z from 'zod/mini';

/** What Keel writes into Confluence pages. */
/** `status`: a dated status report, a new page each day (issue 16, item 7). */
export const publishArtefact = z.enum(['raci', 'decisions', 'status']);
export type PublishArtefact = z.infer<typeof publishArtefact>;

/** The page Keel wrote (or found unchanged). */
export const publishResult = z.object({
  artefact: publishArtefact,
  projectKey: z.string(),
  spaceKey: z.string(),
  pageId: z.string(),
  title: z.string(),
  /** The page's version after publishing (unchanged when `changed` is false). */
  version: z.number(),
  /** The page in Confluence's web UI. */
  url: z.string(),
  /** False when Keel's section already said exactly this: nothing was written. */
  changed: z.boolean(),
  /** True when this publish created the page. */
  created: z.boolean(),
});
export type PublishResult = z.infer<typeof publishResult>;

export const confluenceSpaceSummary = z.object({ id: z.string(), key: z.string(), name: z.string() });
export type ConfluenceSpaceSummary = z.infer<typeof confluenceSpaceSummary>;

/** Where a project's artefact was last published, so the button defaults to it. */
export const publishTarget = z.object({ spaceKey: z.string(), parentId: z.nullable(z.string()) });
export type PublishTarget = z.infer<typeof publishTarget>;

/** Spaces the viewer can see, for the picker, and the last target of this project's artefact. */
export const confluenceSpacesResult = z.object({ spaces: z.array(confluenceSpaceSummary), lastTarget: z.nullable(publishTarget) });
export type ConfluenceSpacesResult = z.infer<typeof confluenceSpacesResult>;

/** Pages of a space whose titles contain the text typed, for the parent page picker. */
export const confluencePagesResult = z.object({
  pages: z.array(z.object({ id: z.string(), title: z.string() })),
  /** More pages may match than are listed: the person should type more of the title. */
  truncated: z.boolean(),
});
export type ConfluencePagesResult = z.infer<typeof confluencePagesResult>;
