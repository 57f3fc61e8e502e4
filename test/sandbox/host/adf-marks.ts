/**
 * The text of an ADF page and its marks (strong, em, code, strike, underline, sub/sup, link, text colour) as
 * HTML: the text always escaped, a link kept only to an http(s), mailto or relative address.
 */
import { html, type SafeHtml } from './html';
import type { AdfNode } from './adf-html';

export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback);

/** A link target Keel's sandbox may show: http(s), mailto, or a path or anchor on this site; anything else is dropped. */
export function safeHref(value: unknown): string | null {
  const href = str(value).trim();
  if (/^(https?:|mailto:)/i.test(href) || /^[/#?]/.test(href)) return href;
  return null;
}

/** `link`: where a safe link points in this view (the sandbox sends Jira and Confluence links to its own pages). */
export function markText(node: AdfNode, link: (href: string) => string = (href) => href): SafeHtml {
  let out = html`${node.text ?? ''}`;
  for (const mark of node.marks ?? []) {
    const attrs = mark.attrs ?? {};
    if (mark.type === 'strong') out = html`<strong>${out}</strong>`;
    else if (mark.type === 'em') out = html`<em>${out}</em>`;
    else if (mark.type === 'code') out = html`<code>${out}</code>`;
    else if (mark.type === 'strike') out = html`<s>${out}</s>`;
    else if (mark.type === 'underline') out = html`<u>${out}</u>`;
    else if (mark.type === 'subsup') out = str(attrs['type']) === 'sup' ? html`<sup>${out}</sup>` : html`<sub>${out}</sub>`;
    else if (mark.type === 'link') {
      const href = safeHref(attrs['href']);
      out = href === null ? out : html`<a href="${link(href)}" rel="noopener noreferrer">${out}</a>`;
    } else if (mark.type === 'textColor') out = html`<span class="adf-color" data-color="${str(attrs['color'])}">${out}</span>`;
  }
  return out;
}
