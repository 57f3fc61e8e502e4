/** The sandbox's ADF-to-HTML page renderer: every node Keel and the demo write, and every text escaped. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { adfToHtml, safeHref, type AdfNode } from './adf-html';
import { html } from './html';

const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', content });
const p = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: AdfNode['marks']): AdfNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const render = (...content: AdfNode[]): string => adfToHtml(doc(...content)).value;

const HOSTILE = ['<script>alert(1)</script>', ']]>', 'Fish & Chips', `"double" and 'single'`, 'مرحبا بالعالم', '🚀 launch 👩🏽‍💻'];

describe('adfToHtml', () => {
  it('renders paragraphs, headings one level below the page title, lists and marks', () => {
    expect(render({ type: 'heading', attrs: { level: 1 }, content: [t('Summary')] })).toBe('<h2>Summary</h2>');
    expect(render({ type: 'heading', attrs: { level: 6 }, content: [t('Deep')] })).toBe('<h6>Deep</h6>');
    expect(render(p(t('bold', [{ type: 'strong' }]), t(' '), t('x', [{ type: 'em' }, { type: 'code' }])))).toBe('<p><strong>bold</strong> <code><em>x</em></code></p>');
    expect(render({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one'))] }] })).toBe('<ul><li><p>one</p></li></ul>');
    expect(render({ type: 'orderedList', attrs: { order: 3 }, content: [{ type: 'listItem', content: [p(t('three'))] }] })).toBe('<ol start="3"><li><p>three</p></li></ol>');
  });

  it('renders tables, panels, mentions, status lozenges, dates, emoji and code', () => {
    const table = render({
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('A'))] }, { type: 'tableCell', attrs: { colspan: 2 }, content: [p(t('B'))] }] }],
    });
    expect(table).toBe('<table class="adf-table"><tbody><tr><th><p>A</p></th><td colspan="2"><p>B</p></td></tr></tbody></table>');
    expect(render({ type: 'panel', attrs: { panelType: 'warning' }, content: [p(t('Careful'))] })).toBe('<div class="adf-panel adf-panel--warning" role="note"><p>Careful</p></div>');
    expect(render(p({ type: 'mention', attrs: { id: 'acc-1', text: '@Priya Nair' } }))).toBe('<p><span class="adf-mention" data-account-id="acc-1">@Priya Nair</span></p>');
    expect(render(p({ type: 'status', attrs: { text: 'Decided', color: 'green' } }))).toBe('<p><span class="adf-status adf-status--green">Decided</span></p>');
    expect(render(p({ type: 'status', attrs: { text: 'X', color: 'red" onclick="x' } }))).toContain('adf-status--neutral');
    expect(render(p({ type: 'date', attrs: { timestamp: '1764201600000' } }))).toContain('2025-11-27');
    expect(render(p({ type: 'emoji', attrs: { shortName: ':rocket:', text: '🚀' } }))).toContain('🚀');
    expect(render({ type: 'codeBlock', attrs: { language: 'sql' }, content: [t('select * from t where a < 1')] })).toBe('<pre class="adf-code" data-language="sql"><code>select * from t where a &lt; 1</code></pre>');
  });

  it('renders native decisions and tasks with their state', () => {
    const out = render({
      type: 'decisionList',
      attrs: { localId: 'd' },
      content: [
        { type: 'decisionItem', attrs: { state: 'DECIDED', localId: '1' }, content: [t('Use Stripe')] },
        { type: 'decisionItem', attrs: { state: 'UNDECIDED', localId: '2' }, content: [t('Retry policy')] },
      ],
    });
    expect(out).toContain('<li class="adf-decision adf-decision--decided" data-state="DECIDED">');
    expect(out).toContain('adf-decision--undecided');
    // One flex item for the whole text, so a link and the words after it are not pulled apart by the gap.
    expect(out).toContain('<span class="adf-decision__text">Use Stripe</span>');
    expect(render({ type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [t('Ship')] }] })).toContain('checked');
  });

  it('keeps links and cards to http(s), mailto and site paths only', () => {
    expect(render(p(t('PAY-1', [{ type: 'link', attrs: { href: 'https://demo.atlassian.net/browse/PAY-1' } }])))).toBe(
      '<p><a href="https://demo.atlassian.net/browse/PAY-1" rel="noopener noreferrer">PAY-1</a></p>',
    );
    expect(render(p(t('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))).toBe('<p>x</p>');
    expect(render(p({ type: 'inlineCard', attrs: { url: 'https://demo.atlassian.net/browse/WEB-2' } }))).toContain('<a class="adf-card" href="https://demo.atlassian.net/browse/WEB-2"');
    expect(render(p({ type: 'inlineCard', attrs: { url: 'data:text/html,<b>' } }))).toBe('<p><span class="adf-card">data:text/html,&lt;b&gt;</span></p>');
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('/wiki/spaces/PMO')).toBe('/wiki/spaces/PMO');
  });

  it.each(HOSTILE)('shows %s as text wherever a page puts it', (hostile) => {
    const escaped = html`${hostile}`.value;
    const out = render(
      { type: 'heading', attrs: { level: 2 }, content: [t(hostile)] },
      p(t(hostile, [{ type: 'strong' }, { type: 'link', attrs: { href: `https://x.test/?q=${hostile}` } }])),
      p({ type: 'mention', attrs: { id: hostile, text: hostile } }, { type: 'status', attrs: { text: hostile, color: 'blue' } }),
      { type: 'expand', attrs: { title: hostile }, content: [p(t(hostile))] },
      { type: 'codeBlock', attrs: { language: hostile }, content: [t(hostile)] },
      { type: 'decisionList', content: [{ type: 'decisionItem', attrs: { state: hostile }, content: [t(hostile)] }] },
      { type: 'extension', attrs: { extensionType: 'com.example', extensionKey: hostile, text: hostile } },
    );
    expect(out).not.toContain('<script');
    expect(out).toContain(escaped);
    // Every quote from the page is an entity, so no attribute can be closed early.
    expect(out.match(/="[^"]*"/g)?.join('')).not.toMatch(/[<>]/);
    if (/[<>&"']/.test(hostile)) expect(out).not.toContain(hostile);
    else expect(out).toContain(hostile);
  });

  it('hands macros to renderExtension with their key and config, and shows a placeholder for the others', () => {
    const macro: AdfNode = {
      type: 'extension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: 'app/env/static/keel-raci-macro',
        localId: 'm-1',
        parameters: { guestParams: { projectKey: 'WEB' }, extensionTitle: 'Keel RACI' },
      },
    };
    const seen: unknown[] = [];
    const out = adfToHtml(doc(macro, { type: 'extension', attrs: { extensionType: 'com.example', extensionKey: 'other', text: 'Other' } }), {
      renderExtension: (e) => {
        seen.push(e);
        return e.extensionType === 'com.atlassian.ecosystem' ? html`<iframe data-macro="${e.localId ?? ''}"></iframe>` : null;
      },
    }).value;
    expect(seen[0]).toEqual({ extensionType: 'com.atlassian.ecosystem', extensionKey: 'app/env/static/keel-raci-macro', localId: 'm-1', text: undefined, parameters: { guestParams: { projectKey: 'WEB' }, extensionTitle: 'Keel RACI' } });
    expect(out).toBe('<iframe data-macro="m-1"></iframe><div class="adf-unsupported" role="note">[Macro Other: not available in the sandbox.]</div>');
  });

  it('says so when a body is not an ADF document, instead of failing', () => {
    expect(adfToHtml('{not json').value).toContain('not valid JSON');
    expect(adfToHtml({ content: [] }).value).toContain('not an ADF document');
    expect(adfToHtml(JSON.stringify(doc(p(t('stored as a string')))))).toEqual(html`<p>stored as a string</p>`);
  });
});
