/** The body of Keel's section for each artefact, given the site's URL and what the section held before. */
import type { PublishArtefact } from '../../contract';
import type { DecisionLog } from '../../domain/decisions/decision-log';
import type { RaciMatrix } from '../../domain/raci/raci-matrix';
import type { ViewerFormat } from '../../format/viewer-format';
import type { AdfNode } from './adf-node';
import { decisionLogBody } from './decision-log-adf';
import { keptDecisions } from './kept-decisions';
import { raciBody } from './raci-adf';
import { statusReportBody, type StatusReportContent } from './status-report-adf';

export type ArtefactContent = { artefact: 'raci'; matrix: RaciMatrix } | { artefact: 'decisions'; log: DecisionLog } | StatusReportContent;

const TITLE: Record<PublishArtefact, string> = { raci: 'RACI', decisions: 'Decision log', status: 'Status report' };

/** The page's title: "RACI: Payments (PAY)"; a dated report's "Status report: Payments (PAY), 2026-11-16". */
export function artefactTitle(artefact: PublishArtefact, projectLabel: string, date?: string): string {
  return `${TITLE[artefact]}: ${projectLabel}${date === undefined ? '' : `, ${date}`}`;
}

/** `format`: the publisher's locale and time zone, the dates' (the RACI matrix has none). */
export function artefactBody(content: ArtefactContent, siteUrl: string, oldSection: readonly AdfNode[], format?: ViewerFormat): AdfNode[] {
  if (content.artefact === 'raci') return raciBody(content.matrix, siteUrl);
  if (content.artefact === 'status') return statusReportBody(content, siteUrl, format);
  const keys = new Set(content.log.decisions.map((d) => d.key));
  return decisionLogBody(content.log, siteUrl, keptDecisions(oldSection, keys), format);
}
