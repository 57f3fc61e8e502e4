/**
 * Which page Keel publishes to: the page it remembered for this project and artefact, if it still exists and
 * still carries Keel's property; else the page with Keel's title in the space, if Keel made it; else none.
 * A page with Keel's title that Keel did not make, or Keel's page moved to another space, is refused with
 * what to do: Keel never writes over a page it did not make.
 *
 * Where nothing remembers the page (the CLI has no Forge storage), a page someone renamed is found by its
 * content property: the space's most recently edited pages are read, `scanLimit` at most. Confluence's v2 API
 * cannot search by property, and CQL (`content.property[...]`, v1 search) only sees properties an installed
 * app's `confluence:contentProperty` module indexes, which a site reached with an API token may not have.
 */
import { AppError } from '../../app-error';
import type { PublishArtefact } from '../../contract';
import type { ProductRequest } from '../product-request';
import { failedStatus } from './confluence-request';
import { findPagesByTitle, getPage, recentPageIds, type ConfluencePage } from './confluence-pages';
import type { ConfluenceSpace } from './confluence-spaces';
import { isKeelPageOf, readKeelProperty, type KeelProperty } from './keel-page-property';

export interface KeelPage {
  page: ConfluencePage;
  property: KeelProperty;
}

interface Wanted {
  artefact: PublishArtefact;
  projectKey: string;
  space: ConfluenceSpace;
  title: string;
  knownPageId: string | null;
  /** How many of the space's pages to read for Keel's property when nothing else finds it; 0: none. */
  scanLimit?: number;
}

/** The pages the CLI reads at most to find a renamed page: two listings and 500 property reads. */
export const MAX_SCANNED_PAGES = 500;

/** Property reads at once while scanning a space. */
const SCAN_BATCH = 10;

async function scannedPage(request: ProductRequest, wanted: Wanted): Promise<KeelPage | null> {
  const ids = wanted.scanLimit ? await recentPageIds(request, wanted.space.id, wanted.scanLimit) : [];
  for (let at = 0; at < ids.length; at += SCAN_BATCH) {
    const batch = ids.slice(at, at + SCAN_BATCH);
    const properties = await Promise.all(batch.map((id) => readKeelProperty(request, id)));
    const index = properties.findIndex((property) => isKeelPageOf(property, wanted.artefact, wanted.projectKey));
    const property = properties[index];
    const id = batch[index];
    if (property && id !== undefined) return { page: await getPage(request, id), property };
  }
  return null;
}

async function rememberedPage(request: ProductRequest, wanted: Wanted): Promise<KeelPage | null> {
  if (wanted.knownPageId === null) return null;
  let page: ConfluencePage;
  try {
    page = await getPage(request, wanted.knownPageId);
  } catch (error) {
    if (failedStatus(error) === 404) return null; // deleted, or no longer visible: look it up by title
    throw error;
  }
  const property = await readKeelProperty(request, page.id);
  if (!property || !isKeelPageOf(property, wanted.artefact, wanted.projectKey)) return null;
  if (page.spaceId !== wanted.space.id) {
    throw new AppError(
      'BAD_REQUEST',
      `Keel's page "${page.title}" (${page.url}) was moved out of space ${wanted.space.key}. Publish to the space it is in now, or move it back to ${wanted.space.key}; Keel does not publish the same ${wanted.projectKey} page twice.`,
    );
  }
  return { page, property };
}

export async function findKeelPage(request: ProductRequest, wanted: Wanted): Promise<KeelPage | null> {
  const remembered = await rememberedPage(request, wanted);
  if (remembered) return remembered;
  const [page] = await findPagesByTitle(request, wanted.space.id, wanted.title);
  if (!page) return scannedPage(request, wanted);
  const property = await readKeelProperty(request, page.id);
  if (property && isKeelPageOf(property, wanted.artefact, wanted.projectKey)) return { page, property };
  throw new AppError(
    'BAD_REQUEST',
    `Space ${wanted.space.key} already has a page titled "${wanted.title}" that Keel did not make (${page.url}). Keel will not write over it: rename or move that page, or publish to another space.`,
  );
}
