/**
 * The decision log as ADF (DESIGN.md sections 1 "Decision log" and 2): findings, then every decision as a
 * native `decisionItem` (DECIDED when decided, UNDECIDED otherwise, so Confluence's decision reports find
 * them), a table of the structured fields, and the decisions Keel's section held that Jira no longer answers.
 */
import { bulletList, decisionItem, decisionList, heading, listItem, paragraph, table, tableCell, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { DecisionLog } from '../../domain/decisions/decision-log';
import type { DecisionRecord, DecisionStatus } from '../../domain/decisions/decision-record';
import type { AdfNode } from './adf-node';
import { cell, headerCell, issueLink, issueLinks, lozenge, personMention, plain, type Inline, type LozengeColour } from './adf-inline';
import { findingsList } from './findings-adf';
import { datesNote, pageDate } from './page-dates';
import { viewerFormat, type ViewerFormat } from '../../format/viewer-format';
import { decisionItemId } from './kept-decisions';

const STATUS_COLOUR: Record<DecisionStatus, LozengeColour> = { proposed: 'blue', decided: 'green', superseded: 'neutral', rejected: 'red' };

const statusOf = (d: DecisionRecord, place: string): Inline => lozenge(d.statusName, STATUS_COLOUR[d.status], `keel-${place}-status-${d.key}`);

function itemOf(baseUrl: string, d: DecisionRecord): ReturnType<ReturnType<typeof decisionItem>> {
  const inline: Inline[] = [issueLink(baseUrl, d.key), ...plain(d.title === '' ? '' : `: ${d.title}`), text(' '), statusOf(d, 'item')];
  if (d.supersededBy.length > 0) inline.push(text(' — superseded by '), ...issueLinks(baseUrl, d.supersededBy));
  return decisionItem({ localId: decisionItemId(d.key), state: d.status === 'decided' ? 'DECIDED' : 'UNDECIDED' })(...inline);
}

function optionsCell(options: readonly string[]) {
  if (options.length === 0) return cell([]);
  return tableCell()(bulletList(...options.map((o) => listItem([paragraph(...plain(o))]))));
}

function recordRow(baseUrl: string, d: DecisionRecord, format: ViewerFormat) {
  const supersession: Inline[] = [
    ...(d.supersedes.length > 0 ? [text('Supersedes '), ...issueLinks(baseUrl, d.supersedes)] : []),
    ...(d.supersedes.length > 0 && d.supersededBy.length > 0 ? [text('; ')] : []),
    ...(d.supersededBy.length > 0 ? [text('Superseded by '), ...issueLinks(baseUrl, d.supersededBy)] : []),
  ];
  return [
    cell([issueLink(baseUrl, d.key), ...plain(d.title === '' ? '' : ` ${d.title}`)]),
    cell([statusOf(d, 'table')]),
    cell(d.owner === null ? plain('No owner') : personMention(d.owner)),
    cell(plain(pageDate(d.date, format))),
    cell(plain(d.context)),
    optionsCell(d.options),
    cell(plain(d.outcome)),
    cell(plain(d.consequences)),
    cell(issueLinks(baseUrl, d.linkedKeys)),
    cell(supersession),
  ];
}

const COLUMNS = ['Decision', 'Status', 'Owner', 'Date', 'Context', 'Options considered', 'Outcome', 'Consequences', 'Linked issues', 'Supersedes'];

/**
 * `kept`: decision items from the page's previous section that the log no longer holds (see `keptDecisions`);
 * `format`: the publisher's locale and time zone, which the dates are written in (page-dates.ts).
 */
export function decisionLogBody(log: DecisionLog, baseUrl: string, kept: readonly AdfNode[], format: ViewerFormat = viewerFormat()): AdfNode[] {
  const body: AdfNode[] = [
    heading({ level: 3 })(text('Findings')),
    findingsList(baseUrl, log.findings, 'No findings: every decided decision has an owner and an outcome.'),
    heading({ level: 3 })(text('Decisions')),
  ];
  if (log.decisions.length === 0) body.push(paragraph(text('No decisions recorded in Jira yet.')));
  else {
    body.push(decisionList({ localId: 'keel-decisions' })(...log.decisions.map((d) => itemOf(baseUrl, d))));
    const rows = log.decisions.map((d) => tableRow(recordRow(baseUrl, d, format)));
    body.push(heading({ level: 3 })(text('Decision records')), paragraph(text(datesNote(format))), table(tableRow(COLUMNS.map((c) => headerCell(c))), ...rows));
  }
  if (kept.length > 0) {
    body.push(
      heading({ level: 3 })(text('Decisions kept from earlier versions of this page')),
      paragraph(
        text('Keel never removes a decision from this page. Those marked NOT IN JIRA were not returned by Jira when the page was last published (deleted, moved, or hidden from the person publishing); the others were written here by hand.'),
      ),
      { type: 'decisionList', attrs: { localId: 'keel-kept-decisions' }, content: [...kept] },
    );
  }
  return body;
}
