/**
 * The description (ADF) of a decision Keel records: the four headings decision records use (Context, Options
 * considered, Outcome, Consequences), each followed by its text as paragraphs, options as a bullet list.
 * Text is only ever put in `text` nodes, so nothing a person types becomes markup; empty text is left out,
 * since ADF forbids empty text nodes.
 */

export interface DecisionText {
  context: string;
  options: string[];
  outcome: string;
  consequences: string;
}

type Block = Record<string, unknown>;

const textNode = (text: string) => ({ type: 'text', text });
const heading = (text: string): Block => ({ type: 'heading', attrs: { level: 3 }, content: [textNode(text)] });

function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => ({
      type: 'paragraph',
      content: chunk.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line === '' ? [] : [textNode(line)])]),
    }));
}

function bulletList(items: readonly string[]): Block[] {
  const kept = items.map((item) => item.trim()).filter((item) => item !== '');
  if (kept.length === 0) return [];
  return [{ type: 'bulletList', content: kept.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [textNode(item)] }] })) }];
}

export function decisionDescription(record: DecisionText): Block {
  return {
    type: 'doc',
    version: 1,
    content: [
      heading('Context'),
      ...paragraphs(record.context),
      heading('Options considered'),
      ...bulletList(record.options),
      heading('Outcome'),
      ...paragraphs(record.outcome),
      heading('Consequences'),
      ...paragraphs(record.consequences),
    ],
  };
}
