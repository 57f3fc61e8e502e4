/**
 * The serial schedule generation scheme (SSGS; J. E. Kelley, 1963; R. Kolisch, "Serial and parallel
 * resource-constrained project scheduling methods revisited", EJOR 90, 1996): take the activities in a list
 * that puts every predecessor first and start each at the earliest period its links allow where every resource
 * it needs has room for its whole duration (no splitting). Fixed work is booked first where it is; pinned work
 * goes where its links put it, room or not. Each start search jumps past the latest clash: O(n x (d + demands))
 * per clash, O(n^2 d) at worst; it ends because every demand kept fits a resource's capacity after its profile.
 */
import type { CompiledProblem } from './compiled-problem';

export interface SerialScheduler {
  /**
   * Schedules `list` into `start` and returns the makespan (the latest finish, 0 when empty). With `latest`
   * ("within slack"), no activity starts after latest[v]: one with no room by then starts where its links put
   * it and is marked in `over` (left over-allocated, as Microsoft Project does).
   */
  run(list: Int32Array, start: Int32Array, latest?: Int32Array, over?: Uint8Array): number;
}

export function serialScheduler(problem: CompiledProblem): SerialScheduler {
  const { n, duration, predStart, predNode, predDelta, floor, fixed, fixedStart, pinned } = problem;
  const { demStart, demResource, demUnits, capacity, profiles } = problem;
  const resources = capacity.length;
  const free: Int32Array[] = Array.from({ length: resources }, (_, r) => new Int32Array(64).fill(capacity[r] ?? 0));
  const touched = new Int32Array(resources);

  const reset = (): void => {
    for (let r = 0; r < resources; r++) {
      const f = free[r] ?? new Int32Array(0);
      const end = touched[r] ?? 0;
      f.fill(capacity[r] ?? 0, 0, end);
      const profile = profiles[r];
      if (profile) f.set(profile.subarray(0, Math.min(profile.length, f.length)));
      touched[r] = profile ? Math.min(profile.length, f.length) : 0;
    }
  };
  // Profiles longer than the first arrays are laid in on growth.
  const grow = (r: number, need: number): Int32Array => {
    const old = free[r] ?? new Int32Array(0);
    const next = new Int32Array(Math.max(need, old.length * 2)).fill(capacity[r] ?? 0);
    next.set(old);
    const profile = profiles[r];
    if (profile && profile.length > old.length) next.set(profile.subarray(old.length, Math.min(profile.length, next.length)), old.length);
    free[r] = next;
    return next;
  };
  const book = (v: number, t: number): void => {
    const end = t + (duration[v] ?? 0);
    for (let p = demStart[v] ?? 0, last = demStart[v + 1] ?? 0; p < last; p++) {
      const r = demResource[p] ?? 0;
      const q = demUnits[p] ?? 0;
      let f = free[r] ?? new Int32Array(0);
      if (end > f.length) f = grow(r, end);
      for (let tau = Math.max(0, t); tau < end; tau++) f[tau] = (f[tau] ?? 0) - q;
      if (end > (touched[r] ?? 0)) touched[r] = end;
    }
  };
  /**
   * The earliest start from `t` where every resource v needs has room for all of [start, start + d): the latest
   * clash in the window moves the window past it (a resource's arrays grow first, so no read falls off the end).
   * Past `limit`, -1.
   */
  const fit = (v: number, t: number, d: number, limit: number): number => {
    const first = demStart[v] ?? 0;
    const last = demStart[v + 1] ?? 0;
    for (;;) {
      const end = t + d;
      let worst = -1;
      for (let p = first; p < last; p++) {
        const r = demResource[p] ?? 0;
        const q = demUnits[p] ?? 0;
        let f = free[r] ?? new Int32Array(0);
        if (end > f.length) f = grow(r, end);
        for (let tau = end - 1; tau > worst && tau >= t; tau--) {
          if ((f[tau] ?? 0) < q) {
            worst = tau;
            break;
          }
        }
      }
      if (worst < 0) return t;
      t = worst + 1;
      if (t > limit) return -1;
    }
  };
  // Profiles are laid in on first use.
  for (let r = 0; r < resources; r++) {
    const length = profiles[r]?.length ?? 0;
    if (length > (free[r]?.length ?? 0)) grow(r, length);
    touched[r] = free[r]?.length ?? 0;
  }

  return {
    run(list, start, latest, over) {
      reset();
      let makespan = 0;
      for (let v = 0; v < n; v++) {
        if (fixed[v] !== 1) continue;
        start[v] = fixedStart[v] ?? 0;
        book(v, start[v] ?? 0);
        makespan = Math.max(makespan, (start[v] ?? 0) + (duration[v] ?? 0));
      }
      for (let k = 0; k < list.length; k++) {
        const v = list[k] ?? 0;
        if (fixed[v] === 1) continue;
        const d = duration[v] ?? 0;
        let es = floor[v] ?? 0;
        for (let p = predStart[v] ?? 0; p < (predStart[v + 1] ?? 0); p++) {
          const bound = (start[predNode[p] ?? 0] ?? 0) + (predDelta[p] ?? 0);
          if (bound > es) es = bound;
        }
        let t = es;
        if (d > 0 && pinned[v] !== 1 && (demStart[v + 1] ?? 0) > (demStart[v] ?? 0)) {
          t = fit(v, es, d, latest ? (latest[v] ?? 0) : Number.MAX_SAFE_INTEGER);
          if (t < 0) {
            t = es;
            if (over) over[v] = 1;
          }
        }
        start[v] = t;
        book(v, t);
        if (t + d > makespan) makespan = t + d;
      }
      return makespan;
    },
  };
}
