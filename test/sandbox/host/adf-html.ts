/**
 * A Confluence page body in the Atlassian Document Format (ADF) rendered to HTML, as the Confluence page view
 * shows it: paragraphs, headings, lists, tables, panels, mentions, status lozenges, links, decisions, tasks,
 * inline cards, code, dates, expands, layouts and the text marks. Every text and attribute goes through the
 * `html` tag, so nothing from a page becomes markup; a link keeps only an http(s), mailto or relative address.
 * Macros (`extension` nodes) are handed to `renderExtension`, which runs Keel's in place. O(nodes).
 * Node and mark names follow https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/.
 */
import { z } from 'zod';
import { markText, safeHref, str } from './adf-marks';
import { html, type SafeHtml } from './html';

export { safeHref } from './adf-marks';

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const nodeSchema: z.ZodType<AdfNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    marks: z.array(z.looseObject({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

/** An `extension` node's attributes: its type and key, and what the macro was configured with. */
export interface ExtensionAttrs {
  extensionType: string;
  extensionKey: string;
  parameters: Record<string, unknown>;
  localId: string | undefined;
  text: string | undefined;
}

export interface AdfRenderOptions {
  /** The HTML of a macro in place; the renderer shows a placeholder for the ones this returns null for. */
  renderExtension?: (extension: ExtensionAttrs) => SafeHtml | null;
  /** Where a safe link (a `link` mark or a card) points in this view; unchanged by default. */
  link?: (href: string) => string;
}

const STATUS_COLOURS = new Set(['neutral', 'purple', 'blue', 'red', 'yellow', 'green']);
const PANEL_TYPES = new Set(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom']);

function extensionAttrs(node: AdfNode): ExtensionAttrs {
  const attrs = node.attrs ?? {};
  const parameters = attrs['parameters'];
  return {
    extensionType: str(attrs['extensionType']),
    extensionKey: str(attrs['extensionKey']),
    parameters: typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters) ? Object.fromEntries(Object.entries(parameters)) : {},
    localId: typeof attrs['localId'] === 'string' ? attrs['localId'] : undefined,
    text: typeof attrs['text'] === 'string' ? attrs['text'] : undefined,
  };
}

function isoDay(timestamp: unknown): string {
  const ms = Number(str(timestamp));
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : str(timestamp);
}

function renderNode(node: AdfNode, options: AdfRenderOptions): SafeHtml {
  const attrs = node.attrs ?? {};
  const inner = (): SafeHtml => html`${(node.content ?? []).map((child) => renderNode(child, options))}`;
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return markText(node, options.link);
    case 'paragraph':
      return html`<p>${inner()}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attrs['level']) || 1));
      return heading(level, inner());
    }
    case 'bulletList':
      return html`<ul>${inner()}</ul>`;
    case 'orderedList':
      return html`<ol start="${Number(attrs['order']) > 0 ? Number(attrs['order']) : 1}">${inner()}</ol>`;
    case 'listItem':
      return html`<li>${inner()}</li>`;
    case 'blockquote':
      return html`<blockquote>${inner()}</blockquote>`;
    case 'rule':
      return html`<hr>`;
    case 'hardBreak':
      return html`<br>`;
    case 'codeBlock':
      return html`<pre class="adf-code" data-language="${str(attrs['language'])}"><code>${(node.content ?? []).map((t) => t.text ?? '').join('')}</code></pre>`;
    case 'panel': {
      const kind = PANEL_TYPES.has(str(attrs['panelType'])) ? str(attrs['panelType']) : 'info';
      return html`<div class="adf-panel adf-panel--${kind}" role="note">${inner()}</div>`;
    }
    case 'table':
      return html`<table class="adf-table"><tbody>${inner()}</tbody></table>`;
    case 'tableRow':
      return html`<tr>${inner()}</tr>`;
    case 'tableHeader':
      return html`<th${cellSpan(attrs)}>${inner()}</th>`;
    case 'tableCell':
      return html`<td${cellSpan(attrs)}>${inner()}</td>`;
    case 'mention':
      return html`<span class="adf-mention" data-account-id="${str(attrs['id'])}">${str(attrs['text'], '@unknown').startsWith('@') ? str(attrs['text']) : `@${str(attrs['text'], 'unknown')}`}</span>`;
    case 'status': {
      const colour = STATUS_COLOURS.has(str(attrs['color'])) ? str(attrs['color']) : 'neutral';
      return html`<span class="adf-status adf-status--${colour}">${str(attrs['text'])}</span>`;
    }
    case 'emoji':
      return html`<span class="adf-emoji" title="${str(attrs['shortName'])}">${str(attrs['text'], str(attrs['shortName']))}</span>`;
    case 'date':
      return html`<time class="adf-date" datetime="${isoDay(attrs['timestamp'])}">${isoDay(attrs['timestamp'])}</time>`;
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard': {
      const href = safeHref(attrs['url']);
      return href === null ? html`<span class="adf-card">${str(attrs['url'])}</span>` : html`<a class="adf-card" href="${options.link?.(href) ?? href}" rel="noopener noreferrer">${href}</a>`;
    }
    case 'decisionList':
      return html`<ul class="adf-decisions" aria-label="Decisions">${inner()}</ul>`;
    case 'decisionItem': {
      const decided = str(attrs['state']) === 'DECIDED';
      return html`<li class="adf-decision adf-decision--${decided ? 'decided' : 'undecided'}" data-state="${str(attrs['state'])}"><span class="adf-decision__mark" aria-label="${decided ? 'Decided' : 'Undecided'}"></span><span class="adf-decision__text">${inner()}</span></li>`;
    }
    case 'taskList':
      return html`<ul class="adf-tasks">${inner()}</ul>`;
    case 'taskItem':
      return html`<li class="adf-task"><input type="checkbox" disabled${str(attrs['state']) === 'DONE' ? html` checked` : ''} aria-label="Task"> ${inner()}</li>`;
    case 'expand':
    case 'nestedExpand':
      return html`<details class="adf-expand"><summary>${str(attrs['title'], 'Details')}</summary>${inner()}</details>`;
    case 'layoutSection':
      return html`<div class="adf-layout">${inner()}</div>`;
    case 'layoutColumn':
      return html`<div class="adf-layout__column">${inner()}</div>`;
    case 'mediaSingle':
    case 'mediaGroup':
      return html`<p class="adf-unsupported">[An image or file: the sandbox does not store attachments.]</p>`;
    case 'extension':
    case 'bodiedExtension':
    case 'inlineExtension': {
      const extension = extensionAttrs(node);
      const rendered = options.renderExtension?.(extension) ?? null;
      return rendered ?? html`<div class="adf-unsupported" role="note">[Macro ${extension.text ?? extension.extensionKey}: not available in the sandbox.]</div>`;
    }
    default:
      return node.content ? inner() : html`<span class="adf-unsupported">[${node.type}]</span>`;
  }
}

function cellSpan(attrs: Record<string, unknown>): SafeHtml {
  const colspan = Number(attrs['colspan']);
  const rowspan = Number(attrs['rowspan']);
  return html`${colspan > 1 ? html` colspan="${colspan}"` : ''}${rowspan > 1 ? html` rowspan="${rowspan}"` : ''}`;
}

/** The page title is the view's h1, so a body heading sits one level below it (h1 -> h2, ... h5 and h6 -> h6). */
function heading(level: number, body: SafeHtml): SafeHtml {
  if (level <= 1) return html`<h2>${body}</h2>`;
  if (level === 2) return html`<h3>${body}</h3>`;
  if (level === 3) return html`<h4>${body}</h4>`;
  if (level === 4) return html`<h5>${body}</h5>`;
  return html`<h6>${body}</h6>`;
}

/** The HTML of an ADF document given as a JSON string (as Confluence stores `atlas_doc_format`) or as parsed JSON. */
export function adfToHtml(doc: unknown, options: AdfRenderOptions = {}): SafeHtml {
  let value = doc;
  if (typeof doc === 'string') {
    try {
      value = JSON.parse(doc);
    } catch {
      return html`<p class="adf-unsupported">[The page body is not valid JSON.]</p>`;
    }
  }
  const parsed = nodeSchema.safeParse(value);
  if (!parsed.success) return html`<p class="adf-unsupported">[The page body is not an ADF document.]</p>`;
  return renderNode(parsed.data, options);
}
