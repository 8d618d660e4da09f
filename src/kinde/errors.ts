/**
 * Kinde's non-2xx answers as IntegrationsApiError. Kinde sends two error shapes: `{errors: [{code,
 * message, field?}]}` (400, 403) and, on 404, `{errors: {code, message}}` with an object instead of
 * an array. A 429 on the list has no body at all; the wait comes from `RateLimit-Reset`, or from
 * `Retry-After` where a proxy or gateway sets that instead.
 */
import { isRecord, nonEmptyString } from '../json-guards'
import { httpError, parseRetryAfter, type HttpErrorMapper } from '../http/errors'

/** The Management API scope each connection operation needs (spec: the operation's description). */
export type KindeScope =
  'read:connections' | 'create:connections' | 'update:connections' | 'delete:connections'

/** One entry of Kinde's `errors`, as the form and developers need it. */
export interface KindeErrorEntry {
  code: string | undefined
  message: string | undefined
  /** The form field id the error is about (Kinde's `field`, without an `options.` prefix). */
  field: string | undefined
}

/** `errors` in either shape, as a list. */
function errorEntries(body: unknown): KindeErrorEntry[] {
  const errors = isRecord(body) ? body.errors : undefined
  return (Array.isArray(errors) ? errors : [errors]).filter(isRecord).map((entry) => ({
    code: nonEmptyString(entry.code),
    message: nonEmptyString(entry.message),
    // Kinde names option fields by their path in the body; the form's ids are the bare keys.
    field: nonEmptyString(entry.field)?.replace(/^options\./, ''),
  }))
}

/**
 * The mapper for one operation: `scope` is what that operation needs, named in `detail.scope` on a
 * 403 so the page can say which permission the M2M application lacks.
 */
export function kindeErrorMapper(scope: KindeScope): HttpErrorMapper {
  return (response, body) => {
    const entries = errorEntries(body)
    const { code, message } = entries[0] ?? {}
    const fields = entries.some((entry) => entry.field !== undefined)
    return httpError(
      response,
      body,
      {
        code,
        message,
        // The forms read `detail.errors[].field` and put the message on that field.
        detail:
          response.status === 403
            ? { scope, errors: entries }
            : entries.length > 0
              ? {
                  errors: fields
                    ? entries.map((entry) => ({
                        field: entry.field,
                        message: entry.message ?? entry.code ?? 'invalid',
                      }))
                    : entries,
                }
              : undefined,
      },
      parseRetryAfter(response.headers.get('ratelimit-reset')) ??
        parseRetryAfter(response.headers.get('retry-after')),
    )
  }
}
