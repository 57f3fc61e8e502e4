/**
 * What Confluence's editor does when a macro's config dialog calls `view.submit({ config })`: the config
 * becomes the macro node's `parameters.guestParams` and the page is saved as a new version. The sandbox does
 * it through the emulated Confluence REST API as the signed-in user, so only someone who may edit the page can.
 */
import * as z from 'zod/mini';

const submitPayload = z.object({ config: z.record(z.string(), z.unknown()) });
const macroContext = z.looseObject({
  accountId: z.optional(z.string()),
  localId: z.string(),
  extension: z.looseObject({ content: z.object({ id: z.string() }) }),
});
const productAnswer = z.object({ status: z.number(), body: z.string() });
const pageAnswer = z.looseObject({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  version: z.object({ number: z.number() }),
  body: z.object({ atlas_doc_format: z.object({ value: z.string() }) }),
});

type Post = (path: string, body: unknown) => Promise<unknown>;

/** Sets `guestParams` on the extension node whose localId matches; true when one was found. */
export function setMacroConfig(node: unknown, localId: string, config: Record<string, unknown>): boolean {
  if (Array.isArray(node)) return node.some((child) => setMacroConfig(child, localId, config));
  if (typeof node !== 'object' || node === null) return false;
  const attrs: unknown = 'attrs' in node ? node.attrs : undefined;
  if ('type' in node && node.type === 'extension' && typeof attrs === 'object' && attrs !== null && 'localId' in attrs && attrs.localId === localId) {
    const parameters: unknown = 'parameters' in attrs ? attrs.parameters : undefined;
    Object.assign(attrs, { parameters: { ...(typeof parameters === 'object' && parameters !== null ? parameters : {}), guestParams: config } });
    return true;
  }
  return 'content' in node && setMacroConfig(node.content, localId, config);
}

export async function saveMacroConfig(post: Post, context: unknown, payload: unknown): Promise<true> {
  const { config } = submitPayload.parse(payload);
  const { accountId, localId, extension } = macroContext.parse(context);
  const pageId = extension.content.id;
  const fetchProduct = async (restPath: string, init?: { method: string; body: string }) => {
    const request = { product: 'confluence', restPath, ...(init ? { fetchRequestInit: { ...init, headers: [['content-type', 'application/json']] } } : {}) };
    return productAnswer.parse(await post('/__sandbox/fetch-product', { request, accountId: accountId ?? null }));
  };
  const read = await fetchProduct(`/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`);
  if (read.status !== 200) throw new Error(`Confluence answered ${read.status} when reading the page.`);
  const page = pageAnswer.parse(JSON.parse(read.body));
  const doc: unknown = JSON.parse(page.body.atlas_doc_format.value);
  if (!setMacroConfig(doc, localId, config)) throw new Error('The macro is no longer on the page.');
  const body = JSON.stringify({
    id: page.id,
    status: page.status,
    title: page.title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
    version: { number: page.version.number + 1, message: 'Macro settings changed' },
  });
  const written = await fetchProduct(`/wiki/api/v2/pages/${pageId}`, { method: 'PUT', body });
  if (written.status !== 200) throw new Error(`You may not edit this page: Confluence answered ${written.status}.`);
  return true;
}
