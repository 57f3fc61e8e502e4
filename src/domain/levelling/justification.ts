/**
 * Forward-backward improvement, "double justification" (V. Valls, F. Ballestín and S. Quintanilla, "Justification
 * and RCPSP: a technique that pays", EJOR 165, 2005; K. Y. Li and R. J. Willis, 1992): schedule the project
 * backwards with the activities taken by latest finish, which shifts each as late as it can go, then forwards again
 * taken by those right-justified starts, which shifts each as early as it can go. Without release dates or fixed
 * work the makespan never grows; the caller keeps the better schedule either way. Three schedules per call.
 * The backward pass runs on the reversed network (S'(i) >= S'(j) + delta - d(i) + d(j)) at constant capacity: it
 * only orders the forward pass, which meets every profile, fixed date and status date.
 */
import type { CompiledProblem } from './compiled-problem';
import { precedenceOrderer } from './precedence-list';
import { serialScheduler, type SerialScheduler } from './serial-schedule';

function reversedProblem(p: CompiledProblem): CompiledProblem {
  const { n, duration } = p;
  const shifted = (start: Int32Array, node: Int32Array, delta: Int32Array, fromOwner: boolean): Int32Array => {
    const out = new Int32Array(delta.length);
    for (let v = 0; v < n; v++) {
      for (let q = start[v] ?? 0; q < (start[v + 1] ?? 0); q++) {
        const w = node[q] ?? 0;
        // For the link i -> j, delta' = delta - d(i) + d(j); the owner v is i in succ lists and j in pred lists.
        const [i, j] = fromOwner ? [v, w] : [w, v];
        out[q] = (delta[q] ?? 0) - (duration[i] ?? 0) + (duration[j] ?? 0);
      }
    }
    return out;
  };
  return {
    ...p,
    predStart: p.succStart,
    predNode: p.succNode,
    predDelta: shifted(p.succStart, p.succNode, p.succDelta, true),
    succStart: p.predStart,
    succNode: p.predNode,
    succDelta: shifted(p.predStart, p.predNode, p.predDelta, false),
    floor: new Int32Array(n),
    fixed: new Uint8Array(n),
    pinned: new Uint8Array(n),
    profiles: p.profiles.map(() => undefined),
    order: p.order.slice().reverse(),
  };
}

export type Justify = (start: Int32Array) => { list: Int32Array; makespan: number };

/** Justifies the schedule in `start` (from `forward`) in place; returns the list that gives it and its makespan. */
export function justifier(p: CompiledProblem, forward: SerialScheduler): Justify {
  const reversed = reversedProblem(p);
  const backward = serialScheduler(reversed);
  const backwardList = precedenceOrderer(reversed);
  const forwardList = precedenceOrderer(p);
  const back = new Int32Array(p.n);
  const key = new Float64Array(p.n);
  const { duration } = p;
  return (start) => {
    for (let v = 0; v < p.n; v++) key[v] = -((start[v] ?? 0) + (duration[v] ?? 0));
    const backwardMakespan = backward.run(backwardList(key), back);
    for (let v = 0; v < p.n; v++) key[v] = backwardMakespan - (back[v] ?? 0) - (duration[v] ?? 0);
    const list = forwardList(key);
    return { list, makespan: forward.run(list, start) };
  };
}
