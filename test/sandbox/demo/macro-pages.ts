/**
 * Confluence pages in PMO each holding one Keel macro configured with a project, as Forge writes a macro into a
 * page (an `extension` node with the macro's ids and its config as `guestParams`). For a generated site, which
 * has no macro pages of its own: the browser bench's macro rows and the large-site macro tests.
 */
import { macroExtensionId, macroExtensionKey } from '../host/forge-context';
import type { Snapshot } from '../snapshot-schema';
import { DEMO_USERS } from './users';

export interface MacroPage {
  /** The macro's manifest key, e.g. `keel-raci-macro`. */
  module: string;
  pageId: string;
  /** The macro's title, which is the page's too ("BIG: RACI macro"). */
  name: string;
}

export function withMacroPages(snapshot: Snapshot, macros: readonly MacroPage[], projectKey: string): Snapshot {
  const pmo = snapshot.confluence.spaces.find((s) => s.key === 'PMO');
  const pages = macros.map(({ module, pageId, name }) => {
    const localId = `page-${pageId}-${module}`;
    const parameters = { extensionId: macroExtensionId(module), extensionTitle: name, localId, forgeEnvironment: 'DEVELOPMENT', guestParams: { projectKey } };
    const macro = { type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: macroExtensionKey(module), localId, text: name, parameters } };
    return {
      id: pageId,
      status: 'current',
      title: `${projectKey}: ${name}`,
      spaceId: pmo?.id ?? '',
      version: { number: 1, message: '', minorEdit: false, authorId: DEMO_USERS.priya.accountId, createdAt: '2026-11-10T10:00:00.000Z' },
      body: { atlas_doc_format: { representation: 'atlas_doc_format', value: JSON.stringify({ type: 'doc', version: 1, content: [macro] }) } },
    };
  });
  return { ...snapshot, confluence: { ...snapshot.confluence, pages: [...snapshot.confluence.pages, ...pages] } };
}
