/**
 * Authress's non-2xx answers as IntegrationsApiError: its `ResponseError` body (`title`,
 * `errorCode`, `errorId`, all optional) gives the developer message, the code and the request id.
 * The failures every backend shares (network, abort, timeout, unreadable body) are in src/http.
 */
import { IntegrationsApiError } from '../errors'
import { developerMessage, parseRetryAfter, type HttpErrorMapper } from '../http/errors'
import { isRecord, nonEmptyString } from '../json-guards'

/** The error for a non-2xx Authress answer whose body has been read (parsed JSON, text or undefined). */
export const toAuthressError: HttpErrorMapper = (response, body) => {
  const status = response.status
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  const authress = isRecord(body) ? body : {}
  return new IntegrationsApiError({
    kind: 'http',
    status,
    code: nonEmptyString(authress.errorCode),
    // `title` is unstable wording: fine for a developer message, never matched on.
    message: developerMessage(status, nonEmptyString(authress.title), retryAfter),
    requestId:
      nonEmptyString(authress.errorId) ?? response.headers.get('x-request-id') ?? undefined,
    retryAfter,
    body,
  })
}
