/**
 * What the user is told when something fails. Any error (an IntegrationsApiError of any kind, or
 * anything else a host adapter threw) plus the place it happened becomes two message keys from a
 * fixed set — a summary that names the action and the connector, and a reason that says what
 * happened and what to do — and the technical detail support needs (status, code, request id).
 *
 * The backend's own text (`message`, `detail`) never becomes the page's sentence: it may be jargon
 * ("verify your request headers and body"), in another language, or written by whoever controls the
 * response. It stays on the error for logs and `onError`.
 */
import { isIntegrationsApiError } from './errors'
import { isRecord } from './json-guards'
import type { ErrorsMessageKey } from './i18n/errors/en'
import type { MessageValues } from './i18n/format'

/** Where a failure happened: it picks the summary sentence. */
export type ErrorPlace =
  /** Loading the catalog (the connection list). */
  | 'catalog'
  /** Loading one connection for its details panel. */
  | 'details'
  | 'enable'
  | 'disable'
  /** Loading the connection a settings form or the import dialog edits, or that dialog's form. */
  | 'settingsLoad'
  /** Loading the delete confirmation itself: its code, fetched when the dialog is about to open. */
  | 'deleteDialog'
  | 'settingsSave'
  | 'resourceLoad'
  | 'resourceSave'
  /** Adding an available connector (`PATCH {enabled:true}`). */
  | 'add'
  /** Creating a connection from a catalog entry's form (Kinde, Authress). */
  | 'create'
  /** Checking whether the user holds credentials from a connection (Authress). */
  | 'credentials'
  /** The API part of connecting: adding before OAuth, confirming the OAuth result, authorize URL. */
  | 'connect'
  /** A client_credentials/password token grant (`POST …/token`). */
  | 'token'
  | 'import'
  | 'delete'
  | 'validate'
  /** Disconnecting: the revoke URL, and reading the connection back afterwards. */
  | 'revoke'

/** What went wrong, in the user's terms. Each has one reason sentence (two with `retried`). */
export type ErrorCause =
  | 'invalidValues'
  | 'rejected'
  | 'session'
  | 'plan'
  | 'permission'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'unreadable'
  | 'cancelled'
  | 'unsupported'
  | 'noAuthorizeUrl'
  | 'noRevokeUrl'
  /** A part of the page's code could not be downloaded (a lazily loaded chunk). */
  | 'notDownloaded'
  | 'unexpected'

/** For support: never shown in the main line. Strings are checked to be opaque identifiers. */
export interface ErrorTechnicalDetail {
  /** `IntegrationsApiError.kind` ('http', 'network', …), the flow's code, or 'error' for a foreign throw. */
  failure: string
  /** The HTTP status, when there was a response. */
  status?: number
  /** The backend's error code (`type_name`), when it is an identifier. */
  code?: string
  /** The backend's request reference, when it is an opaque id (never a URL). */
  requestId?: string
}

export interface ErrorDescription {
  cause: ErrorCause
  /** What failed, where: "Xero could not be deleted." */
  summary: ErrorsMessageKey
  /** What happened and what to do: "You don't have permission to do this. Ask an administrator." */
  reason: ErrorsMessageKey
  /** For both keys: `name`, `resource`, and `count` (seconds to wait) when the reason needs it. */
  values: MessageValues
  /** Whether trying the same thing again can help: offer "Try again" only then. */
  retryable: boolean
  technical: ErrorTechnicalDetail
}

export interface DescribeErrorOptions {
  /** The connector's name, for the summary. */
  name?: string
  /** The resource (`leads`), for resource defaults. */
  resource?: string
  /**
   * The library already retried (query/mutation `failureCount` > 1): the reason says so and asks to
   * try later, rather than repeating the first answer's `Retry-After`.
   */
  retried?: boolean
}

/** Places where the user typed the values the server judged: a 400/422 asks them to check those. */
const formPlaces = new Set<ErrorPlace>(['settingsSave', 'resourceSave', 'import', 'create'])

/** Failures that the same action, repeated, can get past. */
const retryableCauses = new Set<ErrorCause>([
  'conflict',
  'rateLimited',
  'server',
  'offline',
  'timeout',
  'unreadable',
  'cancelled',
  'notDownloaded',
  'unexpected',
])

/** Causes the library itself retries; after that, the reason says it was retried. */
const retriedCauses = new Set<ErrorCause>([
  'rateLimited',
  'server',
  'offline',
  'timeout',
  'notDownloaded',
])

/** The cause of each kind of failure that has no HTTP status to read. */
const causeOfKind = new Map<string, ErrorCause>([
  ['network', 'offline'],
  ['timeout', 'timeout'],
  ['parse', 'unreadable'],
  ['abort', 'cancelled'],
  ['unsupported', 'unsupported'],
])

/**
 * The codes of the OAuth flows (AuthorizeError/RevokeError `code`) that mean the provider address
 * itself is unusable: there is no request to blame, and nothing to retry.
 */
const causeOfFlowCode = new Map<unknown, ErrorCause>([
  ['no_authorize_url', 'noAuthorizeUrl'],
  ['no_revoke_url', 'noRevokeUrl'],
  // A lazy part's chunk (components/lazy-part.ts).
  ['chunk', 'notDownloaded'],
])

/**
 * A support reference worth quoting: an opaque id ("req_8f2c…", a UUID). Vault's `ref` is a link to
 * its error documentation, not an id, so anything with a slash, a space or a scheme is left out:
 * a URL from the API is never shown, let alone as a link.
 */
export function isRequestIdLike(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[\w.:-]{4,128}$/.test(value) && !/^[a-z][\w+.-]*:/i.test(value)
  )
}

/** A machine code ("UnauthorizedError", "invalid_ref"), not a sentence or a URL. */
function isCodeLike(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(value)
}

function causeOfStatus(status: number, place: ErrorPlace): ErrorCause {
  switch (status) {
    case 400:
    case 422:
      return formPlaces.has(place) ? 'invalidValues' : 'rejected'
    case 401:
      return 'session'
    case 402:
      return 'plan'
    case 403:
      return 'permission'
    case 404:
    case 410:
      return 'notFound'
    case 408:
      return 'timeout'
    case 409:
      return 'conflict'
    case 429:
      return 'rateLimited'
    default:
      if (status >= 500) {
        return 'server'
      }
      return status >= 400 ? 'rejected' : 'unexpected'
  }
}

function classify(error: unknown, place: ErrorPlace): { cause: ErrorCause; failure: string } {
  if (isIntegrationsApiError(error)) {
    const kind: string = error.kind
    const cause = kind === 'http' ? causeOfStatus(error.status, place) : causeOfKind.get(kind)
    // A kind added later (or by another adapter) still gets a sentence.
    return { cause: cause ?? 'unexpected', failure: isCodeLike(kind) ? kind : 'error' }
  }
  const code = (error as { code?: unknown } | null | undefined)?.code
  const cause = causeOfFlowCode.get(code)
  if (cause !== undefined) {
    return { cause, failure: code as string }
  }
  return { cause: 'unexpected', failure: 'error' }
}

/**
 * The permission a 403 says is missing (`detail.scope`, set by the Kinde adapter: e.g.
 * `read:connections`), when it is an identifier: the adapter's own fact, never the backend's text.
 */
function missingScope(error: unknown): string | undefined {
  if (!isIntegrationsApiError(error) || error.status !== 403 || !isRecord(error.detail)) {
    return undefined
  }
  const scope = error.detail.scope
  return typeof scope === 'string' && /^[\w.:/-]{1,100}$/.test(scope) ? scope : undefined
}

function reasonOf(
  cause: ErrorCause,
  error: unknown,
  retried: boolean,
): { reason: ErrorsMessageKey; count?: number; scope?: string } {
  const scope = cause === 'permission' ? missingScope(error) : undefined
  if (scope !== undefined) {
    return { reason: 'errors.reason.permissionScope', scope }
  }
  if (retried && retriedCauses.has(cause)) {
    return { reason: `errors.reason.${cause as 'server'}Retried` }
  }
  if (cause === 'rateLimited' && isIntegrationsApiError(error) && (error.retryAfter ?? 0) > 0) {
    return { reason: 'errors.reason.rateLimitedWait', count: error.retryAfter as number }
  }
  return { reason: `errors.reason.${cause}` }
}

function technicalOf(error: unknown, failure: string): ErrorTechnicalDetail {
  const technical: ErrorTechnicalDetail = { failure }
  if (!isIntegrationsApiError(error)) {
    return technical
  }
  if (error.status > 0) {
    technical.status = error.status
  }
  if (isCodeLike(error.code)) {
    technical.code = error.code
  }
  if (isRequestIdLike(error.requestId)) {
    technical.requestId = error.requestId
  }
  return technical
}

/** The user's message for `error` at `place`: keys, values, whether to offer a retry, support detail. */
export function describeError(
  error: unknown,
  place: ErrorPlace,
  options: DescribeErrorOptions = {},
): ErrorDescription {
  const { cause, failure } = classify(error, place)
  const { reason, count, scope } = reasonOf(cause, error, options.retried === true)
  const values: MessageValues = {}
  if (options.name !== undefined) {
    values.name = options.name
  }
  if (options.resource !== undefined) {
    values.resource = options.resource
  }
  if (count !== undefined) {
    values.count = count
  }
  if (scope !== undefined) {
    values.scope = scope
  }
  return {
    cause,
    // A token grant is a way of connecting: the user reads the same summary.
    summary: `errors.summary.${place === 'token' ? 'connect' : place}`,
    reason,
    values,
    retryable: retryableCauses.has(cause),
    technical: technicalOf(error, failure),
  }
}

/** Formats with the page's messages; the i18n layer's `t`, or `formatMessage` over a catalog. */
export type ErrorTranslate = (key: ErrorsMessageKey, values?: MessageValues) => string

/** The main line: summary and reason joined as the locale joins two sentences. */
export function errorMainLine(description: ErrorDescription, translate: ErrorTranslate): string {
  return translate('errors.sentence', {
    summary: translate(description.summary, description.values),
    reason: translate(description.reason, description.values),
  })
}

/** The "Details" line for support, one labelled part per known fact: "Status 403 · Code … · Reference …". */
export function errorDetailParts(
  technical: ErrorTechnicalDetail,
  translate: ErrorTranslate,
): string[] {
  const parts =
    technical.status === undefined
      ? [translate('errors.details.failure', { failure: technical.failure })]
      : [translate('errors.details.status', { status: String(technical.status) })]
  if (technical.code !== undefined) {
    parts.push(translate('errors.details.code', { code: technical.code }))
  }
  if (technical.requestId !== undefined) {
    parts.push(translate('errors.details.reference', { requestId: technical.requestId }))
  }
  return parts
}

/**
 * Whether the library already retried, from a query's or mutation's `failureCount` once it has
 * failed for good: TanStack counts every failed attempt, so one attempt that failed is 1.
 */
export function wasRetried(failureCount: number): boolean {
  return failureCount > 1
}
