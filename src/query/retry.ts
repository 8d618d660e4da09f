/**
 * The retry policy of every query and mutation. It lives in the query/mutation options themselves (not
 * only in our QueryClient's defaults) so it holds when the host's QueryClient is used too.
 *
 * - 4xx is the caller's fault: never retried, except 429 (the server asks us to wait `Retry-After`).
 * - 5xx, network failures and timeouts are transient: retried with exponential backoff and jitter.
 * - Aborts, unparseable bodies and unsupported operations are never retried: the same request would
 *   fail the same way.
 * - Mutations: a 429 was refused before any work was done, so it is always safe to repeat. Network
 *   failures and timeouts leave the outcome unknown, so only idempotent operations (Vault's PATCH and
 *   DELETE) are repeated after them; POST token/import/confirm are not. 5xx is not retried for
 *   mutations: the user sees the failure and decides.
 */
import { isIntegrationsApiError } from '../errors'

/** At most this many retries after the first attempt. */
export const MAX_RETRIES = 3
/** Upper bound of one backoff delay. */
export const MAX_BACKOFF_MS = 10_000
/** Upper bound of a server-requested wait: a huge Retry-After must not freeze the UI for hours. */
export const MAX_RETRY_AFTER_MS = 30_000
const BASE_DELAY_MS = 500

/**
 * Whether a mutation may be sent twice: 'idempotent' (PATCH/DELETE, Vault validate) or 'unsafe'
 * (POST that creates or consumes something).
 */
export type MutationSafety = 'idempotent' | 'unsafe'

function isRateLimited(error: unknown): boolean {
  return isIntegrationsApiError(error) && error.kind === 'http' && error.status === 429
}

/** `retry` for queries: `failureCount` is the number of failures before this one (0 first). */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isIntegrationsApiError(error)) {
    return false
  }
  // `retryable` is exactly 429, 5xx, network and timeout.
  return error.retryable
}

/** `retry` for mutations of the given safety. */
export function mutationRetry(safety: MutationSafety) {
  return function shouldRetryMutation(failureCount: number, error: unknown): boolean {
    if (failureCount >= MAX_RETRIES || !isIntegrationsApiError(error)) {
      return false
    }
    if (isRateLimited(error)) {
      return true
    }
    return safety === 'idempotent' && (error.kind === 'network' || error.kind === 'timeout')
  }
}

/**
 * `retryDelay` for queries and mutations: the server's `Retry-After` when it sent one (capped),
 * otherwise exponential backoff with "equal jitter" (half fixed, half random) so that many clients
 * failing together do not come back together.
 */
export function retryDelay(
  failureCount: number,
  error: unknown,
  random: () => number = Math.random,
): number {
  if (isIntegrationsApiError(error) && error.retryAfter !== undefined && error.retryAfter >= 0) {
    return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS)
  }
  const ceiling = Math.min(BASE_DELAY_MS * 2 ** failureCount, MAX_BACKOFF_MS)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
