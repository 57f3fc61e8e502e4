/**
 * Page bodies. The snapshot stores `body.atlas_doc_format.value` (ADF as a JSON string) and, after a
 * storage-format write, `body.storage`. Asking for the other format converts: ADF to storage keeps the
 * text of each block as a `<p>` (enough for tests that read text back), storage to ADF the reverse.
 */

export type BodyFormat = 'atlas_doc_format' | 'storage';
export interface StoredBody {
  atlas_doc_format?: { representation: string; value: string };
  storage?: { representation: string; value: string };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function adfText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  const own = typeof text === 'string' ? text : '';
  return own + (Array.isArray(content) ? content.map(adfText).join('') : '');
}

function adfToStorage(value: string): string {
  const doc = JSON.parse(value) as { content?: unknown };
  const blocks = Array.isArray(doc.content) ? doc.content : [];
  return blocks.map((block) => `<p>${escapeXml(adfText(block))}</p>`).join('');
}

function storageToAdf(value: string): string {
  const paragraphs = [...value.matchAll(/<p>(.*?)<\/p>/gs)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }));
  return JSON.stringify({ type: 'doc', version: 1, content });
}

/** The body in `format`, converting when the page holds the other one. */
export function bodyIn(stored: StoredBody | undefined, format: BodyFormat): { representation: BodyFormat; value: string } {
  const own = stored?.[format];
  if (own) return { representation: format, value: own.value };
  if (format === 'storage' && stored?.atlas_doc_format) return { representation: format, value: adfToStorage(stored.atlas_doc_format.value) };
  if (format === 'atlas_doc_format' && stored?.storage) return { representation: format, value: storageToAdf(stored.storage.value) };
  return { representation: format, value: format === 'storage' ? '' : JSON.stringify({ type: 'doc', version: 1, content: [] }) };
}
