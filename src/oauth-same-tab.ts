/**
 * Same-tab OAuth: the fallback when the browser blocks the popup. The page navigates itself to the
 * provider; the callback page (`handleOAuthCallback`, no opener) sends the browser back to `returnTo`
 * with the result in the hash; `resumeSameTabAuthorization` reads it there so the page can reopen the
 * connector and confirm.
 *
 * The attempt's `{ nonce, ref, returnTo }` is kept in sessionStorage, which survives the round trip
 * in the same tab. Storage can be unavailable (partitioned third-party iframes, privacy modes): then
 * `returnTo` and the unified API travel as query parameters of the redirect URI instead, and the
 * result comes back marked `verified: false`, because without the stored nonce a forged link cannot be
 * told apart from a real return. Callers must not confirm an unverified result.
 *
 * The callback page must be on the host page's origin for this fallback (sessionStorage is per origin).
 */
import type { ConnectionRef } from './types'
import {
  hashParams,
  isOAuthMessage,
  oauthMessageResult,
  oauthMessageToHash,
  readOAuthCallbackUrl,
  stripOAuthCallbackParams,
} from './oauth-messages'
import type { OAuthMessage, OAuthMessageResult } from './oauth-messages'
import { safeUrl } from './safe-url'

export const SAME_TAB_STORAGE_KEY = 'integrations-kit:oauth-same-tab'
/** Redirect-URI query parameters used only when sessionStorage is unavailable. */
export const RETURN_TO_PARAM = 'ik_return_to'
export const UNIFIED_API_PARAM = 'ik_unified_api'

export interface SameTabRecord {
  nonce: string
  ref: ConnectionRef
  /** Same-origin URL of the page to come back to. */
  returnTo: string
  flow: 'authorize' | 'revoke'
}

export interface StartSameTabAuthorizationOptions {
  /** The host's callback URL. */
  redirectUri: string
  /** Builds the provider URL for a redirect URI (the adapter's `authorizeUrl`/`revokeUrl` with this attempt's nonce). */
  buildUrl: (redirectUri: string) => string | null
  nonce: string
  ref: ConnectionRef
  /** Where to come back to. Default: the current page without its hash. Must be same-origin. */
  returnTo?: string
  flow?: 'authorize' | 'revoke'
  hostWindow?: Window
}

export interface StartSameTabAuthorizationResult {
  /** False when the provider URL could not be built (or was not http(s)): nothing happened. */
  navigated: boolean
  /** Whether the attempt was stored (so the return can be verified). */
  stored: boolean
}

export interface SameTabResume {
  /** 'success', 'error' or 'revoked'. */
  result: OAuthMessageResult
  /** The connection to reopen; null when it cannot be known. */
  ref: ConnectionRef | null
  /** True only when the returned nonce matches the stored attempt. Never confirm an unverified result. */
  verified: boolean
  flow: 'authorize' | 'revoke'
}

function storage(host: Window): Storage | null {
  try {
    const store = host.sessionStorage
    // Reading the property can succeed while writes throw (Safari private mode, quota 0).
    const probe = `${SAME_TAB_STORAGE_KEY}:probe`
    store.setItem(probe, '1')
    store.removeItem(probe)
    return store
  } catch {
    return null
  }
}

function isRecord(value: unknown): value is SameTabRecord {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  const record = value as Record<string, unknown>
  const ref = record.ref as Record<string, unknown> | undefined
  return (
    typeof record.nonce === 'string' &&
    typeof record.returnTo === 'string' &&
    (record.flow === 'authorize' || record.flow === 'revoke') &&
    typeof ref === 'object' &&
    ref !== null &&
    typeof ref.unifiedApi === 'string' &&
    typeof ref.serviceId === 'string'
  )
}

/** The stored attempt, if any (for the callback page and the resume). */
export function readSameTabRecord(host: Window = window): SameTabRecord | null {
  const store = storage(host)
  if (!store) {
    return null
  }
  try {
    const parsed: unknown = JSON.parse(store.getItem(SAME_TAB_STORAGE_KEY) ?? 'null')
    return isRecord(parsed) ? parsed : null
  } catch {
    return null
  }
}

function clearSameTabRecord(host: Window) {
  storage(host)?.removeItem(SAME_TAB_STORAGE_KEY)
}

/**
 * `candidate` resolved against the current page, if it is an http(s) URL on the page's own origin;
 * otherwise null (no open redirects).
 */
export function sameOriginUrl(
  candidate: string | null | undefined,
  host: Window = window,
): string | null {
  if (!candidate) {
    return null
  }
  try {
    const url = new URL(candidate, host.location.href)
    if (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.origin === host.location.origin
    ) {
      return url.href
    }
  } catch {
    // Not a URL.
  }
  return null
}

/** Navigates this tab to the provider, remembering the attempt so the return can be verified. */
export function startSameTabAuthorization(
  options: StartSameTabAuthorizationOptions,
): StartSameTabAuthorizationResult {
  const host = options.hostWindow ?? window
  const here = new URL(host.location.href)
  here.hash = ''
  const returnTo = sameOriginUrl(options.returnTo ?? here.href, host)
  if (returnTo === null) {
    return { navigated: false, stored: false }
  }
  const record: SameTabRecord = {
    nonce: options.nonce,
    ref: { unifiedApi: options.ref.unifiedApi, serviceId: options.ref.serviceId },
    returnTo,
    flow: options.flow ?? 'authorize',
  }
  const store = storage(host)
  let stored = false
  let redirectUri = options.redirectUri
  if (store) {
    try {
      store.setItem(SAME_TAB_STORAGE_KEY, JSON.stringify(record))
      stored = true
    } catch {
      stored = false
    }
  }
  if (!stored) {
    // No storage: carry the way back in the redirect URI itself (never the nonce: it would prove nothing).
    const withState = new URL(redirectUri)
    withState.searchParams.set(RETURN_TO_PARAM, returnTo)
    withState.searchParams.set(UNIFIED_API_PARAM, options.ref.unifiedApi)
    redirectUri = withState.href
  }
  const url = options.buildUrl(redirectUri)
  if (url === null || safeUrl(url) === null) {
    if (stored) {
      clearSameTabRecord(host)
    }
    return { navigated: false, stored: false }
  }
  host.location.assign(url)
  return { navigated: true, stored }
}

/** Where the callback page should send a same-tab return, and the hash to put on it; null when there is no way back. */
export function sameTabReturnUrl(message: OAuthMessage, host: Window = window): string | null {
  const stored = readSameTabRecord(host)
  // A popup starts with a copy of its opener's sessionStorage: only the record of this attempt counts.
  const record =
    stored !== null &&
    stored.ref.serviceId === message.serviceId &&
    (message.nonce === undefined || stored.nonce === message.nonce)
      ? stored
      : null
  const callbackUrl = new URL(host.location.href)
  const returnTo = sameOriginUrl(
    record?.returnTo ?? callbackUrl.searchParams.get(RETURN_TO_PARAM),
    host,
  )
  if (returnTo === null) {
    return null
  }
  const target = new URL(returnTo)
  const unifiedApi = record?.ref.unifiedApi ?? callbackUrl.searchParams.get(UNIFIED_API_PARAM)
  const hash = new URLSearchParams(oauthMessageToHash(message))
  if (unifiedApi) {
    hash.set(UNIFIED_API_PARAM, unifiedApi)
  }
  target.hash = hash.toString()
  return target.href
}

/**
 * On the page that started a same-tab authorization: reads the result the callback page put in the
 * URL, removes it from the address bar, and checks it against the stored attempt. Returns null when the
 * URL carries no result. Call it once on load (it consumes the stored attempt).
 */
export function resumeSameTabAuthorization(
  options: { hostWindow?: Window } = {},
): SameTabResume | null {
  const host = options.hostWindow ?? window
  const href = host.location.href
  const message = readOAuthCallbackUrl(href)
  if (message === null || !isOAuthMessage(message)) {
    return null
  }
  const cleaned = new URL(stripOAuthCallbackParams(href))
  cleaned.searchParams.delete(UNIFIED_API_PARAM)
  host.history.replaceState(host.history.state, '', cleaned.href)

  const record = readSameTabRecord(host)
  clearSameTabRecord(host)
  const verified =
    record !== null &&
    message.nonce !== undefined &&
    record.nonce === message.nonce &&
    record.ref.serviceId === message.serviceId
  const unifiedApi = verified
    ? record.ref.unifiedApi
    : hashParams(new URL(href)).get(UNIFIED_API_PARAM)
  const ref = unifiedApi && message.serviceId ? { unifiedApi, serviceId: message.serviceId } : null
  return {
    result: oauthMessageResult(message),
    ref,
    verified,
    flow: verified ? record.flow : 'authorize',
  }
}
