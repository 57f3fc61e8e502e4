/**
 * `keel analyze`: the same use cases the app runs, against a snapshot in-process or a site over HTTPS.
 * The JSON is stable and documented in the README; later analyses add their own top-level sections.
 */
import type { OverviewResult } from '../contract';
import { forecastOfScope } from '../use-cases/get-forecast';
import { overviewOfScope } from '../use-cases/get-overview';
import { risksOfScope } from '../use-cases/get-risks';
import { scheduleOfScope } from '../use-cases/get-schedule';
import { levelledOfScope } from '../use-cases/get-levelled';
import { loadScope } from '../use-cases/load-scope';
import { cliScopePorts } from './cli-scope-ports';
import { evmSection, type EvmSection } from './evm-section';
import { forecastSection, type ForecastSection } from './forecast-section';
import { kvsFileBaselines } from './kvs-file-baselines';
import { loadSettingsFile } from './load-settings-file';
import type { Command } from './parse-args';
import { risksSection, type RisksSection } from './risks-section';
import { reportSections, type DecisionsSection, type RaciSection } from './report-sections';
import { levelledSection, type LevelledSection } from './levelled-section';
import { scheduleSection, type ScheduleSection } from './schedule-section';

export const ANALYSIS_SCHEMA_VERSION = 1;

export interface Analysis {
  schemaVersion: number;
  source: { kind: 'snapshot'; file: string } | { kind: 'site'; url: string };
  viewer: string;
  project: OverviewResult['project'];
  asOf: string;
  scopeJql: string;
  overview: Omit<OverviewResult, 'project' | 'asOf' | 'scopeJql'>;
  schedule: ScheduleSection;
  /** The resource-levelled schedule over the assignees (the settings file's resources: people's availability and time off, pools, level options). */
  levelled: LevelledSection;
  /** Earned value against `--baseline` (default `current`; a named one from the sandbox storage of `--kvs-file`). */
  evm: EvmSection;
  /** The risk register: every risk with its scores, derived schedule risks with evidence, heat-map counts. */
  risks: RisksSection;
  /** The RACI matrix: deliverables, people, their roles and the findings. */
  raci: RaciSection;
  /** The decision log, newest first, with its findings. */
  decisions: DecisionsSection;
  /** The probabilistic forecast with the settings' target, iterations and seed (issue #15). */
  forecast: ForecastSection;
}

export async function analyze(command: Extract<Command, { name: 'analyze' }>, today: string): Promise<Analysis> {
  const settings = await loadSettingsFile(command.settingsFile);
  const { source } = command;
  const { ports: scopePorts, viewerName } = await cliScopePorts(source, settings);
  const asOf = command.asOf ?? today;
  const scope = await loadScope(scopePorts, command.projectKey, 100_000);
  const { project, scopeJql, asOf: _asOf, ...overview } = overviewOfScope(scope, asOf);
  const schedule = await scheduleOfScope(scopePorts, scope, asOf);
  return {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    source: source.kind === 'snapshot' ? { kind: 'snapshot', file: source.file } : { kind: 'site', url: source.url },
    viewer: viewerName,
    project,
    asOf,
    scopeJql,
    overview,
    schedule: scheduleSection(schedule),
    levelled: levelledSection(await levelledOfScope(scopePorts, scope, asOf, levellingBudget())),
    evm: await evmSection(scopePorts, scope, schedule, {
      asOf,
      baseline: command.baseline,
      baselines: command.kvsFile === null ? null : kvsFileBaselines(command.kvsFile),
    }),
    risks: risksSection(await risksOfScope(scopePorts, scope, schedule)),
    ...(await reportSections(scopePorts, command.projectKey)),
    forecast: forecastSection(await forecastOfScope(scopePorts, scope, { asOf })),
  };
}

/** The levelling search stops after 2 s of the caller's clock (the domain reads none). */
function levellingBudget(): { deadline: () => boolean } {
  const began = performance.now();
  return { deadline: () => performance.now() - began >= 2000 };
}
