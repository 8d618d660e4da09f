/**
 * The one error type of the library. Every failure of a backend call (non-2xx, network failure,
 * timeout, abort, unparseable or wrongly shaped body) becomes an IntegrationsApiError, so hooks and
 * components handle exactly one shape.
 */

/** What went wrong, independent of the backend. */
export type IntegrationsErrorKind =
  /** The server answered with a non-2xx status. */
  | 'http'
  /** No answer: offline, DNS, CORS, connection reset. */
  | 'network'
  /** The request was cancelled through its AbortSignal. */
  | 'abort'
  /** The request took longer than the client's timeout. */
  | 'timeout'
  /** The server answered 2xx but the body was not JSON, or not the expected shape. */
  | 'parse'
  /** The adapter does not implement this operation (its capability is off); no request was sent. */
  | 'unsupported'
  /**
   * The request was refused before it was sent because an argument cannot be sent as given: an id
   * that would not stay one URL path segment (code 'invalid_ref', see path-segment.ts). Retrying
   * cannot help; status is 0.
   */
  | 'invalid_request'

export interface IntegrationsApiErrorInit {
  kind: IntegrationsErrorKind
  status?: number
  code?: string
  message: string
  detail?: unknown
  requestId?: string
  retryAfter?: number
  body?: unknown
  cause?: unknown
}

export class IntegrationsApiError extends Error {
  override readonly name = 'IntegrationsApiError'
  readonly kind: IntegrationsErrorKind
  /** HTTP status; 0 when no response was received. */
  readonly status: number
  /** Machine-readable code: Vault `type_name`, Kinde `errors[0].code`, Authress `errorCode`. */
  readonly code: string | undefined
  /** Further detail from the server: a string or a structured object. */
  readonly detail: unknown
  /** The server's reference for this failure (Vault `ref`), to quote to support. */
  readonly requestId: string | undefined
  /** Seconds to wait before retrying (from `Retry-After`), for 429 and 503. */
  readonly retryAfter: number | undefined
  /** The raw parsed body (or text) of the error response. */
  readonly body: unknown

  constructor(init: IntegrationsApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = init.kind
    this.status = init.status ?? 0
    this.code = init.code
    this.detail = init.detail
    this.requestId = init.requestId
    this.retryAfter = init.retryAfter
    this.body = init.body
  }

  /** True for failures worth retrying automatically: 429, 5xx, network and timeout. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') {
      return true
    }
    return this.kind === 'http' && (this.status === 429 || this.status >= 500)
  }
}

export function isIntegrationsApiError(value: unknown): value is IntegrationsApiError {
  return value instanceof IntegrationsApiError
}
