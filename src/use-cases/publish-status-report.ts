/**
 * "Publish status report" (issue 16, item 7): the steering pack of one day, written as the person publishing into
 * a new dated Confluence page through the same no-clobber publishing as the RACI matrix and decision log
 * (publish-page.ts): the verdict and milestones (status/get's answer), the earned value figures and the S-curve
 * as a table, the top risks, the decisions since the last report and the RACI changes since the last report
 * (what the last report held is kept in storage). A page of an earlier day is never written again: each report
 * is a frozen record. Publishing twice on one day updates that day's page (Keel's section only).
 */
import { AppError } from '../app-error';
import { publishPage } from '../adapters/confluence/publish-page';
import type { PublishTargets } from '../adapters/confluence/publish-targets';
import type { StatusReportContent } from '../adapters/confluence/status-report-adf';
import type { ProductRequest } from '../adapters/product-request';
import type { KeyValueStore } from '../adapters/storage/settings-store';
import { loadLastStatusReport, saveLastStatusReport } from '../adapters/storage/status-report-store';
import type { EvmResult, PublishResult } from '../contract';
import { raciChanges, type RaciRowNames } from '../domain/raci/raci-changes';
import type { EvmPorts } from './evm-ports';
import { viewerFormat, type ViewerFormat } from '../format/viewer-format';
import { pageDate } from '../adapters/confluence/page-dates';
import { getDecisions } from './get-decisions';
import { getEvm } from './get-evm';
import { getRaci } from './get-raci';
import { getRisksMacro } from './get-risks-macro';
import { getStatus, type StatusPorts } from './get-status';
import type { ReportPorts } from './report-scope';

export interface StatusReportPorts {
  status: StatusPorts;
  report: ReportPorts;
  /** Earned value as the publisher, reading history with at most `fetchLimit` fetches. */
  evmPorts: (projectKey: string, fetchLimit: number) => EvmPorts;
  /** Product fetches this invocation may still make (Forge's 100); Infinity where there is no limit. */
  fetchesLeft: () => number;
  /** Confluence as the person publishing. */
  confluence: ProductRequest;
  targets: PublishTargets | null;
  store: KeyValueStore;
}

/** Fetches kept for publishing the page (space, parent, look-up, create, property) after earned value's history. */
const CONFLUENCE_RESERVE = 15;
/** Decisions a first report lists at most, newest first. */
const FIRST_REPORT_DECISIONS = 20;

/** The figures as the page writes them: amounts, ratios and dates in the publisher's locale (page-dates.ts). */
function evmContent(evm: EvmResult, format: ViewerFormat): NonNullable<StatusReportContent['evm']> {
  const money = (v: number | null) => (v === null ? 'not defined' : `${evm.currency} ${format.number(Math.round(v))}`);
  const ratio = (v: number | null) => (v === null ? 'not defined' : format.ratio(v));
  const day = (d: string | null, none: string) => (d === null ? none : pageDate(d, format));
  const f = evm.figures;
  const es = evm.earnedSchedule;
  return {
    currency: evm.currency,
    baseline: evm.baseline.name,
    figures: [
      ['Budget at completion (BAC)', money(f.bac)],
      ['Planned value (PV)', money(f.pv)],
      ['Earned value (EV)', money(f.ev)],
      ['Actual cost (AC)', money(f.ac)],
      ['Schedule variance (SV)', money(f.sv)],
      ['Cost variance (CV)', money(f.cv)],
      ['SPI', ratio(f.spi)],
      ['CPI', ratio(f.cpi)],
      ['Estimate at completion (BAC / CPI)', money(f.eac.cpi)],
      ['Earned schedule SPI(t)', ratio(es.spit)],
      ['Planned finish', day(es.plannedFinish, 'not known')],
      ['Earned schedule forecast finish', day(es.forecastFinish, 'not defined')],
    ],
    series: evm.series,
  };
}

export async function publishStatusReport(ports: StatusReportPorts, input: { projectKey: string; spaceKey: string; parentId: string | null; asOf: string; format?: ViewerFormat }): Promise<PublishResult> {
  const { projectKey, asOf } = input;
  const format = input.format ?? viewerFormat();
  const status = await getStatus(ports.status, { projectKey, asOf });
  if (status.status === 'computing') throw new AppError('CONFLICT', `The schedule of ${projectKey} is still being computed, so the report would have no dates: publish again in a few minutes.`);
  const risks = await getRisksMacro(ports.status, { projectKey, asOf });
  const raci = await getRaci(ports.report, { projectKey });
  const log = await getDecisions(ports.report, { projectKey, budget: Infinity });
  const last = await loadLastStatusReport(ports.store, projectKey);
  // A report already published today is today's page, updated: compare with the report before it.
  const previous = last === null ? null : last.date < asOf ? { date: last.date, raci: last.raci } : last.prior;

  let evm: StatusReportContent['evm'] = null;
  let evmProblem: string | null = null;
  try {
    evm = evmContent(await getEvm(ports.evmPorts(projectKey, Math.max(0, ports.fetchesLeft() - CONFLUENCE_RESERVE)), { asOf }), format);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    evmProblem = `Earned value could not be computed: ${error.message}`;
  }

  const rows: RaciRowNames[] = raci.rows.map((r) => ({ key: r.key, summary: r.summary, R: r.responsible.map((p) => p.displayName), A: r.accountable.map((p) => p.displayName), C: r.consulted.map((p) => p.displayName), I: r.informed.map((p) => p.displayName) }));
  const since = previous?.date ?? null;
  const decisions = log.decisions
    .filter((d) => since === null || d.date.slice(0, 10) > since)
    .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key))
    .slice(0, since === null ? FIRST_REPORT_DECISIONS : undefined)
    .map((d) => ({ key: d.key, title: d.title, statusName: d.statusName, date: d.date.slice(0, 10) }));
  const content: StatusReportContent = {
    artefact: 'status',
    date: asOf,
    previousDate: since,
    status,
    evm,
    evmProblem,
    topRisks: risks.topRisks,
    decisions,
    raciChanges: previous === null ? [] : raciChanges(previous.raci, rows),
  };
  const result = await publishPage(ports.confluence, {
    content,
    projectKey,
    projectLabel: `${status.project.name} (${status.project.key})`,
    spaceKey: input.spaceKey,
    parentId: input.parentId,
    // Never the last report's page: each day's report is its own page, found again only by its dated title.
    knownPageId: null,
    format,
  });
  await saveLastStatusReport(ports.store, projectKey, { date: asOf, pageId: result.pageId, raci: rows, prior: previous });
  await ports.targets?.set('status', projectKey, { spaceKey: result.spaceKey, parentId: input.parentId, pageId: result.pageId });
  return result;
}
