/**
 * The OAuth window flow, React-free.
 *
 * `openAuthorizeWindow` MUST be called synchronously inside the user's click handler: browsers (Safari
 * first) only allow a popup opened during a user gesture, so it calls `window.open` before anything
 * is awaited. When the provider URL is not known yet (the connection must be added first), it opens
 * `about:blank` and the caller navigates the window later with `navigate(url)`.
 *
 * The result comes back by `postMessage` from the callback page (`handleOAuthCallback`, see
 * oauth-messages.ts for the shapes). A message is accepted only when all of these hold:
 * - `event.origin` is the redirect URI's origin,
 * - `event.source` is the window we opened,
 * - `data.serviceId` is the connector being authorized,
 * - `data.nonce` is this attempt's nonce. One exception: an `oauth_error` without a nonce (Vault's
 *   error redirect does not always carry it) is accepted because origin and source already bind it
 *   to our window; an error is harmless, it can only end the attempt.
 * Anything else is ignored and changes nothing.
 *
 * When `window.opener` is cut (a provider sending `Cross-Origin-Opener-Policy: same-origin`), the
 * callback page also announces the result on a same-origin BroadcastChannel, which we listen to when
 * the redirect URI is on our own origin (the nonce is still checked).
 *
 * Outcomes: 'success' / 'error' / 'revoked' / 'cancelled' end the attempt. 'blocked' and 'closed' do
 * not: the window may be reopened (`reopen()`, inside a click) and a late result is still accepted,
 * because `popup.closed` can lie under COOP and aborting a flow that may still complete is how
 * duplicate connections are made. `result` is the first outcome; `next()` gives each one after it.
 */
import { createNonce } from './nonce'
import { isOAuthMessage, OAUTH_BROADCAST_CHANNEL, oauthMessageResult } from './messages'

export type OAuthWindowResult =
  /** The provider granted access; confirm with `POST …/confirm { confirm_token }`. */
  | { type: 'success'; confirmToken: string; serviceId: string }
  /** The revoke flow reported completion. */
  | { type: 'revoked'; serviceId: string }
  /** The provider or Vault reported an error (`access_denied` when the user clicked Deny). */
  | { type: 'error'; error: string; description: string }
  /** The user closed the window. Advisory, not an error: a late result is still accepted. */
  | { type: 'closed' }
  /** The browser blocked the window; `url` (when known) is for a same-tab fallback or a link. */
  | { type: 'blocked'; url: string | null }
  /** `cancel()` was called. */
  | { type: 'cancelled' }

export type OAuthWindowResultType = OAuthWindowResult['type']

export interface OpenAuthorizeWindowOptions {
  /** The provider URL when it is known synchronously; otherwise `about:blank` opens and you call `navigate(url)`. */
  url?: string | null
  /** Where the provider returns; only messages from its origin are accepted. */
  redirectUri: string
  /** The connector being authorized; messages about another connector are ignored. */
  serviceId: string
  /** This attempt's nonce (the one put into the provider URL). Default: a fresh one. */
  nonce?: string
  /** Window name; one name means one window. Default 'integrations-kit-oauth'. */
  name?: string
  width?: number
  height?: number
  /** How often to check whether the user closed the window. Default 500 ms. */
  pollIntervalMs?: number
  /** The window to open from. Default: the global `window`. */
  hostWindow?: Window
}

export interface AuthorizeWindowController {
  /** The nonce this attempt accepts. */
  readonly nonce: string
  /** The first outcome. */
  readonly result: Promise<OAuthWindowResult>
  /**
   * The outcome after the last one read: call it after a 'closed' or 'blocked' result to keep
   * waiting (`let r = await c.result; while (r.type === 'closed') r = await c.next()`).
   */
  next(): Promise<OAuthWindowResult>
  /** True once the attempt ended ('success', 'error', 'revoked' or 'cancelled'). */
  readonly done: boolean
  /** The provider URL, once known. */
  readonly url: string | null
  /** True while the window is open (as far as `window.closed` tells). */
  readonly isOpen: boolean
  /** Sends the (already open) window to the provider URL. */
  navigate(url: string): void
  /** Brings the window to the front. */
  focus(): void
  /** Opens the window again after 'closed' or 'blocked' (call it in a click handler). Focuses it when still open. */
  reopen(): void
  /** Ends the attempt: closes the window, stops listening, resolves 'cancelled'. */
  cancel(): void
}

const DEFAULT_NAME = 'integrations-kit-oauth'
const DEFAULT_WIDTH = 520
const DEFAULT_HEIGHT = 720
const DEFAULT_POLL_MS = 500

/** The controller whose window is open right now: a second click focuses it instead of opening another. */
let activeController: AuthorizeWindowController | null = null

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback
}

/** `window.open` features that centre the popup on the current window (not the screen: multi-monitor safe). */
function popupFeatures(host: Window, width: number, height: number): string {
  const screenX = finiteOr(host.screenX, 0)
  const screenY = finiteOr(host.screenY, 0)
  const outerWidth = finiteOr(host.outerWidth, width)
  const outerHeight = finiteOr(host.outerHeight, height)
  const left = Math.round(screenX + (outerWidth - width) / 2)
  const top = Math.round(screenY + (outerHeight - height) / 2)
  // No `noopener`: the callback page needs `window.opener`, and Safari returns null with it.
  return `popup=yes,width=${width},height=${height},left=${left},top=${top}`
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

function isOpen(popup: Window | null): popup is Window {
  // `closed === undefined` happens with some popup blockers that hand back a stub.
  return popup !== null && popup.closed === false
}

/** Outcomes in order; each index can be awaited before or after it happens. */
function outcomeLog() {
  const outcomes: OAuthWindowResult[] = []
  const waiting = new Map<number, Array<(result: OAuthWindowResult) => void>>()
  return {
    push(result: OAuthWindowResult) {
      const index = outcomes.push(result) - 1
      for (const resolve of waiting.get(index) ?? []) {
        resolve(result)
      }
      waiting.delete(index)
    },
    at(index: number): Promise<OAuthWindowResult> {
      const known = outcomes[index]
      if (known) {
        return Promise.resolve(known)
      }
      return new Promise((resolve) => {
        waiting.set(index, [...(waiting.get(index) ?? []), resolve])
      })
    },
  }
}

/**
 * Opens the provider window. Call it synchronously in the click handler (before any `await`).
 * A second call while a window is open focuses that window and returns its controller.
 *
 * Advanced: `useAuthorizeConnection` and `AuthorizeButton` run this flow for you; call it only to
 * drive the OAuth window from code outside React.
 */
export function openAuthorizeWindow(
  options: OpenAuthorizeWindowOptions,
): AuthorizeWindowController {
  if (activeController?.isOpen) {
    activeController.focus()
    return activeController
  }
  // An earlier attempt that is closed or blocked but still listening is replaced by this one.
  activeController?.cancel()

  const host = options.hostWindow ?? window
  const name = options.name ?? DEFAULT_NAME
  const width = options.width ?? DEFAULT_WIDTH
  const height = options.height ?? DEFAULT_HEIGHT
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS
  const nonce = options.nonce ?? createNonce()
  const serviceId = options.serviceId
  const expectedOrigin = originOf(options.redirectUri)

  let url: string | null = options.url ?? null
  let popup: Window | null = null
  /** Every window this attempt opened: a message must come from one of them. */
  const openedWindows = new Set<Window>()
  const log = outcomeLog()
  const first = log.at(0)
  let cursor = 0
  let done = false
  let pollTimer: ReturnType<typeof setInterval> | undefined
  let channel: BroadcastChannel | null = null

  function stopPolling() {
    if (pollTimer !== undefined) {
      clearInterval(pollTimer)
      pollTimer = undefined
    }
  }

  function settle(result: OAuthWindowResult) {
    if (done) {
      return
    }
    if (result.type !== 'closed' && result.type !== 'blocked') {
      done = true
      cleanup()
    }
    log.push(result)
  }

  function cleanup() {
    stopPolling()
    host.removeEventListener('message', onWindowMessage)
    channel?.removeEventListener('message', onChannelMessage)
    channel?.close()
    channel = null
    if (activeController === controller) {
      activeController = null
    }
  }

  function accept(data: unknown, viaTrustedWindow: boolean) {
    if (!isOAuthMessage(data) || data.serviceId !== serviceId) {
      return
    }
    const nonceMatches = data.nonce === nonce
    const nonceLessErrorFromOurWindow =
      data.type === 'oauth_error' && data.nonce === undefined && viaTrustedWindow
    if (!nonceMatches && !nonceLessErrorFromOurWindow) {
      return
    }
    settle(oauthMessageResult(data))
    // The callback page closes itself; closing here too covers a page that could not.
    closeLater(popup)
  }

  function onWindowMessage(event: MessageEvent) {
    if (expectedOrigin === null || event.origin !== expectedOrigin) {
      return
    }
    const source = event.source
    if (source === null || !openedWindows.has(source as Window)) {
      return
    }
    accept(event.data, true)
  }

  function onChannelMessage(event: MessageEvent) {
    accept(event.data, false)
  }

  function poll() {
    if (popup !== null && !isOpen(popup)) {
      stopPolling()
      settle({ type: 'closed' })
    }
  }

  function open(): void {
    let opened: Window | null
    try {
      opened = host.open(url ?? 'about:blank', name, popupFeatures(host, width, height))
    } catch {
      // Some embedded browsers throw instead of returning null.
      opened = null
    }
    // Blocked: no window, or a stub that is closed (or has no `closed`) right away.
    if (opened === null || opened.closed !== false) {
      popup = null
      try {
        opened?.close()
      } catch {
        // A stub window may not even close.
      }
      settle({ type: 'blocked', url })
      return
    }
    popup = opened
    openedWindows.add(opened)
    stopPolling()
    pollTimer = setInterval(poll, pollIntervalMs)
  }

  const controller: AuthorizeWindowController = {
    nonce,
    result: first,
    next() {
      cursor += 1
      return log.at(cursor)
    },
    get done() {
      return done
    },
    get url() {
      return url
    },
    get isOpen() {
      return !done && isOpen(popup)
    },
    navigate(nextUrl: string) {
      url = nextUrl
      if (!done && isOpen(popup)) {
        popup.location.href = nextUrl
      }
    },
    focus() {
      if (isOpen(popup)) {
        popup.focus()
      }
    },
    reopen() {
      if (done) {
        return
      }
      if (isOpen(popup)) {
        popup.focus()
        return
      }
      activeController = controller
      open()
    },
    cancel() {
      if (done) {
        return
      }
      const toClose = popup
      settle({ type: 'cancelled' })
      if (isOpen(toClose)) {
        toClose.close()
      }
    },
  }

  activeController = controller
  host.addEventListener('message', onWindowMessage)
  if (
    typeof BroadcastChannel === 'function' &&
    expectedOrigin !== null &&
    expectedOrigin === host.location.origin
  ) {
    channel = new BroadcastChannel(OAUTH_BROADCAST_CHANNEL)
    channel.addEventListener('message', onChannelMessage)
  }
  open()
  return controller
}

/** Closes a finished popup a moment later, so a callback page still posting is not cut off. */
function closeLater(popup: Window | null) {
  if (!isOpen(popup)) {
    return
  }
  setTimeout(() => {
    if (isOpen(popup)) {
      popup.close()
    }
  }, 500)
}
