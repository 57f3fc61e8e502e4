/**
 * The "Keel risk register" macro's content as ADF, for Confluence's PDF and Word export (`adfExport`): a line
 * with the counts, the top open risks as a table (key linking to the issue, owner, status lozenge, scores, the
 * working days each adds at the forecast's P80 when the forecast was asked) and
 * the 5x5 heat map of open risks' inherent ratings, numbers and dates in the reader's locale.
 */
import { heading, paragraph, table, tableRow, text } from '@atlaskit/adf-utils/builders';
import type { MacroRisksResult } from '../../contract';
import type { ViewerFormat } from '../../format/viewer-format';
import type { AdfNode } from './adf-node';
import { cell, headerCell, issueLink, lozenge, plain, type LozengeColour } from './adf-inline';

const CATEGORY_COLOUR: Record<MacroRisksResult['topRisks'][number]['statusCategory'], LozengeColour> = { todo: 'neutral', inProgress: 'blue', done: 'green' };
const RATINGS = [1, 2, 3, 4, 5] as const;

function heatMapTable(result: MacroRisksResult, f: ViewerFormat): AdfNode {
  const header = tableRow([headerCell('Probability \\ impact'), ...RATINGS.map((i) => headerCell(f.number(i)))]);
  const rows = [...RATINGS].reverse().map((p) =>
    tableRow([cell(plain(`P${f.number(p)}`)), ...RATINGS.map((i) => cell(plain(f.number(result.heatMap.cells[p - 1]?.[i - 1] ?? 0))))]),
  );
  return table(header, ...rows);
}

/** What the days column is, under the table. */
function daysNote(days: NonNullable<MacroRisksResult['scheduleDays']>, f: ViewerFormat): string {
  if (days.state === 'computing') return "Days added at P80: this large project's forecast is being computed; the days follow once it is stored.";
  return `Days added at P80: working days the forecast's 80% finish moves with the risk against the same ${f.number(days.iterations)} simulated plans without it; "not measured" for a risk linked to no open work, or not among those weighing most, which the forecast measures.`;
}

export function risksMacroBody(result: MacroRisksResult, baseUrl: string, f: ViewerFormat): AdfNode[] {
  const summary = paragraph(
    text(`${result.scope.label}: ${f.number(result.openCount)} open of ${f.number(result.riskCount)} risks, ${f.number(result.derivedCount)} schedule risks from the plan, as of ${f.date(result.asOf)}.`),
  );
  const score = (value: number | null) => plain(value === null ? 'not rated' : f.number(value, 2));
  const days = result.scheduleDays;
  const daysCell = (value: number | null | undefined) => cell(plain(days?.state === 'computing' ? 'being computed' : value === null || value === undefined ? 'not measured' : f.number(value, 1)));
  const top =
    result.topRisks.length === 0
      ? paragraph(text('No open risks.'))
      : table(
          tableRow([headerCell('Risk'), headerCell('Owner'), headerCell('Status'), headerCell('Score'), headerCell('Weighted score'), ...(days ? [headerCell('Days added at P80')] : [])]),
          ...result.topRisks.map((risk) =>
            tableRow([
              cell([issueLink(baseUrl, risk.key), ...plain(` ${risk.summary}`)]),
              cell(plain(risk.owner ?? 'No owner')),
              cell([lozenge(risk.status, CATEGORY_COLOUR[risk.statusCategory], `keel-risk-status-${risk.key}`)]),
              cell(score(risk.score)),
              cell([...score(risk.weightedScore), ...plain(risk.criticalWork ? ' (linked to critical work)' : '')]),
              ...(days ? [daysCell(risk.daysAddedAtP80)] : []),
            ]),
          ),
        );
  const nodes: AdfNode[] = [summary, heading({ level: 3 })(text('Top open risks')), top];
  if (days && result.topRisks.length > 0) nodes.push(paragraph(text(daysNote(days, f))));
  if (result.scale === 'oneToFive') nodes.push(heading({ level: 3 })(text('Heat map of open risks (inherent)')), heatMapTable(result, f));
  return nodes;
}
