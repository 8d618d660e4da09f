/**
 * Same-tab OAuth: the fallback when the browser blocks the popup. The page navigates itself to the
 * provider; the callback page (`handleOAuthCallback`, no opener) sends the browser back to `returnTo`
 * with the result in the hash; `resumeSameTabAuthorization` reads it there so the page can reopen the
 * connector and confirm.
 *
 * Anyone can make a link to the page with a result in its hash, so a result is honoured only when it
 * answers an attempt this browser tab started: the attempt `{ nonce, ref, returnTo, flow, createdAt }`
 * is kept in sessionStorage before leaving (it survives the round trip in the same tab), and the
 * returned nonce and connector must match it, within `SAME_TAB_ATTEMPT_TTL_MS`. The stored attempt
 * is consumed by the first result read, matching or not, so a link cannot be replayed. Everything
 * the page acts on (which connector, which flow) comes from the stored attempt, never from the URL.
 * Without sessionStorage (partitioned third-party iframes, some privacy modes) a return could not be
 * verified, so the same-tab flow does not start at all.
 *
 * The callback page must be on the host page's origin (sessionStorage is per origin).
 */
import type { ConnectionRef } from '../types'
import {
  isOAuthMessage,
  oauthMessageResult,
  oauthMessageToHash,
  readOAuthCallbackUrl,
  stripOAuthCallbackParams,
} from './messages'
import type { OAuthMessage, OAuthMessageResult } from './messages'
import { safeUrl } from '../safe-url'

export const SAME_TAB_STORAGE_KEY = 'integrations-kit:oauth-same-tab'
/**
 * How long a started attempt can be answered. Long enough for a sign-in with a second factor,
 * short enough that a forgotten attempt does not wait for a link days later.
 */
export const SAME_TAB_ATTEMPT_TTL_MS = 10 * 60 * 1000
/**
 * Query parameters older versions put on the redirect URI and the return URL; removed from the
 * address bar when a result is read, never trusted.
 */
const LEGACY_PARAMS = ['ik_return_to', 'ik_unified_api'] as const

export type SameTabFlow = 'authorize' | 'revoke'

export interface SameTabRecord {
  nonce: string
  ref: ConnectionRef
  /** Same-origin URL of the page to come back to. */
  returnTo: string
  flow: SameTabFlow
  /** When the attempt started (ms since the epoch). */
  createdAt: number
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
  flow?: SameTabFlow
  hostWindow?: Window
}

export interface StartSameTabAuthorizationResult {
  /** False when nothing happened (see `reason`). */
  navigated: boolean
  /** Whether the attempt was stored (it always is when the tab navigated). */
  stored: boolean
  /**
   * Why the tab did not navigate: `storage_unavailable` (the return could not be verified),
   * `unsafe_url` (no provider URL, or not http(s)), `unsafe_return` (`returnTo` not same-origin).
   */
  reason?: 'storage_unavailable' | 'unsafe_url' | 'unsafe_return'
}

/** A verified same-tab result: it answers the attempt this tab stored. */
export interface SameTabResume {
  /** 'success' (authorize flow), 'revoked' (revoke flow) or 'error' (either). */
  result: OAuthMessageResult
  /** The connection of the stored attempt: reopen it. */
  ref: ConnectionRef
  flow: SameTabFlow
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
    record.nonce.length > 0 &&
    typeof record.returnTo === 'string' &&
    (record.flow === 'authorize' || record.flow === 'revoke') &&
    typeof record.createdAt === 'number' &&
    Number.isFinite(record.createdAt) &&
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

/** Whether this tab can keep a same-tab attempt (and so verify its return). */
export function isSameTabAvailable(host: Window = window): boolean {
  return storage(host) !== null
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

/**
 * Navigates this tab to the provider, remembering the attempt so the return can be verified. Does
 * nothing when the attempt cannot be stored: its return could not be told apart from a forged link.
 */
export function startSameTabAuthorization(
  options: StartSameTabAuthorizationOptions,
): StartSameTabAuthorizationResult {
  const host = options.hostWindow ?? window
  const here = new URL(host.location.href)
  here.hash = ''
  const returnTo = sameOriginUrl(options.returnTo ?? here.href, host)
  if (returnTo === null) {
    return { navigated: false, stored: false, reason: 'unsafe_return' }
  }
  const url = options.buildUrl(options.redirectUri)
  if (url === null || safeUrl(url) === null) {
    return { navigated: false, stored: false, reason: 'unsafe_url' }
  }
  const record: SameTabRecord = {
    nonce: options.nonce,
    ref: { unifiedApi: options.ref.unifiedApi, serviceId: options.ref.serviceId },
    returnTo,
    flow: options.flow ?? 'authorize',
    createdAt: Date.now(),
  }
  try {
    const store = storage(host)
    if (store === null) {
      return { navigated: false, stored: false, reason: 'storage_unavailable' }
    }
    store.setItem(SAME_TAB_STORAGE_KEY, JSON.stringify(record))
  } catch {
    return { navigated: false, stored: false, reason: 'storage_unavailable' }
  }
  host.location.assign(url)
  return { navigated: true, stored: true }
}

/** Whether `message` answers `record`: same connector, and the attempt's nonce when it carries one. */
function answers(record: SameTabRecord, message: OAuthMessage): boolean {
  return (
    record.ref.serviceId === message.serviceId &&
    (message.nonce === undefined || record.nonce === message.nonce)
  )
}

/**
 * For the callback page: where to send a same-tab return (the stored attempt's `returnTo`, with the
 * result in the hash); null when this tab started no such attempt. A result without a nonce (some
 * error redirects) still goes back, so the user lands on the page, but it will not be honoured there.
 */
export function sameTabReturnUrl(message: OAuthMessage, host: Window = window): string | null {
  const record = readSameTabRecord(host)
  // A popup starts with a copy of its opener's sessionStorage: only the record of this attempt counts.
  if (record === null || !answers(record, message)) {
    return null
  }
  const returnTo = sameOriginUrl(record.returnTo, host)
  if (returnTo === null) {
    return null
  }
  const target = new URL(returnTo)
  target.hash = oauthMessageToHash(message)
  return target.href
}

/** `href` without any result parameter (ours or older versions'), for `history.replaceState`. */
function withoutResult(href: string): string {
  const url = new URL(stripOAuthCallbackParams(href))
  for (const name of LEGACY_PARAMS) {
    url.searchParams.delete(name)
  }
  return url.href
}

function isFresh(record: SameTabRecord, now: number): boolean {
  const age = now - record.createdAt
  return age >= 0 && age <= SAME_TAB_ATTEMPT_TTL_MS
}

/** Which results a flow can end with: a revoke never "connects", an authorization never "revokes". */
function fitsFlow(flow: SameTabFlow, message: OAuthMessage): boolean {
  switch (message.type) {
    case 'oauth_complete':
      return flow === 'authorize'
    case 'oauth_revoked':
      return flow === 'revoke'
    case 'oauth_error':
      return true
    default:
      return message satisfies never
  }
}

/**
 * On the page that started a same-tab authorization: reads the result the callback page put in the
 * URL, removes it from the address bar, and checks it against the stored attempt, which it
 * consumes. Returns the result only when it is this tab's own: the nonce (required) and the
 * connector match the stored attempt, the attempt has not expired, and the result fits its flow.
 * Anything else returns null, like a URL without a result: a forged or replayed link does nothing.
 */
export function resumeSameTabAuthorization(
  options: { hostWindow?: Window } = {},
): SameTabResume | null {
  const host = options.hostWindow ?? window
  const href = host.location.href
  const message = readOAuthCallbackUrl(href)
  // Without a connector it is not a result (and may be the host's own `?error=` parameter).
  if (message === null || !isOAuthMessage(message)) {
    return null
  }
  const cleaned = withoutResult(href)
  if (cleaned !== href) {
    host.history.replaceState(host.history.state, '', cleaned)
  }
  // Read once, then gone: a second link (or a reload of this one) finds nothing to match.
  const record = readSameTabRecord(host)
  clearSameTabRecord(host)
  if (
    record === null ||
    message.nonce === undefined ||
    !answers(record, message) ||
    !isFresh(record, Date.now()) ||
    !fitsFlow(record.flow, message)
  ) {
    return null
  }
  return { result: oauthMessageResult(message), ref: record.ref, flow: record.flow }
}
