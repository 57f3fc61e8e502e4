/**
 * A seeded pseudo-random generator, mulberry32 (T. Ettinger, 2017; public domain): 32-bit state, period 2^32,
 * passes gjrand's tests for this size. The same seed gives the same sequence on every platform, which is what
 * makes a levelled schedule reproducible. Example: seededRandom(1)() = 0.6270739405881613.
 */

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomBelow(random: Random, n: number): number {
  return Math.floor(random() * n);
}
