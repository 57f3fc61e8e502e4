/**
 * Keel's macros in a Confluence page, run in place as Confluence runs a Forge Custom UI macro: an iframe of
 * the app's resource with the macro's Forge context (extension type `macro`, the page, the space, the config
 * saved in the ADF node's `parameters.guestParams`). Its config dialog is the same resource with
 * `macro.isConfiguring` set. Only macros of this app (extension key `<app id>/<environment>/static/<module key>`)
 * declared in manifest.yml run; any other extension gets the page's placeholder.
 */
import type { Snapshot } from '../snapshot-schema';
import type { ExtensionAttrs } from './adf-html';
import { macroExtensionKey, macroForgeContext, type MacroExtensionContext } from './forge-context';
import type { HostSelection } from './host-selection';
import { html, type SafeHtml } from './html';
import { HOST_MACROS, type HostMacro } from './modules';

type Space = Snapshot['confluence']['spaces'][number];
type Page = Snapshot['confluence']['pages'][number];

export interface MacroPlace {
  snapshot: Snapshot;
  selection: HostSelection;
  page: Page;
  space: Space;
  /** May the signed-in user edit the page (and so the macro's settings)? */
  canEdit: boolean;
}

export const FORGE_EXTENSION_TYPE = 'com.atlassian.ecosystem';

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;

/** The Keel macro an extension node names, if it is one of this app's. */
export function keelMacroOf(extension: ExtensionAttrs): HostMacro | undefined {
  if (extension.extensionType !== FORGE_EXTENSION_TYPE) return undefined;
  const key = extension.extensionKey.replace(/^ari:cloud:ecosystem::extension\//, '');
  return HOST_MACROS.find((m) => macroExtensionKey(m.key) === key);
}

export function macroLocalId(extension: ExtensionAttrs, macro: HostMacro): string {
  const fromParameters = extension.parameters['localId'];
  return extension.localId ?? (typeof fromParameters === 'string' ? fromParameters : macro.key);
}

function frameContext(place: MacroPlace, macro: HostMacro, extension: ExtensionAttrs, configuring: boolean): string {
  const { snapshot, selection, page, space } = place;
  const config = record(extension.parameters['guestParams']);
  const context: MacroExtensionContext = {
    type: 'macro',
    content: { id: page.id, type: 'page' },
    space: { id: space.id, key: space.key },
    isEditing: configuring,
    ...(config ? { config } : {}),
    macro: { isConfiguring: configuring, isInserting: false },
    location: `${snapshot.site.baseUrl.replace(/\/$/, '')}/wiki/spaces/${space.key}/pages/${page.id}`,
  };
  return JSON.stringify(macroForgeContext(snapshot, selection.user, { moduleKey: macro.key, localId: macroLocalId(extension, macro), extension: context }, { colorMode: selection.theme, locale: selection.locale }));
}

export function configureUrl(place: MacroPlace, localId: string | undefined): string {
  const query = new URLSearchParams({ product: 'confluence', user: place.selection.user?.emailAddress ?? 'anonymous', page: place.page.id });
  if (localId !== undefined) query.set('configure', localId);
  if (place.selection.theme === 'dark') query.set('theme', 'dark');
  return `/?${query.toString()}`;
}

/** The macro in place: its frame, and (for people who may edit the page) a way into its settings. */
export function macroFrame(place: MacroPlace, extension: ExtensionAttrs): SafeHtml | null {
  const macro = keelMacroOf(extension);
  if (!macro) return null;
  const localId = macroLocalId(extension, macro);
  return html`<div class="macro" data-testid="macro" data-macro="${macro.key}" data-local-id="${localId}">
    <iframe class="module-frame module-frame--macro" title="${macro.title}" data-src="/app/index.html" data-min-height="48"
      data-context="${frameContext(place, macro, extension, false)}"></iframe>
    ${place.canEdit && macro.configurable ? html`<a class="macro__edit" href="${configureUrl(place, localId)}">Edit ${macro.title} settings</a>` : ''}
  </div>`;
}

/** The macro's config dialog over the page, as Confluence's editor opens it. */
export function macroConfigDialog(place: MacroPlace, extension: ExtensionAttrs): SafeHtml | null {
  const macro = keelMacroOf(extension);
  if (!macro?.configurable) return null;
  return html`<div class="macro-dialog" role="dialog" aria-modal="true" aria-labelledby="macro-dialog-title" data-testid="macro-dialog"
    data-close="${configureUrl(place, undefined)}">
    <div class="macro-dialog__box">
      <h2 id="macro-dialog-title" class="macro-dialog__title">${macro.title} settings</h2>
      <iframe class="module-frame module-frame--config" title="${macro.title} settings" data-src="/app/index.html" data-min-height="160"
        data-context="${frameContext(place, macro, extension, true)}"></iframe>
    </div>
  </div>`;
}
