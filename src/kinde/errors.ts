/**
 * Kinde's non-2xx answers as IntegrationsApiError. Kinde sends two error shapes: `{errors: [{code,
 * message, field?}]}` (400, 403) and, on 404, `{errors: {code, message}}` with an object instead of
 * an array. A 429 on the list has no body at all; the wait comes from `RateLimit-Reset`, or from
 * `Retry-After` where a proxy or gateway sets that instead.
 */
import { IntegrationsApiError } from '../errors'
import { isRecord, nonEmptyString } from '../json-guards'
import { developerMessage, parseRetryAfter, type HttpErrorMapper } from '../http/errors'

/** The Management API scope each connection operation needs (spec: the operation's description). */
export type KindeScope =
  'read:connections' | 'create:connections' | 'update:connections' | 'delete:connections'

/** One entry of Kinde's `errors`, as the form and developers need it. */
export interface KindeErrorEntry {
  code?: string
  message?: string
  /** The form field id the error is about (Kinde's `field`, without an `options.` prefix). */
  field?: string
}

/** `errors` in either shape, as a list. */
function errorEntries(body: unknown): KindeErrorEntry[] {
  if (!isRecord(body)) {
    return []
  }
  const raw = Array.isArray(body.errors) ? body.errors : isRecord(body.errors) ? [body.errors] : []
  return raw.filter(isRecord).map((entry) => {
    const result: KindeErrorEntry = {}
    const code = nonEmptyString(entry.code)
    const message = nonEmptyString(entry.message)
    // Kinde names option fields by their path in the body; the form's ids are the bare keys.
    const field = nonEmptyString(entry.field)?.replace(/^options\./, '')
    if (code !== undefined) {
      result.code = code
    }
    if (message !== undefined) {
      result.message = message
    }
    if (field !== undefined) {
      result.field = field
    }
    return result
  })
}

/**
 * The mapper for one operation: `scope` is what that operation needs, named in `detail.scope` on a
 * 403 so the page can say which permission the M2M application lacks.
 */
export function kindeErrorMapper(scope: KindeScope): HttpErrorMapper {
  return (response, body) => {
    const status = response.status
    const retryAfter =
      parseRetryAfter(response.headers.get('ratelimit-reset')) ??
      parseRetryAfter(response.headers.get('retry-after'))
    const entries = errorEntries(body)
    const first = entries[0]
    let detail: unknown
    if (status === 403) {
      detail = { scope, errors: entries }
    } else if (entries.some((entry) => entry.field !== undefined)) {
      // The forms read `detail.errors[].field` and put the message on that field.
      detail = {
        errors: entries.map(({ field, message, code }) => ({
          field,
          message: message ?? code ?? 'invalid',
        })),
      }
    } else if (entries.length > 0) {
      detail = { errors: entries }
    }
    return new IntegrationsApiError({
      kind: 'http',
      status,
      code: first?.code,
      message: developerMessage(status, first?.message, retryAfter),
      detail,
      requestId: response.headers.get('x-request-id') ?? undefined,
      retryAfter,
      body,
    })
  }
}
