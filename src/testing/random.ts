/**
 * A small seeded pseudo-random generator (mulberry32). Fixtures and latency must be reproducible:
 * the same seed gives the same catalog on every machine, so no Math.random anywhere in the mock.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** True with probability `probability`. */
  chance(probability: number): boolean
}

export function createRandom(seed: number): Random {
  // Any number (also 0, negatives and fractions) becomes a usable 32-bit state.
  let state = Math.floor(seed * 2654435761) >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) {
        throw new RangeError('pick() needs at least one item')
      }
      return items[Math.floor(next() * items.length)] as T
    },
    chance: (probability) => next() < probability,
  }
}
