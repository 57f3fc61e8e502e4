/**
 * Inline and cell pieces of Keel's pages, built with `@atlaskit/adf-utils`' builders: Jira text as text
 * nodes (never parsed, so `<script>` or `]]>` stays text), issue keys as links to the issue, people as
 * mentions, statuses as status lozenges.
 */
import { link, mention, paragraph, status, tableCell, tableHeader, text } from '@atlaskit/adf-utils/builders';
import type { Person } from '../../domain/person';

/** An inline node as the builders type it (text, mention, status ...). */
export type Inline = Exclude<Parameters<typeof paragraph>[number], string>;

export type LozengeColour = 'neutral' | 'purple' | 'blue' | 'red' | 'yellow' | 'green';

/** A text node, or nothing for an empty string (ADF forbids empty text nodes). */
export function plain(value: string): Inline[] {
  return value === '' ? [] : [text(value)];
}

/** The issue's key, linking to it on the site. */
export function issueLink(baseUrl: string, key: string): Inline {
  return link({ href: `${baseUrl}/browse/${encodeURIComponent(key)}` })(text(key));
}

/** Keys as links, separated by commas. */
export function issueLinks(baseUrl: string, keys: readonly string[]): Inline[] {
  return keys.flatMap((key, i) => (i === 0 ? [issueLink(baseUrl, key)] : [text(', '), issueLink(baseUrl, key)]));
}

/** A mention of the person; a deactivated account says so beside it. */
export function personMention(person: Person): Inline[] {
  const node = mention({ id: person.accountId, text: `@${person.displayName}`, accessLevel: '' });
  return person.active ? [node] : [node, text(' (deactivated)')];
}

/** People as mentions, separated by commas. */
export function personMentions(people: readonly Person[]): Inline[] {
  return people.flatMap((person, i) => (i === 0 ? personMention(person) : [text(', '), ...personMention(person)]));
}

/** A status lozenge; ADF wants non-empty text, and Confluence shows it in capitals. */
export function lozenge(label: string, colour: LozengeColour, localId: string): Inline {
  return status({ text: label.trim() === '' ? 'UNKNOWN' : label.toUpperCase(), color: colour, localId });
}

/** A header cell of one paragraph holding `inline` (or the label's text). */
export function headerCell(content: string | Inline[]): ReturnType<ReturnType<typeof tableHeader>> {
  return tableHeader()(paragraph(...(typeof content === 'string' ? plain(content) : content)));
}

/** A table cell of one paragraph holding `inline`. */
export function cell(inline: Inline[]): ReturnType<ReturnType<typeof tableCell>> {
  return tableCell()(paragraph(...inline));
}
