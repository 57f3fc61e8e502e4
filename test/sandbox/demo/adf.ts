/** The few Atlassian Document Format nodes the demo writes (issue descriptions, worklog comments, pages). */
export type AdfNode = Record<string, unknown>;

export function text(value: string, marks?: ReadonlyArray<{ type: string }>): AdfNode {
  return { type: 'text', text: value, ...(marks ? { marks } : {}) };
}

export function paragraph(...content: Array<string | AdfNode>): AdfNode {
  return { type: 'paragraph', content: content.map((part) => (typeof part === 'string' ? text(part) : part)) };
}

export function heading(level: number, value: string): AdfNode {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

export function bulletList(items: readonly string[]): AdfNode {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
}

export function mention(accountId: string, displayName: string): AdfNode {
  return { type: 'mention', attrs: { id: accountId, text: `@${displayName}`, accessLevel: '' } };
}

export function adfDoc(content: readonly AdfNode[]): AdfNode {
  return { type: 'doc', version: 1, content };
}
