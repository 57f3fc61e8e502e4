/**
 * OpenAPI 3.0 schema objects -> JSON Schema for ajv: `nullable: true` becomes a `null` alternative (a type
 * list, or `anyOf` when there is no `type`), and local `$ref`s are re-rooted on the document's id so a
 * schema taken out of the document still resolves `#/components/...`. O(size of the schema).
 */

type Json = unknown;

export function toJsonSchema(node: Json, documentId: string): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, documentId));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node as Record<string, Json>)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) out.$ref = `${documentId}${value}`;
    else out[key] = toJsonSchema(value, documentId);
  }
  if ((node as { nullable?: unknown }).nullable !== true) return out;
  if (typeof out.type === 'string') {
    const withNull: Record<string, Json> = { ...out, type: [out.type, 'null'] };
    if (Array.isArray(out.enum)) withNull.enum = [...(out.enum as Json[]), null];
    return withNull;
  }
  return { anyOf: [out, { type: 'null' }] };
}
