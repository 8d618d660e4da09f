/**
 * The `latency` option every mock backend takes: a fixed delay, or a `[min, max]` range drawn from
 * the mock's seeded random stream so a run is reproducible.
 */
import type { Random } from './random'

export type LatencySetting = number | [number, number]

/** The delay in ms for one response (draws from `random` only for a range). */
export function latencyOf(setting: LatencySetting | undefined, random: Random): number {
  if (setting === undefined) {
    return 0
  }
  if (typeof setting === 'number') {
    return setting
  }
  const [min, max] = setting
  return min + Math.round(random.next() * (max - min))
}

/** Waits `ms` (not at all for 0, so a mock without latency answers in the same tick chain). */
export async function delay(ms: number): Promise<void> {
  if (ms > 0) {
    await new Promise((resolve) => setTimeout(resolve, ms))
  }
}
