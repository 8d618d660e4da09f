/**
 * The messages the OAuth callback page sends to the window that opened it, and how they are read
 * from the callback URL. The shape is ours (produced by `handleOAuthCallback`) and mirrors Apideck's
 * hosted callback page, so either page can serve a host:
 *
 *   { type: 'oauth_complete', nonce, confirmToken, serviceId }
 *   { type: 'oauth_error', error, errorDescription, nonce?, serviceId }
 *   { type: 'oauth_revoked', nonce, serviceId }
 *
 * In the callback URL, Vault puts a success in the hash (`#nonce=…&confirm_token=…&service_id=…`,
 * so the secret never reaches a server log) and an error in the query
 * (`?error_type=…&error_message=…&service_id=…`). A revoke return is `#revoked=1&nonce=…&service_id=…`.
 */

export interface OAuthCompleteMessage {
  type: 'oauth_complete'
  nonce: string
  /** Single-use token for `POST …/confirm`. A secret: never log it. */
  confirmToken: string
  serviceId: string
}

export interface OAuthErrorMessage {
  type: 'oauth_error'
  /** Machine code from the provider or Vault, e.g. `access_denied`. */
  error: string
  errorDescription: string
  /** Present when the provider echoed it; Vault's error redirect does not always carry it. */
  nonce?: string
  serviceId: string
}

export interface OAuthRevokedMessage {
  type: 'oauth_revoked'
  nonce: string
  serviceId: string
}

export type OAuthMessage = OAuthCompleteMessage | OAuthErrorMessage | OAuthRevokedMessage

/** Same-origin fallback channel for popups whose `window.opener` was cut (COOP on the provider). */
export const OAUTH_BROADCAST_CHANNEL = 'integrations-kit:oauth'

/** The URL parameters that carry a callback result; removed from the address bar once read. */
export const OAUTH_CALLBACK_PARAMS = [
  'nonce',
  'confirm_token',
  'service_id',
  'error_type',
  'error_message',
  'error',
  'error_description',
  'revoked',
] as const

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0
}

/** Narrows untrusted `MessageEvent.data` to one of our messages (shape only; origin and nonce are the caller's job). */
export function isOAuthMessage(data: unknown): data is OAuthMessage {
  if (typeof data !== 'object' || data === null) {
    return false
  }
  const message = data as Record<string, unknown>
  if (!isNonEmptyString(message.serviceId)) {
    return false
  }
  switch (message.type) {
    case 'oauth_complete':
      return isNonEmptyString(message.nonce) && isNonEmptyString(message.confirmToken)
    case 'oauth_error':
      return (
        isNonEmptyString(message.error) &&
        typeof message.errorDescription === 'string' &&
        (message.nonce === undefined || isNonEmptyString(message.nonce))
      )
    case 'oauth_revoked':
      return isNonEmptyString(message.nonce)
    default:
      return false
  }
}

/** The parameters in a URL's hash (`#a=1&b=2`). */
export function hashParams(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.slice(1))
}

/**
 * What a callback message means to the flow that waits for it (the outcome types of
 * `openAuthorizeWindow` and of a same-tab return).
 */
export type OAuthMessageResult =
  | { type: 'success'; confirmToken: string; serviceId: string }
  | { type: 'revoked'; serviceId: string }
  | { type: 'error'; error: string; description: string }

export function oauthMessageResult(message: OAuthMessage): OAuthMessageResult {
  switch (message.type) {
    case 'oauth_complete':
      return { type: 'success', confirmToken: message.confirmToken, serviceId: message.serviceId }
    case 'oauth_revoked':
      return { type: 'revoked', serviceId: message.serviceId }
    case 'oauth_error':
      return { type: 'error', error: message.error, description: message.errorDescription }
    default:
      return message satisfies never
  }
}

/**
 * Reads a callback result from a URL: the hash first (success, revoke, and our same-tab return),
 * then the query (errors). Returns null when the URL carries no result.
 */
export function readOAuthCallbackUrl(href: string): OAuthMessage | null {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  for (const params of [hashParams(url), url.searchParams]) {
    const serviceId = params.get('service_id') ?? ''
    const nonce = params.get('nonce') ?? undefined
    const errorType = params.get('error_type') ?? params.get('error')
    if (isNonEmptyString(errorType)) {
      return {
        type: 'oauth_error',
        error: errorType,
        errorDescription: params.get('error_message') ?? params.get('error_description') ?? '',
        ...(isNonEmptyString(nonce) ? { nonce } : {}),
        serviceId,
      }
    }
    const confirmToken = params.get('confirm_token')
    if (isNonEmptyString(confirmToken) && isNonEmptyString(nonce)) {
      return { type: 'oauth_complete', nonce, confirmToken, serviceId }
    }
    if (params.get('revoked') === '1' && isNonEmptyString(nonce)) {
      return { type: 'oauth_revoked', nonce, serviceId }
    }
  }
  return null
}

/** The same result as a hash fragment (no leading '#'), for the same-tab return. */
export function oauthMessageToHash(message: OAuthMessage): string {
  const params = new URLSearchParams()
  switch (message.type) {
    case 'oauth_complete':
      params.set('nonce', message.nonce)
      params.set('confirm_token', message.confirmToken)
      break
    case 'oauth_error':
      params.set('error_type', message.error)
      params.set('error_message', message.errorDescription)
      if (message.nonce !== undefined) {
        params.set('nonce', message.nonce)
      }
      break
    case 'oauth_revoked':
      params.set('revoked', '1')
      params.set('nonce', message.nonce)
      break
    default:
      message satisfies never
  }
  params.set('service_id', message.serviceId)
  return params.toString()
}

/**
 * `href` without the callback parameters (hash emptied when it held any of them), for
 * `history.replaceState`, so a secret confirm token does not stay in the address bar, history or
 * a later Referer.
 */
export function stripOAuthCallbackParams(href: string): string {
  const url = new URL(href)
  for (const name of OAUTH_CALLBACK_PARAMS) {
    url.searchParams.delete(name)
  }
  const hash = hashParams(url)
  if (OAUTH_CALLBACK_PARAMS.some((name) => hash.has(name))) {
    url.hash = ''
  }
  return url.href
}
