/**
 * The Earned value tab of a project above the background threshold (DESIGN.md section 5): the answer the
 * consumer stored with the analysis (store-evms.ts), never one computed in the call (at 10,000 issues that
 * needs more than Forge's 100 fetches), cut to the viewer as every stored answer is (stored-for-viewer.ts).
 * It is computed against the baseline the settings name; another baseline is refused with what to do. While
 * none is stored (or the viewer may not be shown it) every figure is 0 and `stored` says why: the tab shows
 * that note, never the zeros.
 */
import { AppError } from '../app-error';
import type { EvmResult } from '../contract';
import { loadStoredEvm } from '../adapters/storage/stored-evm';
import { evmFinding } from './evm-findings';
import { DEFAULT_BACKGROUND_ABOVE_ISSUES, type BackgroundSchedulePorts } from './get-project-schedule';
import type { LargeScope } from './large-scope';
import { storedForViewer } from './stored-for-viewer';

export async function getStoredEvm(ports: BackgroundSchedulePorts, scope: LargeScope, input: { asOf: string; baseline?: string | undefined }): Promise<EvmResult> {
  const read = await storedForViewer(ports, scope, input.asOf, (key) => loadStoredEvm(ports.store, key));
  if (read.state === 'not-ready') return { ...withheld(scope, input.asOf), stored: read.stored };
  const { evm } = read.value;
  if (input.baseline !== undefined && input.baseline !== evm.baseline.name) {
    throw new AppError(
      'BAD_REQUEST',
      `${scope.project.key} has more than ${(scope.settings.schedule.backgroundAboveIssues ?? DEFAULT_BACKGROUND_ABOVE_ISSUES).toLocaleString('en-US')} issues, so Keel computes its earned value in the background against the baseline its settings name ("${evm.baseline.name}"). To compare against "${input.baseline}", set it as the earned-value baseline in Keel's settings; the figures follow at the next refresh.`,
    );
  }
  const findings = read.partial ? [evmFinding('levels-left-out', []), ...evm.findings] : evm.findings;
  return { ...evm, findings, stored: read.stored };
}

const none = { cpi: null, budgetRate: null, cpiTimesSpi: null, bottomUp: null };

/** The answer's shape with no figure in it, for a tab that shows only the `stored` note. */
function withheld(scope: LargeScope, asOf: string): EvmResult {
  return {
    project: { key: scope.project.key, name: scope.project.name },
    scopeJql: scope.jql,
    asOf,
    currency: scope.settings.evm.currency,
    baseline: { name: scope.settings.evm.baseline, description: '' },
    method: { budget: '', percentComplete: '', actualCost: '' },
    period: scope.settings.evm.period,
    projectStart: asOf,
    figures: { bac: 0, pv: 0, ev: 0, ac: 0, sv: 0, cv: 0, spi: null, cpi: null, eac: none, etc: none, vac: none, tcpiBac: null, tcpiEac: none, percentComplete: null },
    earnedSchedule: { es: 0, at: 0, svt: 0, spit: null, plannedDuration: 0, plannedFinish: null, forecastDuration: null, forecastFinish: null },
    notDefined: [],
    series: [],
    epics: [],
    findings: [],
  };
}
