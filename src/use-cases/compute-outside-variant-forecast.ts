/**
 * The forecast of a variant of a large project's stored schedule without some outside projects' linked work
 * (issue #11; compute-outside-variant.ts), in its own consumer invocation after the variant's schedule is stored,
 * as the app's forecast follows its analysis (refresh-stored-forecast.ts): over the same items, with the linked
 * issues stored with the generation; the register's risks are read as the app, as for the app's forecast (risks
 * under a level left out for a variant without levels). Stored under the variant's key.
 */
import { loadAnalysisManifest } from '../adapters/storage/analysis-store';
import { outsideVariantKey, type OutsideVariant } from '../adapters/storage/outside-variants';
import { loadStoredForecast, saveForecastRun, saveStoredForecast } from '../adapters/storage/stored-forecast';
import { backgroundIterations } from '../domain/forecast/background-iterations';
import { RISK_ITERATIONS } from '../domain/forecast/schedule-forecast';
import type { OutsideVariantOutcome, OutsideVariantPorts } from './compute-outside-variant';
import { variantScope } from './compute-outside-variant';
import { RISKS_MEASURED, storableForecastOfScope } from './get-forecast';

export async function computeOutsideVariantForecast(ports: OutsideVariantPorts, input: { projectKey: string; variant: OutsideVariant }): Promise<OutsideVariantOutcome> {
  const { projectKey, variant } = input;
  const key = outsideVariantKey(projectKey, variant);
  const variantManifest = await loadAnalysisManifest(ports.store, key);
  if ((await loadAnalysisManifest(ports.store, projectKey))?.generation !== variant.generation || variantManifest?.generation !== variant.generation) return 'superseded';
  if ((await loadStoredForecast(ports.store, key))?.generation === variant.generation) return 'not-needed';
  const read = await variantScope(ports, projectKey, variant);
  if (read === null) return 'superseded';
  const { scope } = read;
  const { items, settings } = scope;
  const links = items.reduce((n, i) => n + i.links.length, 0) / 2;
  const fit = backgroundIterations({ issues: items.length, links }, { iterations: settings.forecast.iterations, riskRuns: RISKS_MEASURED, riskIterations: RISK_ITERATIONS });
  const request = { asOf: variantManifest.index?.asOf ?? ports.now().slice(0, 10), issueLimit: Number.MAX_SAFE_INTEGER, iterations: fit.iterations, riskRuns: fit.riskRuns };
  const appPorts = { viewerJira: ports.appJira, appJira: null, loadSettings: ports.loadSettings };
  const forecast = await storableForecastOfScope(appPorts, scope, request, variant.withoutLevels ? { keep: [], heard: () => undefined } : undefined);
  await saveStoredForecast(ports.store, key, variant.generation, forecast);
  // Its run is over (queue-variant-forecast.ts).
  await saveForecastRun(ports.store, key, null);
  return 'stored';
}
