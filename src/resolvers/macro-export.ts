/**
 * The macros' `adfExport` functions (manifest.yml): when Confluence exports a page to PDF or Word, each Keel
 * macro gives its current content as ADF, built by the publishing builders (raci-adf.ts, decision-log-adf.ts)
 * and the macros' own (risks-macro-adf.ts, evm-macro-adf.ts). As the live macros, it reads Jira as the person
 * exporting (asUser), never as the app; numbers and dates are written in their locale and time zone.
 * A macro without a project or JQL, or whose Jira cannot be read, exports a paragraph saying so.
 */
import { heading, paragraph, strong, text } from '@atlaskit/adf-utils/builders';
import { z } from 'zod';
import { AppError } from '../app-error';
import { macroPayload } from '../contract';
import { decisionLogBody } from '../adapters/confluence/decision-log-adf';
import type { AdfDoc, AdfNode } from '../adapters/confluence/adf-node';
import { assertValidAdf } from '../adapters/confluence/adf-validation';
import { evmMacroBody } from '../adapters/confluence/evm-macro-adf';
import { raciBody } from '../adapters/confluence/raci-adf';
import { decisionsLeftOut } from '../domain/decisions/decisions-left-out';
import { risksMacroBody } from '../adapters/confluence/risks-macro-adf';
import { viewerFormat, type ViewerFormat } from '../format/viewer-format';
import { getDecisionsMacro } from '../use-cases/get-decisions-macro';
import { getRaciMacro } from '../use-cases/get-raci-macro';
import { getRisksMacro } from '../use-cases/get-risks-macro';
import type { ReportScopeInput } from '../use-cases/report-scope';
import { today } from './forge-ports';
import { asViewer, readersEvmMacro, risksMacroPorts, scopeOf } from './macro-resolvers';
import { reportPorts } from './report-ports';

export type ExportedMacro = 'raci' | 'decisions' | 'risks' | 'evm';

const TITLE: Record<ExportedMacro, string> = { raci: 'RACI', decisions: 'Decision log', risks: 'Risk register', evm: 'Earned value' };

/** What Forge sends an `adfExport` function: the export type and the macro's config, with the context. */
const exportEvent = z.looseObject({
  exportType: z.string().optional(),
  extensionPayload: z.looseObject({ config: z.unknown().optional(), exportType: z.string().optional() }).optional(),
  context: z
    .looseObject({
      siteUrl: z.string().optional(),
      locale: z.string().optional(),
      timezone: z.string().optional(),
      extension: z.looseObject({ config: z.unknown().optional() }).optional(),
    })
    .optional(),
});

interface ExportInput {
  scope: ReportScopeInput;
  asOf: string;
  baseUrl: string;
  format: ViewerFormat;
}

async function contentOf(kind: ExportedMacro, input: ExportInput): Promise<AdfNode[]> {
  const { scope, asOf, baseUrl, format } = input;
  switch (kind) {
    case 'raci':
      return raciBody(await asViewer((viewerJira) => getRaciMacro({ ...reportPorts(), viewerJira }, scope)), baseUrl);
    case 'decisions': {
      const log = await asViewer((viewerJira) => getDecisionsMacro({ ...reportPorts(), viewerJira }, scope));
      const leftOut = log.truncatedAt === null ? [] : [paragraph(text(decisionsLeftOut(log.truncatedAt, format.number)))];
      return [...leftOut, ...decisionLogBody(log, baseUrl, [], format)];
    }
    case 'risks':
      return risksMacroBody(await asViewer((viewerJira) => getRisksMacro(risksMacroPorts(viewerJira), { ...scope, asOf })), baseUrl, format);
    case 'evm':
      return evmMacroBody(await asViewer((viewerJira) => readersEvmMacro(viewerJira, scope, asOf)), format);
  }
}

const doc = (content: AdfNode[]): AdfDoc => ({ type: 'doc', version: 1, content });
const notice = (title: string, message: string): AdfDoc => doc([paragraph(strong(`${title}: `), text(message))]);

/** The `adfExport` handler of one macro kind. */
export function macroExport(kind: ExportedMacro): (event: unknown) => Promise<AdfDoc> {
  return async (event) => {
    const title = `Keel ${TITLE[kind].toLowerCase()}`;
    const parsed = exportEvent.safeParse(event);
    const data = parsed.success ? parsed.data : {};
    const config = data.extensionPayload?.config ?? data.context?.extension?.config;
    const payload = z.safeParse(macroPayload, config ?? {});
    if (!payload.success) return notice(title, 'this macro has no Jira project or JQL filter yet. Edit the macro on the page to choose one.');
    const scope = scopeOf(payload.data);
    try {
      const content = await contentOf(kind, {
        scope,
        asOf: today(data.context?.timezone),
        baseUrl: (data.context?.siteUrl ?? '').replace(/\/+$/, ''),
        format: viewerFormat({ locale: data.context?.locale, timeZone: data.context?.timezone }),
      });
      const label = payload.data.projectKey ?? payload.data.jql ?? '';
      const exported = doc([heading({ level: 2 })(text(`${TITLE[kind]}: ${label}`)), ...content]);
      assertValidAdf(exported, `the ${TITLE[kind].toLowerCase()} macro's export`);
      return exported;
    } catch (error) {
      if (error instanceof AppError) return notice(title, error.message);
      console.error(`Keel ${kind} macro export failed unexpectedly: ${error instanceof Error ? `${error.name}: ${error.message}` : typeof error}`);
      throw error;
    }
  };
}

export const raciMacroExport = macroExport('raci');
export const decisionLogMacroExport = macroExport('decisions');
export const riskRegisterMacroExport = macroExport('risks');
export const evmMacroExport = macroExport('evm');
