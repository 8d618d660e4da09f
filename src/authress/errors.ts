/**
 * Authress's non-2xx answers as IntegrationsApiError: its `ResponseError` body (`title`,
 * `errorCode`, `errorId`, all optional) gives the developer message, the code and the request id.
 * The failures every backend shares (network, abort, timeout, unreadable body) are in src/http.
 */
import { httpError, type HttpErrorMapper } from '../http/errors'
import { isRecord, nonEmptyString } from '../json-guards'

/** The error for a non-2xx Authress answer whose body has been read (parsed JSON, text or undefined). */
export const toAuthressError: HttpErrorMapper = (response, body) => {
  const authress = isRecord(body) ? body : {}
  return httpError(response, body, {
    code: nonEmptyString(authress.errorCode),
    // `title` is unstable wording: fine for a developer message, never matched on.
    message: nonEmptyString(authress.title),
    requestId: nonEmptyString(authress.errorId),
  })
}
