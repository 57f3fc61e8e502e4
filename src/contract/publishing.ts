/**
 * Result types of publishing to Confluence (DESIGN.md section 2, "Confluence output"): `raci/publish`,
 * `decisions/publish`, `confluence/spaces` and `keel publish`.
 */

/** What Keel writes into Confluence pages. */
export type PublishArtefact = 'raci' | 'decisions';

/** The page Keel wrote (or found unchanged). */
export interface PublishResult {
  artefact: PublishArtefact;
  projectKey: string;
  spaceKey: string;
  pageId: string;
  title: string;
  /** The page's version after publishing (unchanged when `changed` is false). */
  version: number;
  /** The page in Confluence's web UI. */
  url: string;
  /** False when Keel's section already said exactly this: nothing was written. */
  changed: boolean;
  /** True when this publish created the page. */
  created: boolean;
}

export interface ConfluenceSpaceSummary {
  id: string;
  key: string;
  name: string;
}

/** Where a project's artefact was last published, so the button defaults to it. */
export interface PublishTarget {
  spaceKey: string;
  parentId: string | null;
}

/** Spaces the viewer can see, for the picker, and the last target of this project's artefact. */
export interface ConfluenceSpacesResult {
  spaces: ConfluenceSpaceSummary[];
  lastTarget: PublishTarget | null;
}
