/**
 * ADF as Keel reads it back from Confluence: every node is `{type, attrs?, content?, marks?, text?}` (the
 * Atlassian Document Format's common shape). Pages hold any node a person put there, so the schema keeps
 * unknown attributes and node types as they are; only the shape Keel walks is checked.
 */
import { z } from 'zod';

export interface AdfMark {
  type: string;
  attrs?: object;
}

/**
 * `attrs` is an `object` and `content` may hold holes so the builders' precise node types fit (a caption
 * slot is optional); read attributes with `attrOf`, children with `childrenOf`.
 */
export interface AdfNode {
  type: string;
  attrs?: object;
  content?: (AdfNode | undefined)[];
  marks?: AdfMark[];
  text?: string;
}

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

const adfMark = z.looseObject({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() });

export const adfNodeSchema: z.ZodType<AdfNode> = z.looseObject({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
  get content() {
    return z.array(adfNodeSchema).optional();
  },
  marks: z.array(adfMark).optional(),
  text: z.string().optional(),
});

export const adfDocSchema = z.object({ type: z.literal('doc'), version: z.literal(1), content: z.array(adfNodeSchema) });

/** A page body's ADF string as a document; an empty or unreadable body is an empty document. */
export function parseAdfBody(value: string): AdfDoc | null {
  if (value.trim() === '') return { type: 'doc', version: 1, content: [] };
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = adfDocSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The text of a node and everything inside it, mentions as their text. */
export function textOf(node: AdfNode): string {
  const mentionText = node.type === 'mention' ? attrOf(node, 'text') : undefined;
  const own = node.text ?? (typeof mentionText === 'string' ? mentionText : '');
  return own + childrenOf(node).map(textOf).join('');
}

/** Every node of `type` inside `nodes`, depth first, not looking inside a match. */
export function nodesOfType(nodes: readonly AdfNode[], type: string): AdfNode[] {
  return nodes.flatMap((node) => (node.type === type ? [node] : nodesOfType(childrenOf(node), type)));
}

/** One attribute of a node, unknown until the caller checks it. */
export function attrOf(node: AdfNode | AdfMark, name: string): unknown {
  return node.attrs === undefined ? undefined : Object.entries(node.attrs).find(([key]) => key === name)?.[1];
}

export function childrenOf(node: AdfNode): AdfNode[] {
  return (node.content ?? []).filter((child) => child !== undefined);
}
