/**
 * A seeded pseudo-random number generator, Mulberry32 (Tommy Ettinger, 2017, public domain; a 32-bit state
 * advanced by a Weyl sequence and mixed by two multiply-xorshift rounds). The same seed gives the same
 * sequence on every machine, so a forecast is reproducible. O(1) a number; period 2^32.
 * Example: seededRandom(1) gives 0.6270739405881613, then 0.002735721180215478.
 */

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
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
