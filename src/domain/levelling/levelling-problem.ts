/**
 * A resource-constrained project scheduling problem (RCPSP, DESIGN.md section 1, "Resource levelling"; R. Kolisch
 * and S. Hartmann, "Heuristic algorithms for the resource-constrained project scheduling problem", 1999) over a
 * CPM network: the same activities, links (FS, SS, FF, SF with lag) and fixed dates as `src/domain/schedule`, in
 * whole periods (a PSPLIB period, a working day or a slot of one), plus renewable resources and demands.
 */
import type { ScheduleNetwork } from '../schedule/schedule-network';

export interface LevellingResource {
  /** A person's account id, a pool's name, "R1": what findings and waits name. */
  id: string;
  /** Units available in each period after `profile` (a person 1, a pool its size). */
  capacity: number;
  /** Units available in periods 0 .. profile.length - 1 (time off, a later start); absent, `capacity` throughout. */
  profile?: Int32Array;
}

export interface Demand {
  /** Index into `resources`. */
  resource: number;
  units: number;
}

export interface LevellingProblem {
  /** Durations, lags and fixed dates in whole periods (the schedule code rounds nothing: integers only). */
  network: ScheduleNetwork;
  resources: readonly LevellingResource[];
  /** demands[v]: what activity v holds for its whole duration. */
  demands: readonly (readonly Demand[])[];
  /** pinned[v] === 1: work under way that stays where its links put it, whatever the load (not levelled). */
  pinned?: Uint8Array;
  /** Names activities in findings and waits (issue keys, PSPLIB job numbers). */
  names: readonly string[];
}
