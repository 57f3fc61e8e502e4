/**
 * The Confluence side of the host page, rendered on the server: a page as its reader may see it, Keel's
 * macros framed in place with the Forge macro context, other extensions left as placeholders, and the
 * config dialog only for people who may edit the page.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { z } from 'zod';
import { demoSnapshot } from '../demo/demo-snapshot';
import { DEMO_USERS } from '../demo/users';
import { macroExtensionKey } from './forge-context';
import { siteLink } from './confluence-page';
import { hostPage } from './host-page';
import { hostSelection } from './host-selection';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const render = (query: Record<string, string>): string => hostPage(snapshot, hostSelection(snapshot, new URLSearchParams({ product: 'confluence', ...query })));
const unescape = (value: string): string => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const macroContext = z.object({
  accountId: z.string(),
  localId: z.string(),
  moduleKey: z.string(),
  extension: z.object({
    type: z.literal('macro'),
    content: z.object({ id: z.string(), type: z.literal('page') }),
    space: z.object({ id: z.string(), key: z.string() }),
    isEditing: z.boolean(),
    config: z.record(z.string(), z.unknown()).optional(),
    macro: z.object({ isConfiguring: z.boolean(), isInserting: z.boolean() }),
  }),
});

/** The Forge context of every framed macro on the page, in page order. */
function frameContexts(page: string) {
  return [...page.matchAll(/<iframe class="module-frame[^"]*"[^>]*data-context="([^"]*)"/g)].map((m) => macroContext.parse(JSON.parse(unescape(m[1] ?? ''))));
}

describe('a Confluence page in the host', () => {
  it('frames each Keel macro with the macro context: module, macro localId, page, space and config', () => {
    const page = render({ user: DEMO_USERS.lena.emailAddress, page: '163847' });
    const contexts = frameContexts(page);
    expect(contexts.map((c) => [c.moduleKey, c.localId, c.extension.config])).toEqual([
      ['keel-raci-macro', 'a1f3c2e0-0001-4b7a-9c1d-web0raci0001', { projectKey: 'WEB' }],
      ['keel-risk-register-macro', 'a1f3c2e0-0002-4b7a-9c1d-web0risk0002', { projectKey: 'WEB' }],
    ]);
    for (const context of contexts) {
      expect(context.accountId).toBe(DEMO_USERS.lena.accountId);
      expect(context.extension).toMatchObject({ content: { id: '163847', type: 'page' }, space: { key: 'PMO' }, isEditing: false, macro: { isConfiguring: false } });
    }
    // Lena may read PMO but not edit it: no way into the settings.
    expect(page).not.toContain('Edit Keel RACI settings');
  });

  it('opens the config dialog only for someone who may edit the page', () => {
    const query = { page: '163847', configure: 'a1f3c2e0-0001-4b7a-9c1d-web0raci0001' };
    const priya = render({ ...query, user: DEMO_USERS.priya.emailAddress });
    expect(priya).toContain('data-testid="macro-dialog"');
    expect(priya).toContain('Edit Keel RACI settings');
    const dialog = frameContexts(priya).at(-1);
    expect(dialog?.extension.macro.isConfiguring).toBe(true);
    expect(dialog?.extension.isEditing).toBe(true);
    expect(render({ ...query, user: DEMO_USERS.lena.emailAddress })).not.toContain('data-testid="macro-dialog"');
  });

  it('refuses a page in a space the user may not read, as Confluence does', () => {
    const aiko = render({ user: DEMO_USERS.aiko.emailAddress, page: '163846' });
    expect(aiko).toContain('Page not found');
    expect(aiko).not.toContain('Idempotency');
    expect(aiko).not.toContain('Payments API design notes');
    const marcus = render({ user: DEMO_USERS.marcus.emailAddress, page: '163846' });
    expect(marcus).toContain('Idempotency');
  });

  it("runs only this app's macros: another app's extension, or an unknown Keel module, is a placeholder", () => {
    const pageId = '199100';
    const other = { type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: 'another-app/env/static/chart', text: 'Chart <b>' } };
    const unknown = { type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: macroExtensionKey('keel-gone-macro'), text: 'Gone' } };
    const local = { ...snapshot, confluence: { ...snapshot.confluence, pages: [...snapshot.confluence.pages, { id: pageId, title: 'Others', spaceId: '98305', body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify({ type: 'doc', content: [other, unknown] }) } } }] } };
    const page = hostPage(local, hostSelection(local, new URLSearchParams({ product: 'confluence', user: DEMO_USERS.priya.emailAddress, page: pageId })));
    expect(frameContexts(page)).toEqual([]);
    expect(page).toContain('[Macro Chart &lt;b&gt;: not available in the sandbox.]');
    expect(page).toContain('[Macro Gone: not available in the sandbox.]');
  });

  it('lists only readable spaces and pages in the page switcher, and escapes their titles', () => {
    const aiko = render({ user: DEMO_USERS.aiko.emailAddress });
    expect(aiko).toContain('Project Management Office (PMO)');
    expect(aiko).not.toContain('Engineering (ENG)');
    expect(aiko).not.toContain('>Engineering</a>');
    expect(render({ user: DEMO_USERS.marcus.emailAddress })).toContain('>Engineering</a>');
    const hostile = { ...snapshot, confluence: { ...snapshot.confluence, pages: snapshot.confluence.pages.map((p) => (p.id === '163847' ? { ...p, title: '<img src=x onerror=alert(1)>' } : p)) } };
    const page = hostPage(hostile, hostSelection(hostile, new URLSearchParams({ product: 'confluence', user: DEMO_USERS.priya.emailAddress, page: '163847' })));
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it("sends links into the site to the sandbox's own Jira issue view and Confluence page, as the same user", () => {
    const selection = hostSelection(snapshot, new URLSearchParams({ product: 'confluence', user: DEMO_USERS.lena.emailAddress }));
    const user = encodeURIComponent(DEMO_USERS.lena.emailAddress);
    expect(siteLink(snapshot, selection, `${snapshot.site.baseUrl}/browse/PAY-12`)).toBe(`/?user=${user}&project=PAY&issue=PAY-12`);
    expect(siteLink(snapshot, selection, '/browse/WEB-3')).toBe(`/?user=${user}&project=WEB&issue=WEB-3`);
    expect(siteLink(snapshot, selection, `${snapshot.site.baseUrl}/wiki/spaces/PMO/pages/163847/WEB+status`)).toBe(`/?product=confluence&user=${user}&page=163847`);
    expect(siteLink(snapshot, selection, 'https://example.com/browse/PAY-1')).toBe('https://example.com/browse/PAY-1');
  });
});
