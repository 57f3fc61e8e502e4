/**
 * The Earned value and Risks answers a daily snapshot is made from, computed as the app but from the project's
 * own issues only. A snapshot is shown to everyone who may browse the project, so it may hold nothing they could
 * not see: the app would also see linked issues in projects they may not browse (a PAY issue that waits on a SEC
 * issue nobody can open would move PAY's planned dates, and so its PV). Cross-project links are therefore left
 * out, exactly as they are for a reader who may browse only this project.
 * Issues under an issue security level are left out the same way, with the links to them, unless `levels`
 * keeps their level: each variant of a snapshot (level-variants.ts) is what a viewer in exactly those levels
 * would see. `levels` null keeps every level (the app's own view); `seen` hears which levels the scope uses.
 */
import type { EvmResult, RiskRegisterResult } from '../contract';
import type { EvmPorts } from './evm-ports';
import { getEvm } from './get-evm';
import { risksOfScope } from './get-risks';
import { scheduleOfScope } from './get-schedule';
import { loadScope, type Scope, type ScopePorts } from './load-scope';
import { itemsWithoutLevels } from './without-levels';

/** Which levels a snapshot keeps (null: all) and who hears the levels its scope uses. */
export interface SnapshotLevels {
  levels: readonly string[] | null;
  seen: (levels: string[]) => void;
}

/**
 * The scope without issues of other projects, nor issues under a level `levels` does not keep (null: keep
 * all), nor links to either; hidden links are then not counted.
 */
export function projectOnlyScope(scope: Scope, levels: readonly string[] | null = null): Scope {
  const own = scope.project.key;
  const items = scope.items.filter((i) => i.projectKey === own).map((i) => ({ ...i, links: i.links.filter((l) => l.otherProjectKey === own) }));
  return { ...scope, items: levels === null ? items : itemsWithoutLevels(items, scope.securityLevels ?? new Map<string, string>(), levels), hiddenLinks: null };
}

/** The levels the scope's own issues are under, sorted. */
export function scopeLevels(scope: Scope): string[] {
  const own = new Set(scope.items.filter((i) => i.projectKey === scope.project.key).map((i) => i.key));
  return [...new Set([...(scope.securityLevels ?? new Map<string, string>())].filter(([key]) => own.has(key)).map(([, level]) => level))].sort();
}

/** `ports` as for `evm/get` (the same fetch budget for history, so the same figures as a one-project reader's). */
export function snapshotEvm(ports: EvmPorts, asOf: string, variant: SnapshotLevels): Promise<EvmResult> {
  let levelled: ReadonlyMap<string, string> = new Map();
  const loadScope = async () => {
    const scope = await ports.loadScope();
    variant.seen(scopeLevels(scope));
    levelled = scope.securityLevels ?? levelled;
    return projectOnlyScope(scope, variant.levels);
  };
  // A stored baseline's entries under a level the variant leaves out are neither unseen nor its start (baseline-for-viewer.ts).
  const securedKeys = (keys: readonly string[]) => Promise.resolve(new Set(keys.filter((key) => levelled.has(key))));
  return getEvm({ ...ports, loadScope, securedKeys }, { asOf });
}

export async function snapshotRisks(ports: ScopePorts, projectKey: string, asOf: string, variant: SnapshotLevels): Promise<RiskRegisterResult> {
  // Hidden links are not counted here, so the app-level link read would only spend fetches.
  const read = await loadScope({ ...ports, appJira: null }, projectKey);
  const scope = projectOnlyScope(read, variant.levels);
  // The register reads the risks by project and type, not from the scope: their levels count as the scope's do.
  let riskLevels: string[] = [];
  const register = await risksOfScope(ports, scope, await scheduleOfScope(ports, scope, asOf), { keep: variant.levels, heard: (levels) => (riskLevels = levels) });
  variant.seen([...new Set([...scopeLevels(read), ...riskLevels])].sort());
  return register;
}
