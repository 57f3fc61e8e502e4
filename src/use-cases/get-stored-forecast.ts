/**
 * The forecast of a project above the background threshold (issue #15; DESIGN.md section 5), from the one the
 * consumer stored with the analysis (refresh-stored-forecast.ts, stored-forecast-state.ts), never computed in the
 * call. Cut to the viewer as the stored schedule is: the variant without security levels for a viewer outside a
 * level, and every issue, risk and finding key they may not browse left out (counted in `hiddenIssues`, never
 * named). A target typed in is read off the stored finish curve. `forecast/criticality` and `forecast/issue`
 * check only the keys they answer for, so the issue panel spends a fetch or two, not a listing of the scope.
 */
import type { ForecastAnswer, ForecastCriticality, ForecastProgress, IssueForecast, StoredForecast } from '../contract/forecast';
import { FORECAST_ISSUE_LIMIT } from '../contract/forecast';
import { targetOf } from './forecast-target';
import { keysViewerMayBrowse } from './keys-viewer-may-browse';
import { listedKeys, type LargeScope } from './large-scope';
import { storedFiguresState, storedForecastState, type ForecastBackgroundPorts, type StoredForecastState } from './stored-forecast-state';

type Ready = Extract<StoredForecastState, { ready: true }>;
const projectOf = (key: string): string => key.slice(0, key.lastIndexOf('-'));

/** Of `keys`, those the viewer may browse: a whole-project viewer every key of the project; `listAll` lists the scope once. */
async function visibleAmong(ports: ForecastBackgroundPorts, scope: LargeScope, ready: Pick<Ready, 'choice'>, keys: readonly string[], listAll: boolean): Promise<Set<string>> {
  const wholeProject = ready.choice.use === 'all' && ready.choice.wholeProject;
  const visible = new Set(wholeProject ? keys.filter((k) => projectOf(k) === scope.project.key) : []);
  if (!wholeProject && listAll) for (const key of await listedKeys(ports, scope.jql)) visible.add(key);
  const others = [...new Set(keys)].filter((k) => !visible.has(k)).map((key) => ({ key, projectKey: projectOf(key) }));
  for (const key of await keysViewerMayBrowse(ports, others)) visible.add(key);
  return visible;
}

/** Every key a stored forecast names: its issues, its risks and the issues they strike, its findings' issues. */
function keysNamed(forecast: StoredForecast): string[] {
  return [...forecast.issues.map((i) => i.key), ...forecast.risks.flatMap((r) => [r.key, ...r.issueKeys]), ...forecast.findings.flatMap((f) => f.issueKeys)];
}

export async function getStoredForecast(ports: ForecastBackgroundPorts, scope: LargeScope, request: { asOf: string; targetDate?: string }): Promise<ForecastAnswer> {
  const state = await storedForecastState(ports, scope, request.asOf);
  const head = { project: { key: scope.project.key, name: scope.project.name }, scopeJql: scope.jql, asOf: request.asOf };
  if (!state.ready) return { ...head, pending: state.pending };
  const { forecast } = state;
  const visible = await visibleAmong(ports, scope, state, keysNamed(forecast), true);
  const seen = (key: string) => visible.has(key);
  const issues = forecast.issues.filter((i) => seen(i.key));
  const { target, findings } = targetOf(forecast, request.targetDate, request.asOf);
  const { curve: _curve, ...result } = forecast;
  return {
    ...result,
    ...head,
    target,
    issues: issues.slice(0, FORECAST_ISSUE_LIMIT),
    issueCount: issues.length,
    risks: forecast.risks.filter((r) => seen(r.key)).map((r) => ({ ...r, issueKeys: r.issueKeys.filter(seen) })),
    findings: findings.map((f) => ({ ...f, issueKeys: f.issueKeys.filter(seen) })),
    stored: { computedAt: state.manifest.computedAt, refreshing: state.refreshing, hiddenIssues: forecast.issues.length - issues.length },
  };
}

/**
 * The criticality of `keys` (checked one by one as the viewer), else of the most critical issues the viewer may
 * browse (the scope listed once), and the risks' days at P80. The figures come from the forecast's criticality
 * index where it has one (stored-criticality-figures.ts), not the whole forecast: the buckets of `keys`, else every
 * bucket (the figures alone: at 10,000 issues 8 chunks of ~40 KB, where the whole forecast is 6 chunks, 1.1 MB).
 * A viewer outside a security level is answered from the forecast of the schedule without those issues.
 */
export async function storedCriticality(ports: ForecastBackgroundPorts, scope: LargeScope, request: { asOf: string; keys?: readonly string[] }): Promise<ForecastCriticality> {
  const { keys } = request;
  const state = await storedFiguresState(ports, scope, request.asOf);
  if (!state.ready) return notReady(state.pending);
  const { forecast: figures } = state;
  const { issues, risks } = await (keys === undefined ? figures.every() : figures.among(keys));
  const visible = await visibleAmong(ports, scope, state, [...issues.map((i) => i.key), ...risks.map((r) => r.key)], keys === undefined);
  return {
    iterations: figures.iterations,
    samplingError: figures.samplingError,
    computedAt: state.manifest.computedAt,
    issues: issues.filter((i) => visible.has(i.key)).slice(0, FORECAST_ISSUE_LIMIT),
    risks: risks.filter((r) => visible.has(r.key)),
    pending: null,
  };
}

const notReady = (pending: ForecastProgress): ForecastCriticality => ({ iterations: pending.iterations, samplingError: 0, computedAt: null, issues: [], risks: [], pending });

/** The issue panel's issue: its criticality from the stored forecast, when the viewer may browse it. */
export async function storedIssueForecast(ports: ForecastBackgroundPorts, scope: LargeScope, request: { asOf: string; issueKey: string }): Promise<IssueForecast> {
  const figures = await storedCriticality(ports, scope, { asOf: request.asOf, keys: [request.issueKey] });
  return {
    issueKey: request.issueKey,
    iterations: figures.iterations,
    samplingError: figures.samplingError,
    criticality: figures.issues[0] ?? null,
    computedAt: figures.computedAt,
    pending: figures.pending,
  };
}
