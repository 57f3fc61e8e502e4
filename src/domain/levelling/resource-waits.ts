/**
 * Why each activity of a levelled schedule starts when it does, the resource-driven chain (as Microsoft
 * Project's "Task Inspector" and P6's "driving resource" say it): at the start its links allow it starts, driven
 * by the predecessor whose link binds (or by the project start or status date); later, it waits for a resource,
 * held by the activity that occupies the resource in the first period the activity would otherwise clash (the one
 * finishing last), or by the resource's own calendar (time off) when no activity holds it. O(n x d x demands
 * + n x activities per resource).
 */
import type { CompiledProblem } from './compiled-problem';

export type Wait =
  | { kind: 'fixed' }
  | { kind: 'start' }
  | { kind: 'predecessor'; activity: number }
  | { kind: 'resource'; resource: number; holder: number | null };

const capacityAt = (p: CompiledProblem, r: number, tau: number): number => {
  const profile = p.profiles[r];
  return profile && tau < profile.length ? (profile[tau] ?? 0) : (p.capacity[r] ?? 0);
};

export function resourceWaits(p: CompiledProblem, start: Int32Array, makespan: number): Wait[] {
  const { n, duration, demStart, demResource, demUnits } = p;
  const used = Array.from(p.capacity, () => new Int32Array(Math.max(0, makespan) + 1));
  const holders: number[][] = Array.from(p.capacity, () => []);
  for (let v = 0; v < n; v++) {
    const s = start[v] ?? 0;
    for (let q = demStart[v] ?? 0; q < (demStart[v + 1] ?? 0); q++) {
      const r = demResource[q] ?? 0;
      holders[r]?.push(v);
      const u = used[r] ?? new Int32Array(0);
      for (let tau = Math.max(0, s); tau < s + (duration[v] ?? 0) && tau < u.length; tau++) u[tau] = (u[tau] ?? 0) + (demUnits[q] ?? 0);
    }
  }
  const own = (v: number, r: number, tau: number): number => {
    const s = start[v] ?? 0;
    let units = 0;
    for (let q = demStart[v] ?? 0; q < (demStart[v + 1] ?? 0); q++) if (demResource[q] === r && tau >= s && tau < s + (duration[v] ?? 0)) units += demUnits[q] ?? 0;
    return units;
  };
  const waits: Wait[] = [];
  for (let v = 0; v < n; v++) {
    if (p.fixed[v] === 1) {
      waits.push({ kind: 'fixed' });
      continue;
    }
    let es = p.floor[v] ?? 0;
    let driver = -1;
    for (let q = p.predStart[v] ?? 0; q < (p.predStart[v + 1] ?? 0); q++) {
      const bound = (start[p.predNode[q] ?? 0] ?? 0) + (p.predDelta[q] ?? 0);
      if (bound > es) [es, driver] = [bound, p.predNode[q] ?? 0];
    }
    const s = start[v] ?? 0;
    if (s <= es) {
      waits.push(driver < 0 ? { kind: 'start' } : { kind: 'predecessor', activity: driver });
      continue;
    }
    // One period earlier it would have clashed somewhere in its span: find where and with whom.
    let wait: Wait | null = null;
    const d = duration[v] ?? 0;
    for (let tau = s - 1; tau < s - 1 + d && wait === null; tau++) {
      for (let q = demStart[v] ?? 0; q < (demStart[v + 1] ?? 0) && wait === null; q++) {
        const r = demResource[q] ?? 0;
        const others = (used[r]?.[tau] ?? 0) - own(v, r, tau);
        if (others + (demUnits[q] ?? 0) <= capacityAt(p, r, tau)) continue;
        let holder: number | null = null;
        for (const k of holders[r] ?? []) {
          const ks = start[k] ?? 0;
          const kf = ks + (duration[k] ?? 0);
          if (k !== v && ks <= tau && tau < kf && (holder === null || kf > (start[holder] ?? 0) + (duration[holder] ?? 0))) holder = k;
        }
        wait = { kind: 'resource', resource: r, holder };
      }
    }
    waits.push(wait ?? { kind: 'start' });
  }
  return waits;
}
