/**
 * The `keel-analysis` consumer's forecast step (issue #15; DESIGN.md section 5): after a large project's analysis
 * is stored, one more event runs the Monte Carlo forecast over the same stored issues AS THE APP, in its own
 * invocation (900 s, its own 100 fetches: the linked issues outside the scope and the register's risks are
 * read again), and stores it under the analysis's generation (stored-forecast.ts). When the scope uses issue
 * security levels, the forecast without any issue or risk under one is stored first, for viewers outside a
 * level, as the schedule is. Nobody sees it as it is: `forecast/get` cuts it to what each viewer may browse
 * (get-stored-forecast.ts). An event for a generation no longer current does nothing: the newer analysis
 * queues its own.
 */
import { fetchProject } from '../adapters/jira/fetch-project';
import { workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { ProductRequest } from '../adapters/product-request';
import { loadAnalysisSecurity, withoutLevelsKey } from '../adapters/storage/analysis-security';
import { loadAnalysisIssues, loadAnalysisManifest, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadStoredForecast, saveForecastRun, saveStoredForecast } from '../adapters/storage/stored-forecast';
import type { Settings } from '../config/settings';
import { scopeJql } from '../config/scope-jql';
import type { StoredForecast } from '../contract/forecast';
import { backgroundIterations } from '../domain/forecast/background-iterations';
import { RISK_ITERATIONS } from '../domain/forecast/schedule-forecast';
import { RISKS_MEASURED } from './get-forecast';
import { storedForecastOnce } from './stored-forecast-once';
import type { Scope } from './load-scope';
import { itemsWithoutLevels } from './without-levels';

export interface ForecastRefreshPorts {
  appJira: ProductRequest;
  loadSettings: (projectKey: string) => Promise<Settings>;
  store: AnalysisKvs;
  now: () => string;
}

export type ForecastRefreshOutcome = 'stored' | 'superseded' | 'not-needed';

export async function refreshStoredForecast(ports: ForecastRefreshPorts, input: { projectKey: string; generation: string; asOf: string }): Promise<ForecastRefreshOutcome> {
  const { projectKey, generation } = input;
  const manifest = await loadAnalysisManifest(ports.store, projectKey);
  if (manifest?.generation !== generation) return 'superseded';
  if ((await loadStoredForecast(ports.store, projectKey))?.generation === generation) return 'not-needed';
  const stored = await loadAnalysisIssues(ports.store, projectKey);
  if (stored?.manifest.generation !== generation) return 'superseded';
  const settings = await ports.loadSettings(projectKey);
  const project = await fetchProject(ports.appJira, projectKey);
  const jql = scopeJql(settings, project.key);
  const items = stored.issues.map((issue) => workItemFromIssue(issue, settings));
  const levelOf = new Map(stored.issues.flatMap((i) => (i.fields.security ? [[i.key, i.fields.security.id] as const] : [])));
  const appPorts = { viewerJira: ports.appJira, appJira: null, loadSettings: ports.loadSettings };
  const scopeOf = (scoped: Scope['items']): Scope => ({ settings, project, jql, items: scoped, truncatedAt: null, hiddenLinks: null });
  // Within the consumer's 900 s (twice over when the scope uses levels): fewer iterations on a very large scope, said as a finding.
  const links = items.reduce((n, i) => n + i.links.length, 0) / 2;
  const wanted = settings.forecast.iterations;
  const fit = backgroundIterations({ issues: items.length * (levelOf.size > 0 ? 2 : 1), links: links * (levelOf.size > 0 ? 2 : 1) }, { iterations: wanted, riskRuns: RISKS_MEASURED, riskIterations: RISK_ITERATIONS });
  const request = { asOf: input.asOf, issueLimit: Number.MAX_SAFE_INTEGER, iterations: fit.iterations, riskRuns: fit.riskRuns };
  const capped = (forecast: StoredForecast): StoredForecast =>
    fit.iterations >= wanted && fit.riskRuns >= RISKS_MEASURED
      ? forecast
      : {
          ...forecast,
          findings: [
            ...forecast.findings.filter((f) => f.kind !== 'iterations-capped'),
            {
              kind: 'iterations-capped',
              title: `${wanted.toLocaleString('en')} iterations asked for: ran ${fit.iterations.toLocaleString('en')}, and measured ${fit.riskRuns} risks with and without`,
              advice: `This scope is too large for more within the background's 900 seconds; the sampling error shown is the one of ${fit.iterations.toLocaleString('en')} iterations. Narrow the scope JQL for a finer forecast.`,
              issueKeys: [],
            },
          ],
        };
  await saveForecastRun(ports.store, projectKey, { generation, stage: 'simulating', since: ports.now(), iterations: fit.iterations, issueCount: items.length });
  const outsideLevels = (await loadAnalysisSecurity(ports.store, projectKey))?.outsideLevels ?? [];
  if (levelOf.size > 0 || outsideLevels.length > 0) {
    // Risks under a level are left out with the issues, as a viewer outside every level reads the register; so is secured work outside the scope.
    const variant = withoutLevelsKey(projectKey);
    const save = (forecast: StoredForecast) => saveStoredForecast(ports.store, variant, generation, capped(forecast));
    await storedForecastOnce(ports.store, variant, appPorts, { ...scopeOf(itemsWithoutLevels(items, levelOf)), dropSecuredOutside: true }, request, save, { keep: [], heard: () => undefined });
  }
  // Simulated again only when what it reads changed (stored-forecast-once.ts).
  await storedForecastOnce(ports.store, projectKey, appPorts, scopeOf(items), request, (forecast) => saveStoredForecast(ports.store, projectKey, generation, capped(forecast)));
  await saveForecastRun(ports.store, projectKey, null);
  return 'stored';
}
