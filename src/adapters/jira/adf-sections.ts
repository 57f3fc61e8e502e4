/**
 * A decision description (ADF) as plain-text sections: each heading starts a section named by its text, and
 * the blocks under it become lines of text, list items becoming items. Only text is kept (mentions as their
 * names, links as their text), never markup. Text before the first heading belongs to the section "".
 */
import { z } from 'zod';

interface AdfNode {
  type: string;
  text?: string | undefined;
  attrs?: Record<string, unknown> | undefined;
  content?: AdfNode[] | undefined;
}

const adfNode: z.ZodType<AdfNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(adfNode).optional(),
  }),
);

export interface AdfSection {
  heading: string;
  lines: string[];
  items: string[];
}

function inlineText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention' || node.type === 'emoji' || node.type === 'status' || node.type === 'date') {
    const text = node.attrs?.text ?? node.attrs?.shortName;
    return typeof text === 'string' ? text : '';
  }
  if (node.type === 'inlineCard') return typeof node.attrs?.url === 'string' ? node.attrs.url : '';
  return (node.content ?? []).map(inlineText).join('');
}

function listItems(node: AdfNode): string[] {
  return (node.content ?? []).flatMap((item) => {
    const own = (item.content ?? []).filter((c) => c.type !== 'bulletList' && c.type !== 'orderedList').map(inlineText).join(' ').trim();
    const nested = (item.content ?? []).filter((c) => c.type === 'bulletList' || c.type === 'orderedList').flatMap(listItems);
    return [...(own === '' ? [] : [own]), ...nested];
  });
}

export function adfSections(description: unknown): AdfSection[] {
  const doc = adfNode.safeParse(description);
  if (!doc.success) return [];
  const sections: AdfSection[] = [{ heading: '', lines: [], items: [] }];
  for (const block of doc.data.content ?? []) {
    const current = sections[sections.length - 1];
    if (block.type === 'heading') sections.push({ heading: inlineText(block).trim(), lines: [], items: [] });
    else if (block.type === 'bulletList' || block.type === 'orderedList') current?.items.push(...listItems(block));
    else {
      const text = inlineText(block).trim();
      if (text !== '') current?.lines.push(text);
    }
  }
  return sections.filter((s) => s.heading !== '' || s.lines.length > 0 || s.items.length > 0);
}
