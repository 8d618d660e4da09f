/**
 * Turns every way a Vault call can fail into an IntegrationsApiError: non-2xx answers (with Vault's
 * error body: `type_name`, `message`, `detail`, `ref`), network failures, aborts, timeouts and
 * unreadable bodies. Messages are written for end users; each falls back to a clear sentence per
 * status when Vault sends none.
 */
import { IntegrationsApiError } from '../errors'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * Seconds to wait from a `Retry-After` header: either delta-seconds ("30") or an HTTP-date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null) {
    return undefined
  }
  const value = header.trim()
  if (/^\d+$/.test(value)) {
    return Number(value)
  }
  // HTTP-dates always name a month ("Nov"); without this, Date.parse would read "1.5" as a date.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(date)) {
    return undefined
  }
  return Math.max(0, Math.ceil((date - now) / 1000))
}

function waitHint(retryAfter: number | undefined): string {
  return retryAfter === undefined ? 'in a moment' : `in ${retryAfter} s`
}

/** A sentence for users when the server gives no message of its own. */
export function fallbackMessage(status: number, retryAfter?: number): string {
  switch (status) {
    case 400:
      return 'The request was not accepted. Check the values and try again.'
    case 401:
      return 'Your session is invalid or has expired. Reload the page to sign in again.'
    case 402:
      return "This isn't included in your current plan."
    case 403:
      return "You don't have permission to do this."
    case 404:
      return 'This connection or resource could not be found.'
    case 409:
      return 'This conflicts with a change made elsewhere. Reload and try again.'
    case 422:
      return 'Some values are invalid. Check them and try again.'
    case 429:
      return `Too many requests — try again ${waitHint(retryAfter)}.`
    case 503:
      return `The service is temporarily unavailable — try again ${waitHint(retryAfter)}.`
    default:
      return status >= 500
        ? `The server ran into a problem (${status}). Try again later.`
        : `The request failed (${status}).`
  }
}

/** The error for a non-2xx response whose body has already been read (parsed JSON, text or undefined). */
export function toApiError(response: Response, body: unknown): IntegrationsApiError {
  const status = response.status
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  const vault = isRecord(body) ? body : {}
  const serverMessage = nonEmptyString(vault.message)
  // Vault's 429 text is a generic "Too Many Requests"; the wait time is what users can act on.
  const message =
    status === 429 && retryAfter !== undefined
      ? fallbackMessage(status, retryAfter)
      : (serverMessage ?? fallbackMessage(status, retryAfter))
  return new IntegrationsApiError({
    kind: 'http',
    status,
    code: nonEmptyString(vault.type_name),
    message,
    detail: vault.detail,
    requestId: nonEmptyString(vault.ref) ?? response.headers.get('x-request-id') ?? undefined,
    retryAfter,
    body,
  })
}

export function networkError(cause: unknown): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'network',
    message: "You're offline or the server can't be reached.",
    cause,
  })
}

export function abortError(cause: unknown): IntegrationsApiError {
  return new IntegrationsApiError({ kind: 'abort', message: 'The request was cancelled.', cause })
}

export function timeoutError(timeoutMs: number): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'timeout',
    message: `The server took too long to answer (over ${Math.round(timeoutMs / 1000)} s).`,
  })
}

/** A 2xx answer we cannot use: not JSON, or not the shape the endpoint promises. */
export function parseError(status: number, detail: string, body?: unknown, cause?: unknown) {
  return new IntegrationsApiError({
    kind: 'parse',
    status,
    message: 'The server sent a response that could not be read.',
    detail,
    body,
    cause,
  })
}
