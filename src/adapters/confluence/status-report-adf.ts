/**
 * The status report as ADF (issue 16, item 7): a frozen record of one day. The verdict (lozenge and headline,
 * reasons, each analysis's finish, why they differ), the milestones against their due dates, the earned value
 * figures and the S-curve as a table, the top risks, the decisions since the last report and the RACI changes.
 * Every Jira string is a text node (never parsed); issue keys link to their issues.
 */
import { bulletList, heading, listItem, paragraph, strong, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { MacroRisk, StatusResult } from '../../contract';
import type { AdfNode } from './adf-node';
import { viewerFormat, type ViewerFormat } from '../../format/viewer-format';
import { cell, headerCell, issueLink, lozenge, plain, type LozengeColour } from './adf-inline';
import { datesNote, pageDate, withPageDates } from './page-dates';

export interface StatusReportContent {
  artefact: 'status';
  /** The day the report is of (the status date). */
  date: string;
  /** The last report's date; null for the first. */
  previousDate: string | null;
  status: StatusResult;
  evm: { currency: string; baseline: string; figures: [string, string][]; series: { date: string; pv: number; ev: number | null; ac: number | null }[] } | null;
  /** Why there are no earned value figures. */
  evmProblem: string | null;
  topRisks: MacroRisk[];
  decisions: { key: string; title: string; statusName: string; date: string }[];
  raciChanges: string[];
}

/** S-curve rows kept at most: every k-th period and the last. */
export const MAX_CURVE_ROWS = 60;

const COLOUR: Record<StatusResult['status'], LozengeColour> = { 'on track': 'green', 'at risk': 'yellow', late: 'red', 'no target': 'neutral', computing: 'neutral', unavailable: 'neutral' };
const h = (title: string): AdfNode => heading({ level: 3 })(text(title));
const bullets = (lines: readonly string[], none: string): AdfNode => (lines.length === 0 ? paragraph(...plain(none)) : bulletList(...lines.map((l) => listItem([paragraph(...plain(l))]))));
const variance = (d: number | null): string => (d === null ? '' : d > 0 ? `${d} working days late` : d < 0 ? `${-d} working days early` : 'on the date');

function verdictPart(s: StatusResult, baseUrl: string, format: ViewerFormat): AdfNode[] {
  const day = (d: string) => pageDate(d, format);
  const words = (sentences: readonly string[]) => sentences.map((t) => withPageDates(t, format));
  const nodes: AdfNode[] = [h('Verdict'), paragraph(lozenge(s.status, COLOUR[s.status], 'keel-status-verdict'), text(' '), strong(withPageDates(s.headline, format))), bullets(words(s.reasons), 'No reason to report.')];
  if (s.finishes.length > 0) {
    nodes.push(table(
      tableRow([headerCell('Analysis'), headerCell('Finish'), headerCell(s.target ? `Against ${day(s.target.date)}` : 'Against the launch date'), headerCell('Rests on')]),
      ...s.finishes.map((f) => tableRow([cell(plain(f.analysis)), cell(plain(f.date === null ? 'not available' : day(f.date))), cell(plain(variance(f.varianceDays))), cell(plain(withPageDates(f.note ?? '', format)))])),
    ));
  }
  if (s.probabilityByTarget !== null) nodes.push(paragraph(text(`The forecast gave a ${Math.round(s.probabilityByTarget * 100)}% chance of finishing by the launch date.`)));
  if (s.disagreements.length > 0) nodes.push(paragraph(strong('Why the dates differ')), bullets(words(s.disagreements), ''));
  nodes.push(h('Milestones'));
  if (s.milestones.length === 0) nodes.push(paragraph(text('No milestones (issues of a milestone type or label that take no time).')));
  else {
    nodes.push(table(
      tableRow([headerCell('Milestone'), headerCell('Due'), headerCell('Critical path'), headerCell('Levelled')]),
      ...s.milestones.map((m) => tableRow([
        cell([issueLink(baseUrl, m.key), ...plain(` ${m.summary}${m.done ? ' (done)' : ''}`)]),
        cell(plain(m.target === null ? 'no due date' : day(m.target))),
        cell(plain(`${day(m.cpm.date)}${m.cpm.varianceDays === null ? '' : `, ${variance(m.cpm.varianceDays)}`}`)),
        cell(plain(m.levelled === null ? 'not computed' : `${day(m.levelled.date)}${m.levelled.varianceDays === null ? '' : `, ${variance(m.levelled.varianceDays)}`}`)),
      ])),
    ));
  }
  if (s.findings.length > 0) nodes.push(bullets(s.findings.map((f) => `${f.title}. ${f.advice}`), ''));
  return nodes;
}

function curveRows<T>(series: readonly T[]): T[] {
  if (series.length <= MAX_CURVE_ROWS) return [...series];
  const step = Math.ceil(series.length / (MAX_CURVE_ROWS - 1));
  return series.filter((_, i) => i % step === 0 || i === series.length - 1);
}

function evmPart(report: StatusReportContent, format: ViewerFormat): AdfNode[] {
  const { evm } = report;
  if (evm === null) return [h('Earned value'), paragraph(...plain(report.evmProblem ?? 'Not available.'))];
  const money = (n: number | null) => (n === null ? '' : `${evm.currency} ${format.number(Math.round(n))}`);
  const rows = curveRows(evm.series);
  return [
    h('Earned value'),
    paragraph(text(`Against the baseline "${evm.baseline}".`)),
    table(tableRow([headerCell('Figure'), headerCell('Value')]), ...evm.figures.map(([label, value]) => tableRow([cell(plain(label)), cell(plain(value))]))),
    paragraph(strong('S-curve'), ...plain(rows.length < evm.series.length ? ` (${rows.length} of ${evm.series.length} periods, evenly spaced)` : '')),
    table(tableRow([headerCell('Date'), headerCell('Planned value'), headerCell('Earned value'), headerCell('Actual cost')]), ...rows.map((p) => tableRow([cell(plain(pageDate(p.date, format))), cell(plain(money(p.pv))), cell(plain(money(p.ev))), cell(plain(money(p.ac)))]))),
  ];
}

function risksPart(risks: readonly MacroRisk[], baseUrl: string): AdfNode[] {
  if (risks.length === 0) return [h('Top risks'), paragraph(text('No open risks.'))];
  const score = (n: number | null) => (n === null ? 'not rated' : String(Math.round(n * 10) / 10));
  return [
    h('Top risks'),
    table(
      tableRow([headerCell('Risk'), headerCell('Owner'), headerCell('Score'), headerCell('On critical work')]),
      ...risks.map((r) => tableRow([cell([issueLink(baseUrl, r.key), ...plain(` ${r.summary}`)]), cell(plain(r.owner ?? 'nobody')), cell(plain(score(r.weightedScore ?? r.score))), cell(plain(r.criticalWork ? 'yes' : 'no'))])),
    ),
  ];
}

/** `format`: the publisher's locale and time zone, which every date and amount is written in (page-dates.ts). */
export function statusReportBody(report: StatusReportContent, baseUrl: string, format: ViewerFormat = viewerFormat()): AdfNode[] {
  const previous = report.previousDate === null ? null : pageDate(report.previousDate, format);
  const since = previous === null ? 'No earlier report: every decision so far.' : `Since the last report, of ${previous}.`;
  const decisions: AdfNode = report.decisions.length === 0
    ? paragraph(text(previous === null ? 'No decisions recorded.' : `No decision since ${previous}.`))
    : table(tableRow([headerCell('Decision'), headerCell('Status'), headerCell('Date')]), ...report.decisions.map((d) => tableRow([cell([issueLink(baseUrl, d.key), ...plain(` ${d.title}`)]), cell(plain(d.statusName)), cell(plain(pageDate(d.date, format)))])));
  return [
    paragraph(strong(`Status report of ${pageDate(report.date, format)}`), text('. A frozen record: Keel does not change it after this day. '), text(datesNote(format))),
    ...verdictPart(report.status, baseUrl, format),
    ...evmPart(report, format),
    ...risksPart(report.topRisks, baseUrl),
    h('Decisions'),
    paragraph(text(since)),
    decisions,
    h('RACI changes'),
    bullets(report.raciChanges, previous === null ? 'No earlier report to compare with: the next report lists what changes.' : `No RACI change since ${previous}.`),
  ];
}
