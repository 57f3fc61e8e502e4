/** How the Resources tab writes its figures: "32 h of 40 h", "waits for Noor Haddad (held by PAY-12)". */
import type { LoadCellView, WaitsForView } from '@contract';

export type LoadPlan = 'cpm' | 'levelled';

export const hoursText = (hours: number): string => `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;

export const loadOf = (cell: LoadCellView, plan: LoadPlan): number => (plan === 'cpm' ? cell.cpmHours : cell.levelledHours);

export const issuesOf = (cell: LoadCellView, plan: LoadPlan): { keys: string[]; count: number } =>
  plan === 'cpm' ? { keys: cell.cpmIssues, count: cell.cpmIssueCount } : { keys: cell.levelledIssues, count: cell.levelledIssueCount };

/** The cell's band: over capacity, near it (80% or more), some load, none. Matches resource-load.ts's tolerance. */
export function loadBand(load: number, capacity: number): 'over' | 'high' | 'some' | 'none' {
  if (load > capacity + 1e-6) return 'over';
  if (load <= 0) return 'none';
  return load >= 0.8 * capacity ? 'high' : 'some';
}

export function waitsForText(wait: WaitsForView): string {
  switch (wait.kind) {
    case 'start':
      return 'nothing: starts as early as its links allow';
    case 'fixed':
      return 'nothing: done or fixed dates';
    case 'predecessor':
      return `its predecessor ${wait.key}`;
    case 'resource':
      return wait.holder === null ? `${wait.resource} (away or not yet available)` : `${wait.resource}, busy with ${wait.holder}`;
  }
}

export const daysText = (days: number): string => `${Number.isInteger(days) ? days : days.toFixed(2)} working day${days === 1 ? '' : 's'}`;
