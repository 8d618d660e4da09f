/**
 * Fake time for tests that would otherwise wait for real: the library's retry backoff and
 * `Retry-After` waits (src/query/retry.ts), mock latency. Use with
 * `vi.useFakeTimers({ shouldAdvanceTime: true })`: the clock still moves with real time, so Testing
 * Library's polling and MSW keep running, and these helpers skip the long waits at once. A test that
 * sleeps for real is slow on an idle machine and a flake on a loaded one.
 */
import { act } from '@testing-library/react'
import { vi } from 'vitest'

/** Moves fake time on by `ms`, running the timers that fall due and the React updates they cause. */
export async function advanceTime(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}

/**
 * Awaits `pending` while moving fake time on in small steps. Steps, not one big jump: each retry's
 * wait is scheduled only after the previous attempt has failed, which takes real (if short) time.
 */
export async function skippingWaits<T>(pending: Promise<T>, stepMs = 250): Promise<T> {
  let settled = false
  const markSettled = () => {
    settled = true
  }
  pending.then(markSettled, markSettled)
  while (!settled) {
    await advanceTime(stepMs)
  }
  return pending
}
