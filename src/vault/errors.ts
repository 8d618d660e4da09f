/**
 * Vault's non-2xx answers as IntegrationsApiError: its error body (`type_name`, `message`,
 * `detail`, `ref`) gives the code, the developer message, the detail and the request id. The
 * failures every backend shares (network, abort, timeout, unreadable body) are in src/http/errors.ts.
 */
import { IntegrationsApiError } from '../errors'
import { isRecord } from '../json-guards'
import { developerMessage, parseRetryAfter, type HttpErrorMapper } from '../http/errors'

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** The error for a non-2xx response whose body has already been read (parsed JSON, text or undefined). */
export const toVaultError: HttpErrorMapper = (response, body) => {
  const status = response.status
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  const vault = isRecord(body) ? body : {}
  return new IntegrationsApiError({
    kind: 'http',
    status,
    code: nonEmptyString(vault.type_name),
    message: developerMessage(status, nonEmptyString(vault.message), retryAfter),
    detail: vault.detail,
    requestId: nonEmptyString(vault.ref) ?? response.headers.get('x-request-id') ?? undefined,
    retryAfter,
    body,
  })
}
