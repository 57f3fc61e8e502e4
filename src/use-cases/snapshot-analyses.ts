/**
 * The Earned value and Risks answers a daily snapshot is made from, computed as the app but from the project's
 * own issues only. A snapshot is shown to everyone who may browse the project, so it may hold nothing they could
 * not see: the app would also see linked issues in projects they may not browse (a PAY issue that waits on a SEC
 * issue nobody can open would move PAY's planned dates, and so its PV). Cross-project links are therefore left
 * out, exactly as they are for a reader who may browse only this project.
 */
import type { EvmResult, RiskRegisterResult } from '../contract';
import type { EvmPorts } from './evm-ports';
import { getEvm } from './get-evm';
import { risksOfScope } from './get-risks';
import { scheduleOfScope } from './get-schedule';
import { loadScope, type Scope, type ScopePorts } from './load-scope';

/** The scope without issues of other projects and without links to them; hidden links are then not counted. */
export function projectOnlyScope(scope: Scope): Scope {
  const own = scope.project.key;
  const items = scope.items.filter((i) => i.projectKey === own).map((i) => ({ ...i, links: i.links.filter((l) => l.otherProjectKey === own) }));
  return { ...scope, items, hiddenLinks: null };
}

/** `ports` as for `evm/get` (the same fetch budget for history, so the same figures as a one-project reader's). */
export function snapshotEvm(ports: EvmPorts, asOf: string): Promise<EvmResult> {
  return getEvm({ ...ports, loadScope: async () => projectOnlyScope(await ports.loadScope()) }, { asOf });
}

export async function snapshotRisks(ports: ScopePorts, projectKey: string, asOf: string): Promise<RiskRegisterResult> {
  // Hidden links are not counted here, so the app-level link read would only spend fetches.
  const scope = projectOnlyScope(await loadScope({ ...ports, appJira: null }, projectKey));
  return risksOfScope(ports, scope, await scheduleOfScope(ports, scope, asOf));
}
