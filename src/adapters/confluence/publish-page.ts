/**
 * Publishing one artefact into its Confluence page (DESIGN.md section 2), as the user:
 * 1. the space (404: not visible) and the parent page (404: deleted; another space: refused);
 * 2. Keel's page (`findKeelPage`), or a new one: page first, then its property; if the property cannot be
 *    written the new page is deleted and purged from the trash (where the user is a space admin), so no page
 *    is left that Keel would not recognise;
 * 3. an update re-reads the page, rebuilds Keel's section from what it holds (decisions are kept), and sends
 *    version + 1; on 409 it reads again and retries, at most `MAX_ATTEMPTS` times, then answers CONFLICT;
 * 4. nothing is written when the section's hash and the page version match the property, or when the page
 *    would not change.
 */
import { AppError } from '../../app-error';
import type { PublishResult } from '../../contract';
import type { ProductRequest } from '../product-request';
import type { AdfDoc } from './adf-node';
import { assertValidAdf } from './adf-validation';
import type { ViewerFormat } from '../../format/viewer-format';
import { artefactBody, artefactTitle, type ArtefactContent } from './artefact-body';
import { canonical, hashOf } from './canonical-json';
import { failedStatus } from './confluence-request';
import { createPage, deletePage, getPage, updatePage } from './confluence-pages';
import { findSpace, type ConfluenceSpace } from './confluence-spaces';
import { findKeelPage } from './find-keel-page';
import { createKeelProperty, readKeelProperty, updateKeelProperty, type KeelPropertyValue } from './keel-page-property';
import { findSection, keelSection, sectionBody, withSection } from './keel-section';

export const MAX_ATTEMPTS = 4;

export interface PublishRequest {
  content: ArtefactContent;
  projectKey: string;
  /** "Payments (PAY)": the page title and the section's note name the project so. */
  projectLabel: string;
  spaceKey: string;
  parentId: string | null;
  /** The page Keel published this artefact to last time (remembered per project), if any. */
  knownPageId: string | null;
  /** Where nothing remembers the page (the CLI): how many of the space's pages to read for Keel's property. */
  scanLimit?: number;
  /** The publisher's locale and time zone, which the page's dates are written in (page-dates.ts); en-US, UTC without. */
  format?: ViewerFormat;
}

async function spaceAndParent(request: ProductRequest, input: PublishRequest): Promise<{ space: ConfluenceSpace; siteUrl: string }> {
  const { space, base } = await findSpace(request, input.spaceKey);
  if (!space) throw new AppError('NOT_FOUND', `There is no Confluence space ${input.spaceKey} that you can see. Check the space key, or ask a Confluence admin for access to it.`);
  if (input.parentId !== null) {
    const parent = await getPage(request, input.parentId).catch((error: unknown) => {
      if (failedStatus(error) !== 404) throw error;
      throw new AppError('NOT_FOUND', `The parent page ${input.parentId ?? ''} does not exist any more, or you cannot see it. Pick another parent page, or leave the parent empty to publish under the space's home page.`);
    });
    if (parent.spaceId !== space.id) throw new AppError('BAD_REQUEST', `The parent page "${parent.title}" is not in space ${space.key}. Pick a parent page in ${space.key}, or leave the parent empty.`);
  }
  return { space, siteUrl: (base ?? '').replace(/\/wiki\/?$/, '') };
}

const docOf = (content: AdfDoc['content']): AdfDoc => ({ type: 'doc', version: 1, content });

/** Confluence's v2 spec answers 404 to a write the user may not make; some sites answer 403. */
const refused = (error: unknown): boolean => failedStatus(error) === 404 || failedStatus(error) === 403;

async function create(request: ProductRequest, input: PublishRequest, space: ConfluenceSpace, siteUrl: string, title: string): Promise<PublishResult> {
  const section = keelSection(input.content.artefact, input.projectLabel, artefactBody(input.content, siteUrl, [], input.format));
  const doc = docOf(section);
  assertValidAdf(doc, `the ${input.content.artefact} page`);
  const page = await createPage(request, { spaceId: space.id, parentId: input.parentId, title, doc }).catch((error: unknown) => {
    if (!refused(error)) throw error;
    throw new AppError('FORBIDDEN', `You may not add pages to space ${space.key}. Ask a space admin for the "Add pages" permission, or pick another space.`);
  });
  const value: KeelPropertyValue = { artefact: input.content.artefact, projectKey: input.projectKey, hash: hashOf(section), pageVersion: page.version };
  try {
    await createKeelProperty(request, page.id, value);
  } catch (error) {
    const said = error instanceof Error ? ` (${error.message})` : '';
    const undone = await deletePage(request, page.id).then(
      ({ purged }) => (purged ? 'so Keel deleted the page again: nothing was left half-written' : `so Keel moved the page to the trash of space ${space.key} (a space admin can purge it there)`),
      () => `and Keel could not delete the page again: delete "${page.title}" (${page.url}) yourself before publishing again`,
    );
    throw new AppError('JIRA_ERROR', `Confluence created the page but refused Keel's page property${said}, ${undone}. Try again in a minute.`);
  }
  return { artefact: input.content.artefact, projectKey: input.projectKey, spaceKey: space.key, pageId: page.id, title: page.title, version: page.version, url: page.url, changed: true, created: true };
}

async function update(request: ProductRequest, input: PublishRequest, space: ConfluenceSpace, siteUrl: string, pageId: string): Promise<PublishResult> {
  const { artefact } = input.content;
  for (let attempt = 1; ; attempt += 1) {
    const page = await getPage(request, pageId);
    const property = await readKeelProperty(request, pageId);
    if (page.doc === null) throw new AppError('BAD_REQUEST', `The page "${page.title}" (${page.url}) is not stored as ADF, so Keel cannot tell its section from your text and wrote nothing. Publish to another space, or move that page away.`);
    const bounds = findSection(page.doc.content, artefact);
    const section = keelSection(artefact, input.projectLabel, artefactBody(input.content, siteUrl, sectionBody(page.doc.content, bounds), input.format));
    const hash = hashOf(section);
    const result = { artefact, projectKey: input.projectKey, spaceKey: space.key, pageId, title: page.title, version: page.version, url: page.url, changed: false, created: false };
    if (property?.value?.hash === hash && property.value.pageVersion === page.version) return result;
    const content = withSection(page.doc.content, bounds, section);
    if (canonical(content) === canonical(page.doc.content)) return result;
    const doc = docOf(content);
    assertValidAdf(doc, `the page "${page.title}"`);
    let written;
    try {
      written = await updatePage(request, page, doc, `Published by Keel from ${input.projectKey}`);
    } catch (error) {
      if (failedStatus(error) === 409 && attempt < MAX_ATTEMPTS) continue;
      if (failedStatus(error) === 409) {
        throw new AppError('CONFLICT', `Others kept saving "${page.title}" while Keel published (${MAX_ATTEMPTS} tries in a row), so Keel wrote nothing. Wait until whoever is editing it has published their changes (${page.url}), then publish again.`);
      }
      if (refused(error)) throw new AppError('FORBIDDEN', `You may not edit "${page.title}" in space ${space.key}. Ask a space admin for edit permission on it, or publish to another space.`);
      throw error;
    }
    // The page is written and still carries Keel's property (artefact and project), so a failure here costs
    // only a needless write next time; the person is told the page was published, because it was.
    await recordProperty(request, pageId, { artefact, projectKey: input.projectKey, hash, pageVersion: written.version }).catch(() => undefined);
    return { ...result, title: written.title, version: written.version, url: written.url, changed: true };
  }
}

/** The property after a page write; a stale property (409) is read again once. It only saves work next time. */
async function recordProperty(request: ProductRequest, pageId: string, value: KeelPropertyValue): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const property = await readKeelProperty(request, pageId);
    try {
      await (property ? updateKeelProperty(request, pageId, property, value) : createKeelProperty(request, pageId, value));
      return;
    } catch (error) {
      if (failedStatus(error) !== 409 || attempt === 1) throw error;
    }
  }
}

const titleTaken = (error: unknown): boolean => failedStatus(error) === 400 && error instanceof Error && /title/i.test(error.message);
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function publishPage(request: ProductRequest, input: PublishRequest, sleep = realSleep): Promise<PublishResult> {
  const { space, siteUrl } = await spaceAndParent(request, input);
  // A status report is dated: each day's is a new page, and earlier ones stay as they were.
  const title = artefactTitle(input.content.artefact, input.projectLabel, input.content.artefact === 'status' ? input.content.date : undefined);
  for (let attempt = 1; ; attempt += 1) {
    const found = await findKeelPage(request, { artefact: input.content.artefact, projectKey: input.projectKey, space, title, knownPageId: input.knownPageId, ...(input.scanLimit === undefined ? {} : { scanLimit: input.scanLimit }) });
    if (found) return update(request, input, space, siteUrl, found.page.id);
    try {
      return await create(request, input, space, siteUrl, title);
    } catch (error) {
      // Someone published the same artefact first, between Keel's look-up and its create: give their page a
      // moment to get its property, then look again and update it.
      if (!titleTaken(error) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(500 * attempt);
    }
  }
}
