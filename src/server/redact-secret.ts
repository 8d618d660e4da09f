/**
 * Takes a server credential out of an error before it leaves the function that used it. Errors get
 * logged, serialised and passed on; the places a key can end up in one are many (a backend echoing
 * the `Authorization` header in its error body, a fetch implementation quoting a header value it
 * refused in its TypeError, a cause chain wrapping either), so every string the error holds is
 * scrubbed, and the cause is replaced by a plain Error with only its scrubbed name and message.
 */
import { IntegrationsApiError } from '../errors'

const REDACTED = '[redacted]'

function scrubString(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join(REDACTED)
}

/** A deep copy of a JSON-like value with `secret` replaced in every string (keys included). */
function scrub(value: unknown, secret: string, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') {
    return scrubString(value, secret)
  }
  if (typeof value !== 'object' || value === null) {
    return value
  }
  if (seen.has(value)) {
    return undefined
  }
  seen.add(value)
  if (Array.isArray(value)) {
    return value.map((item) => scrub(item, secret, seen))
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      scrubString(key, secret),
      scrub(item, secret, seen),
    ]),
  )
}

/** The cause as a plain Error holding only its scrubbed name and message (no stack, no chain). */
function scrubCause(cause: unknown, secret: string): Error | undefined {
  if (cause === undefined) {
    return undefined
  }
  const name = cause instanceof Error ? cause.name : 'Error'
  const message = cause instanceof Error ? cause.message : String(cause)
  const error = new Error(scrubString(message, secret))
  error.name = scrubString(name, secret)
  // The stack starts with the message; rebuilt here so it cannot carry the original text.
  error.stack = `${error.name}: ${error.message}`
  return error
}

/**
 * `error` as an IntegrationsApiError that does not contain `secret` anywhere: message, detail,
 * body and cause. Anything that is not an IntegrationsApiError becomes a `network` one (the only
 * failures that escape the HTTP layer unwrapped are the fetch's own).
 */
export function redactSecret(error: unknown, secret: string): IntegrationsApiError {
  if (!(error instanceof IntegrationsApiError)) {
    return new IntegrationsApiError({
      kind: 'network',
      message: 'The request failed before Vault answered.',
      cause: scrubCause(error, secret),
    })
  }
  const redacted = new IntegrationsApiError({
    kind: error.kind,
    status: error.status,
    code: error.code === undefined ? undefined : scrubString(error.code, secret),
    message: scrubString(error.message, secret),
    detail: scrub(error.detail, secret),
    requestId: error.requestId === undefined ? undefined : scrubString(error.requestId, secret),
    retryAfter: error.retryAfter,
    body: scrub(error.body, secret),
    cause: scrubCause(error.cause, secret),
  })
  redacted.stack = `${redacted.name}: ${redacted.message}`
  return redacted
}
