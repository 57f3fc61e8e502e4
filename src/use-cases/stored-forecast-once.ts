/**
 * The stored forecast of a new analysis (refresh-stored-forecast.ts), simulated only when what it simulates
 * changed. The linked issues outside the scope and the risks are read as before, then two fingerprints are compared
 * with those the stored forecast was simulated from: of the inputs as read (forecast-fingerprint.ts, with the
 * iterations and risk runs the background allows), and, when those differ, of the simulation's plan
 * (forecast-plan-fingerprint.ts: the network, durations, distributions and risk events the Monte Carlo runs read).
 * The inputs the same: the stored forecast is kept. The plan the same (an edit of a summary, an assignee, an epic's
 * own estimate): its figures are kept (kept-forecast.ts) and the rest of the answer made again, so the summaries
 * are the new ones. The simulation is seeded, so either gives what simulating again would, saving the consumer's
 * CPU. Otherwise it is simulated. The fingerprints are cleared before a new answer is stored and recorded after it:
 * a consumer stopped between the two leaves none, so the next one simulates again rather than keep an answer of other
 * inputs (even inputs that went back to the previous ones).
 */
import { loadStoredForecast } from '../adapters/storage/stored-forecast';
import { clearStoredForecastInputs, loadStoredForecastInputs, saveStoredForecastInputs } from '../adapters/storage/stored-forecast-inputs';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import type { StoredForecast } from '../contract/forecast';
import { mergedFindings } from '../domain/forecast/forecast-finding';
import { forecastOfPlan } from '../domain/forecast/schedule-forecast';
import { forecastFingerprint } from './forecast-fingerprint';
import { forecastPlanFingerprint } from './forecast-plan-fingerprint';
import { forecastInputsOfScope, forecastPlanOfInputs, storedForecastOf, type ForecastRequest } from './get-forecast';
import type { RiskLevels } from './get-risks';
import { keptForecast } from './kept-forecast';
import type { Scope, ScopePorts } from './load-scope';
import { settingsFingerprint } from './settings-fingerprint';

/** `simulated: false` with `kept: 'plan'` when only the simulation's figures were kept, the rest made again. */
export async function storedForecastOnce(
  store: AnalysisKvs,
  analysisKey: string,
  ports: ScopePorts,
  scope: Scope,
  request: Omit<ForecastRequest, 'projectKey'> & { issueLimit: number; iterations: number; riskRuns: number },
  save: (forecast: StoredForecast) => Promise<void>,
  levels?: RiskLevels,
): Promise<{ simulated: boolean; kept?: 'plan' }> {
  const inputs = await forecastInputsOfScope(ports, scope, request.asOf, levels);
  const settingsHash = settingsFingerprint(scope.settings);
  const fingerprint = forecastFingerprint({
    settingsHash,
    asOf: request.asOf,
    // The risk runs change what is measured: they are part of the key as the iterations are.
    iterations: request.iterations * 1000 + request.riskRuns,
    items: inputs.input.items,
    outside: inputs.outside,
    unreadable: [...inputs.unreadable],
    risks: inputs.records,
    levels: [],
  });
  const before = await loadStoredForecastInputs(store, analysisKey);
  if (before?.fingerprint === fingerprint) {
    const kept = await loadStoredForecast(store, analysisKey);
    if (kept !== null) {
      await save(kept.value);
      return { simulated: false };
    }
  }
  const plan = forecastPlanOfInputs(scope, inputs, request);
  const planPrint = forecastPlanFingerprint(plan, settingsHash);
  if (before !== null && before.plan === planPrint) {
    const stored = await loadStoredForecast(store, analysisKey);
    const figures = stored === null ? null : keptForecast(stored.value, mergedFindings(plan.findings));
    if (figures !== null) {
      await clearStoredForecastInputs(store, analysisKey);
      await save(storedForecastOf(scope, inputs, request, figures));
      await saveStoredForecastInputs(store, analysisKey, { fingerprint, plan: planPrint });
      return { simulated: false, kept: 'plan' };
    }
  }
  const forecast = storedForecastOf(scope, inputs, request, forecastOfPlan(plan));
  if (before !== null) await clearStoredForecastInputs(store, analysisKey);
  await save(forecast);
  await saveStoredForecastInputs(store, analysisKey, { fingerprint, plan: planPrint });
  return { simulated: true };
}
