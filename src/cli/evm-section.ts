/**
 * The `evm` section of `keel analyze` (documented in the README): every earned-value figure as of `--as-of`,
 * the baseline used and the time series. It reuses the scope and schedule `analyze` has already loaded, and
 * reads all history (the CLI has no per-invocation fetch limit).
 */
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import type { EvmResult, ScheduleResult } from '../contract';
import { currentBaseline } from '../use-cases/evm-baseline';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import { getEvm } from '../use-cases/get-evm';
import type { Scope, ScopePorts } from '../use-cases/load-scope';

export type EvmSection = Omit<EvmResult, 'project' | 'scopeJql' | 'asOf'>;

export async function evmSection(
  ports: ScopePorts,
  scope: Scope,
  schedule: ScheduleResult,
  input: { asOf: string; baseline: string; baselines: BaselineKvs | null },
): Promise<EvmSection> {
  const { asOf } = input;
  const jira = jiraEvmPorts(ports, {
    projectKey: scope.project.key,
    asOf,
    maxIssues: 100_000,
    fetchLimit: Number.POSITIVE_INFINITY,
    ...(input.baselines ? { baselines: input.baselines } : {}),
  });
  const { project: _project, scopeJql: _jql, asOf: _asOf, ...section } = await getEvm(
    { ...jira, loadScope: () => Promise.resolve(scope), currentBaseline: (s) => Promise.resolve(currentBaseline(s, schedule)) },
    { asOf, baseline: input.baseline },
  );
  return section;
}
