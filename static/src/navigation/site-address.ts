/**
 * Real addresses on the viewer's site, so a link's middle-click, "open in new tab" and "copy link" work from
 * inside the app's iframe: the site URL comes from the Forge context (`siteUrl`), set when the app starts.
 * @example setSiteUrl('https://acme.atlassian.net'); issueAddress('PAY-12') // "https://acme.atlassian.net/browse/PAY-12"
 */
let siteUrl = '';

/** Called once with the context's `siteUrl`; a trailing slash is dropped. */
export function setSiteUrl(url: string | undefined): void {
  siteUrl = (url ?? '').replace(/\/+$/, '');
}

/** The issue's address on the site; a path from the site's root until the context has named the site. */
export function issueAddress(issueKey: string): string {
  return `${siteUrl}/browse/${encodeURIComponent(issueKey)}`;
}
