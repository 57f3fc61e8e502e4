/**
 * The sandbox's stand-in for Confluence: the signed-in user's spaces and pages, and a page rendered from its
 * ADF body as Confluence's page view shows it, with Keel's macros running in place. A space the user may not
 * read is refused as Confluence refuses it. Rendered on the server; every value is escaped.
 */
import type { Snapshot } from '../snapshot-schema';
import { canWriteSpace } from '../site/permissions';
import { adfToHtml, type ExtensionAttrs } from './adf-html';
import type { ConfluenceSelection } from './confluence-selection';
import { readableSpaces } from './confluence-selection';
import { ANONYMOUS, signInUsers, type HostSelection } from './host-selection';
import { html, type SafeHtml } from './html';
import { keelMacroOf, macroConfigDialog, macroFrame, macroLocalId, type MacroPlace } from './macro-frame';
import { themeSwitch } from './theme-switch';

type Page = Snapshot['confluence']['pages'][number];

const bodyOf = (page: Page): string | undefined => {
  const body = page['body'];
  if (typeof body !== 'object' || body === null || !('atlas_doc_format' in body)) return undefined;
  const adf: unknown = body.atlas_doc_format;
  return typeof adf === 'object' && adf !== null && 'value' in adf && typeof adf.value === 'string' ? adf.value : undefined;
};

/**
 * Links into the site (`<site>/browse/KEY`, `<site>/wiki/spaces/S/pages/ID`, or the same paths relative) go to
 * the sandbox's own Jira issue view and Confluence page, as the signed-in user; other links are left alone.
 */
export function siteLink(snapshot: Snapshot, selection: HostSelection, href: string): string {
  const base = snapshot.site.baseUrl.replace(/\/$/, '');
  const path = href.startsWith(base) ? href.slice(base.length) : href;
  const user = selection.user?.emailAddress ?? ANONYMOUS;
  const issue = /^\/browse\/([A-Z][A-Z0-9_]*)-(\d+)(?:[?#].*)?$/.exec(path);
  if (issue) return `/?${new URLSearchParams({ user, project: issue[1] ?? '', issue: `${issue[1] ?? ''}-${issue[2] ?? ''}` }).toString()}`;
  const page = /^\/wiki\/spaces\/[^/]+\/pages\/(\d+)/.exec(path);
  if (page) return pageUrl(selection, page[1] ?? '');
  return href;
}

function pageUrl(selection: HostSelection, pageId: string): string {
  return `/?${new URLSearchParams({ product: 'confluence', user: selection.user?.emailAddress ?? ANONYMOUS, page: pageId, ...(selection.theme === 'dark' ? { theme: 'dark' } : {}) }).toString()}`;
}

function switchers(snapshot: Snapshot, selection: HostSelection, current: ConfluenceSelection): SafeHtml {
  const users = signInUsers(snapshot).map(
    (u) => html`<option value="${u.emailAddress ?? ''}"${u.accountId === selection.user?.accountId ? html` selected` : ''}>${u.displayName} (${u.emailAddress ?? ''})</option>`,
  );
  const groups = readableSpaces(snapshot, selection.principal).map(
    (space) => html`<optgroup label="${space.name} (${space.key})">${snapshot.confluence.pages
      .filter((p) => p.spaceId === space.id)
      .map((p) => html`<option value="${p.id}"${p.id === current.page?.id ? html` selected` : ''}>${p.title}</option>`)}</optgroup>`,
  );
  return html`<form class="switchers" method="get" action="/" data-autosubmit>
    <input type="hidden" name="product" value="confluence">
    <label>Signed in as
      <select name="user">${users}<option value="${ANONYMOUS}"${selection.user === undefined ? html` selected` : ''}>Anonymous</option></select>
    </label>
    <label>Page
      <select name="page">${groups}</select>
    </label>
    ${themeSwitch(selection.theme)}
    <button type="submit">Show</button>
    <a class="switchers__product" href="/?${new URLSearchParams({ user: selection.user?.emailAddress ?? ANONYMOUS, theme: selection.theme }).toString()}">Go to Jira</a>
  </form>`;
}

/** How deep a page sits under its space's home page (for the page tree's indent). */
function depthOf(pages: readonly Page[], page: Page): number {
  let depth = 0;
  let parentId = page['parentId'];
  while (typeof parentId === 'string' && depth < 10) {
    const parent = pages.find((p) => p.id === parentId);
    if (!parent) break;
    depth += 1;
    parentId = parent['parentId'];
  }
  return depth;
}

function sidebar(snapshot: Snapshot, selection: HostSelection, current: ConfluenceSelection): SafeHtml {
  const space = current.readable ? current.space : undefined;
  const pages = space ? snapshot.confluence.pages.filter((p) => p.spaceId === space.id) : [];
  const user = selection.user?.emailAddress ?? ANONYMOUS;
  const spaces = readableSpaces(snapshot, selection.principal).map((s) => {
    const href = `/?${new URLSearchParams({ product: 'confluence', user, space: s.key }).toString()}`;
    return s.id === space?.id
      ? html`<a class="sidebar__item sidebar__item--active" href="${href}">${s.name}</a>`
      : html`<a class="sidebar__item" href="${href}">${s.name}</a>`;
  });
  return html`<nav class="sidebar" aria-label="Spaces and pages">
    <p class="sidebar__group">Spaces</p>
    ${spaces}
    <p class="sidebar__group sidebar__group--pages">${space ? `Pages of ${space.key}` : 'Pages'}</p>
    ${pages.map((p) => {
      const indent = html` data-depth="${Math.min(depthOf(pages, p), 3)}"`;
      return p.id === current.page?.id
        ? html`<a class="sidebar__item sidebar__item--active" aria-current="page"${indent} href="${pageUrl(selection, p.id)}">${p.title}</a>`
        : html`<a class="sidebar__item"${indent} href="${pageUrl(selection, p.id)}">${p.title}</a>`;
    })}
  </nav>`;
}

function pageView(snapshot: Snapshot, selection: HostSelection, current: ConfluenceSelection): SafeHtml {
  const { page, space } = current;
  if (!page || !space) return html`<p class="notice" role="note">There are no pages here. Pick another user.</p>`;
  if (!current.readable) {
    return html`<section class="confluence-page" data-testid="confluence-page"><h1 class="confluence-page__title">Page not found</h1>
      <p>This page may have been deleted, or you may not have permission to view it.</p></section>`;
  }
  const place: MacroPlace = { snapshot, selection, page, space, canEdit: canWriteSpace(snapshot, selection.principal, space.key) };
  let configured: ExtensionAttrs | undefined;
  const body = adfToHtml(bodyOf(page) ?? '{"type":"doc","content":[]}', {
    link: (href) => siteLink(snapshot, selection, href),
    renderExtension: (extension) => {
      const macro = keelMacroOf(extension);
      if (macro && place.canEdit && current.configure !== undefined && macroLocalId(extension, macro) === current.configure) configured = extension;
      return macroFrame(place, extension);
    },
  });
  const version = page['version'];
  const versionInfo = typeof version === 'object' && version !== null ? version : {};
  const authorId = 'authorId' in versionInfo && typeof versionInfo.authorId === 'string' ? versionInfo.authorId : undefined;
  const number = 'number' in versionInfo && typeof versionInfo.number === 'number' ? versionInfo.number : 1;
  const author = snapshot.users.find((u) => u.accountId === authorId)?.displayName ?? 'Unknown';
  return html`<article class="confluence-page" data-testid="confluence-page" aria-labelledby="page-title">
    <p class="breadcrumbs">Spaces / ${space.name}</p>
    <h1 id="page-title" class="confluence-page__title">${page.title}</h1>
    <p class="confluence-page__byline">Last edited by ${author} · version ${number}</p>
    <div class="confluence-page__body">${body}</div>
  </article>
  ${configured ? macroConfigDialog(place, configured) : ''}`;
}

/** The Confluence side of the host page. */
export function confluencePage(snapshot: Snapshot, selection: HostSelection, current: ConfluenceSelection): string {
  const siteHost = new URL(snapshot.site.baseUrl).host;
  const title = current.readable && current.page ? current.page.title : 'Confluence';
  return html`<!doctype html>
<html lang="en" data-color-mode="${selection.theme}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} - Confluence - Keel sandbox</title>
  <link rel="stylesheet" href="/__sandbox/host.css">
  <script src="/__sandbox/host.js" defer></script>
</head>
<body>
  <header class="topbar topbar--confluence"><span class="topbar__logo" aria-hidden="true"></span>Keel sandbox — Confluence — ${siteHost}</header>
  ${switchers(snapshot, selection, current)}
  <div class="layout">
    ${sidebar(snapshot, selection, current)}
    <main class="content">${pageView(snapshot, selection, current)}</main>
  </div>
</body>
</html>`.value;
}
