/**
 * A genetic algorithm over activity lists (S. Hartmann, "A competitive genetic algorithm for resource-constrained
 * project scheduling", Naval Research Logistics 45, 1998): each list is decoded by the serial scheme and improved
 * by double justification (Valls et al. 2005), which also rewrites the list (the "hybrid" GA of that paper);
 * two-point crossover keeps predecessors first; adjacent swaps mutate; the best of parents and children survive
 * (ranking). The first population is the priority-rule list and lists sampled by late start with noise; a
 * population that stops improving restarts around its best. Stops at `maxSchedules`, at a lower bound (many J30
 * instances end on the critical path's length), after `stallSchedules` without progress if given, or when the safety
 * cap `deadline()` says so. Seeded: the same problem, seed and limits give the same schedule.
 */
import type { CompiledProblem } from './compiled-problem';
import { justifier } from './justification';
import { precedenceOrderer } from './precedence-list';
import { randomBelow, seededRandom, type Random } from './seeded-random';
import { serialScheduler } from './serial-schedule';
import type { UnconstrainedTimes } from './unconstrained-times';

export interface SearchLimits {
  seed: number;
  /** Schedules generated at most (each evaluation is three: forward, backward, forward). */
  maxSchedules: number;
  /** A makespan no schedule can beat: reaching it ends the search. */
  lowerBound: number;
  /** Schedules without a better makespan after which the search gives up (default: never; the restarts go on). */
  stallSchedules?: number;
  /**
   * A safety cap on the caller's clock, checked before each evaluation: true ends the search. It should never be
   * what stops it (then the result depends on the machine, not only on the input and seed): `cutShort` says when it was.
   */
  deadline?: () => boolean;
  population?: number;
}

export interface SearchResult {
  list: Int32Array;
  makespan: number;
  schedules: number;
  generations: number;
  /** The deadline ended the search before its schedule budget, lower bound or stall did. */
  cutShort: boolean;
}

interface Individual {
  list: Int32Array;
  makespan: number;
}

const MUTATION = 0.05;
const PATIENCE = 15;

/** Two-point crossover (Hartmann 1998): the head from `a`, the middle in `b`'s order, the rest in `a`'s. */
function crossover(a: Int32Array, b: Int32Array, q1: number, q2: number, seen: Uint8Array): Int32Array {
  const n = a.length;
  const child = new Int32Array(n);
  seen.fill(0);
  let k = 0;
  for (; k < q1; k++) seen[(child[k] = a[k] ?? 0)] = 1;
  for (let i = 0; i < n && k < q2; i++) if (seen[b[i] ?? 0] !== 1) seen[(child[k++] = b[i] ?? 0)] = 1;
  for (let i = 0; i < n && k < n; i++) if (seen[a[i] ?? 0] !== 1) seen[(child[k++] = a[i] ?? 0)] = 1;
  return child;
}

function linked(p: CompiledProblem, a: number, b: number): boolean {
  for (let q = p.predStart[b] ?? 0; q < (p.predStart[b + 1] ?? 0); q++) if (p.predNode[q] === a) return true;
  return false;
}

/**
 * Adjacent swaps (Hartmann 1998) and one activity moved anywhere its links allow (a shift): on hard J30 instances
 * the shift doubled the share solved to the optimum at 5,000 schedules (measured, issue #14).
 */
function mutate(p: CompiledProblem, list: Int32Array, random: Random, position: Int32Array): void {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i] ?? 0;
    const b = list[i + 1] ?? 0;
    if (random() < MUTATION && !linked(p, a, b)) [list[i], list[i + 1]] = [b, a];
  }
  shift(p, list, random, position);
}

function shift(p: CompiledProblem, list: Int32Array, random: Random, position: Int32Array): void {
  list.forEach((v, k) => (position[v] = k));
  const from = randomBelow(random, list.length);
  const v = list[from] ?? 0;
  let low = 0;
  let high = list.length - 1;
  for (let q = p.predStart[v] ?? 0; q < (p.predStart[v + 1] ?? 0); q++) low = Math.max(low, (position[p.predNode[q] ?? 0] ?? 0) + 1);
  for (let q = p.succStart[v] ?? 0; q < (p.succStart[v + 1] ?? 0); q++) high = Math.min(high, (position[p.succNode[q] ?? 0] ?? 0) - 1);
  const to = low + randomBelow(random, Math.max(1, high - low + 1));
  if (to > from) list.copyWithin(from, from + 1, to + 1);
  else if (to < from) list.copyWithin(to + 1, to, from);
  list[to] = v;
}

function fingerprint(list: Int32Array): number {
  let h = 0x811c9dc5;
  for (const v of list) h = Math.imul(h ^ v, 0x01000193);
  return h >>> 0;
}

export function geneticSearch(p: CompiledProblem, times: UnconstrainedTimes, seedList: Int32Array, limits: SearchLimits): SearchResult {
  const random = seededRandom(limits.seed);
  const forward = serialScheduler(p);
  const justify = justifier(p, forward);
  const start = new Int32Array(p.n);
  const seen = new Uint8Array(p.n);
  const position = new Int32Array(p.n);
  const size = Math.max(4, limits.population ?? 40) & ~1;
  let schedules = 0;
  // Justify again while it helps: each round can only shorten a schedule without release dates.
  const evaluate = (list: Int32Array): Individual => {
    let current: Individual = { list, makespan: forward.run(list, start) };
    schedules++;
    for (;;) {
      const better = justify(start);
      schedules += 2;
      if (better.makespan >= current.makespan) return better.makespan === current.makespan ? better : current;
      current = better;
    }
  };
  const spread = Math.max(1, times.finish / 4);
  const ordered = precedenceOrderer(p);
  const noisy = new Float64Array(p.n);
  const sampled = (): Individual => {
    for (let v = 0; v < p.n; v++) noisy[v] = (times.lateStart[v] ?? 0) + random() * spread;
    return evaluate(ordered(noisy));
  };
  let improvedAt = 0;
  const stall = limits.stallSchedules ?? Number.POSITIVE_INFINITY;
  let late = false;
  const spent = (): boolean => schedules >= limits.maxSchedules || (late ||= limits.deadline?.() === true);
  const done = (best: Individual): boolean => best.makespan <= limits.lowerBound || schedules - improvedAt >= stall || spent();

  let population: Individual[] = [evaluate(seedList)];
  while (population.length < size && !spent()) population.push(sampled());
  population.sort((x, y) => x.makespan - y.makespan);
  let best = population[0] ?? { list: seedList, makespan: Number.POSITIVE_INFINITY };
  let generations = 0;
  let stale = 0;
  while (!done(best)) {
    generations++;
    const order = population.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomBelow(random, i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const children: Individual[] = [];
    for (let k = 0; k + 1 < order.length && !spent(); k += 2) {
      const mother = population[order[k] ?? 0]?.list ?? seedList;
      const father = population[order[k + 1] ?? 0]?.list ?? seedList;
      const q1 = randomBelow(random, p.n + 1);
      const q2 = q1 + randomBelow(random, p.n + 1 - q1);
      for (const [a, b] of [[mother, father], [father, mother]] as const) {
        const child = crossover(a, b, q1, q2, seen);
        mutate(p, child, random, position);
        children.push(evaluate(child));
      }
    }
    const kept = new Set<number>();
    population = [...population, ...children]
      .sort((x, y) => x.makespan - y.makespan)
      .filter((x) => {
        const f = fingerprint(x.list);
        if (kept.has(f)) return false;
        kept.add(f);
        return true;
      })
      .slice(0, size);
    const leader = population[0] ?? best;
    if (leader.makespan < best.makespan) {
      best = leader;
      improvedAt = schedules;
      stale = 0;
    } else if (++stale >= PATIENCE) {
      // Restart around the best: a converged population only repeats itself.
      population = [best];
      while (population.length < size && !spent()) {
        if (random() < 0.5) population.push(sampled());
        else {
          const list = best.list.slice();
          for (let m = 0; m < 5; m++) mutate(p, list, random, position);
          population.push(evaluate(list));
        }
      }
      population.sort((x, y) => x.makespan - y.makespan);
      stale = 0;
    }
  }
  return { list: best.list, makespan: best.makespan, schedules, generations, cutShort: late && best.makespan > limits.lowerBound };
}
