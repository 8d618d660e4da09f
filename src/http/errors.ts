/**
 * The failures every backend shares, as IntegrationsApiError: network failures, aborts, timeouts,
 * unreadable bodies, and the pieces each backend's mapper of non-2xx answers uses (`Retry-After`,
 * the developer message, the error of a non-2xx answer from what its body says). The messages are
 * for developers and logs; what users read is chosen from the error's kind and status by
 * src/error-message.ts.
 */
import { IntegrationsApiError } from '../errors'

/** Maps a non-2xx response whose body has been read (parsed JSON, text or undefined). */
export type HttpErrorMapper = (response: Response, body: unknown) => IntegrationsApiError

/**
 * Seconds to wait from a `Retry-After` header: either delta-seconds ("30") or an HTTP-date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  const value = header?.trim() ?? ''
  if (/^\d+$/.test(value)) {
    return Number(value)
  }
  // HTTP-dates always name a month ("Nov"); without this, Date.parse would read "1.5" as a date.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

/**
 * The Error's message, for developers and logs (the UI says it its own way, see src/error-message.ts):
 * the server's message when it sent one, else the status; with the wait it asked for.
 */
export function developerMessage(
  status: number,
  serverMessage: string | undefined,
  retryAfter: number | undefined,
): string {
  const text = serverMessage ?? `The request failed with HTTP ${status}.`
  return retryAfter === undefined ? text : `${text} (Retry-After: ${retryAfter} s)`
}

/** What a backend's error body says, read by its mapper: every part optional. */
export interface HttpErrorFields {
  code?: string | undefined
  /** The server's own message, for the developer message. */
  message?: string | undefined
  detail?: unknown
  /** The body's request id; the `x-request-id` header when absent. */
  requestId?: string | undefined
}

/**
 * The error of a non-2xx answer: what its body says (`fields`, read by the backend's mapper), the
 * status, the body itself, and the wait (`Retry-After` unless the backend read another header).
 */
export function httpError(
  response: Response,
  body: unknown,
  fields: HttpErrorFields = {},
  retryAfter = parseRetryAfter(response.headers.get('retry-after')),
): IntegrationsApiError {
  const { status, headers } = response
  return new IntegrationsApiError({
    kind: 'http',
    status,
    code: fields.code,
    message: developerMessage(status, fields.message, retryAfter),
    detail: fields.detail,
    requestId: fields.requestId ?? headers.get('x-request-id') ?? undefined,
    retryAfter,
    body,
  })
}

/** The error for a non-2xx answer from a backend whose error body is not known. */
export const genericHttpError: HttpErrorMapper = (response, body) => httpError(response, body)

export function networkError(cause: unknown): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'network',
    message: 'No response: the network failed, the server is unreachable or CORS refused it.',
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
