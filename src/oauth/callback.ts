/**
 * For the host's OAuth callback page (the `redirectUri`): hands the provider's result to the window
 * that started the flow. Call it once when the page loads:
 *
 *   import { handleOAuthCallback } from 'integrations-kit'
 *   handleOAuthCallback()
 *
 * 1. Reads the result from the URL (hash `#nonce&confirm_token&service_id`, or query
 *    `?error_type&error_message&service_id`) and removes it from the address bar first, so the
 *    single-use confirm token does not linger in history or leak in a Referer.
 * 2. With an opener: posts the message (shapes in oauth-messages.ts) to it with an explicit target
 *    origin (this page's own origin unless `openerOrigin` is given; never '*', so a page that
 *    navigated the opener elsewhere cannot read the token), also announces it on a same-origin
 *    BroadcastChannel (for openers cut off by COOP), then closes itself.
 * 3. Without an opener (same-tab fallback): when this tab stored an attempt for that connector, sends
 *    the browser back to its `returnTo` (checked to be same-origin) with the result in the hash, for
 *    `resumeSameTabAuthorization`. Never to a place named in the URL.
 * 4. Neither: announces on the BroadcastChannel and tries to close; the page should say
 *    "You can close this window".
 */
import {
  OAUTH_BROADCAST_CHANNEL,
  readOAuthCallbackUrl,
  stripOAuthCallbackParams,
  type OAuthMessage,
} from './messages'
import { sameTabReturnUrl } from './same-tab'

export interface HandleOAuthCallbackOptions {
  /**
   * The origin of the page that opened the window, when it differs from this page's. Must be an
   * exact origin (`https://app.example.com`); '*' is refused.
   */
  openerOrigin?: string
  /** Delay before the window closes itself, in ms. Default 100. */
  closeDelayMs?: number
  /** Default: the global `window`. */
  hostWindow?: Window
}

export type OAuthCallbackDelivery = 'opener' | 'same-tab' | 'broadcast' | 'none'

export interface OAuthCallbackOutcome {
  /** The result read from the URL; null when the URL carried none (the window still closes). */
  message: OAuthMessage | null
  delivery: OAuthCallbackDelivery
}

function exactOrigin(value: string): string {
  let origin: string
  try {
    origin = new URL(value).origin
  } catch {
    origin = 'null'
  }
  if (origin === 'null' || origin !== value.replace(/\/$/, '')) {
    throw new Error(
      `handleOAuthCallback: openerOrigin must be an exact origin like https://app.example.com, got ${JSON.stringify(value)}.`,
    )
  }
  return origin
}

function broadcast(message: OAuthMessage): boolean {
  if (typeof BroadcastChannel !== 'function') {
    return false
  }
  const channel = new BroadcastChannel(OAUTH_BROADCAST_CHANNEL)
  channel.postMessage(message)
  channel.close()
  return true
}

export function handleOAuthCallback(
  options: HandleOAuthCallbackOptions = {},
): OAuthCallbackOutcome {
  const host = options.hostWindow ?? window
  const targetOrigin = exactOrigin(options.openerOrigin ?? host.location.origin)
  const href = host.location.href
  const message = readOAuthCallbackUrl(href)
  // Before anything else: the token must not stay in the address bar.
  const cleaned = stripOAuthCallbackParams(href)
  if (cleaned !== href) {
    host.history.replaceState(host.history.state, '', cleaned)
  }

  const closeSoon = () => {
    setTimeout(() => host.close(), options.closeDelayMs ?? 100)
  }

  const opener = host.opener as Window | null
  if (opener !== null && opener !== host && !opener.closed) {
    if (message !== null) {
      opener.postMessage(message, targetOrigin)
      broadcast(message)
    }
    closeSoon()
    return { message, delivery: 'opener' }
  }

  if (message !== null) {
    const back = sameTabReturnUrl(message, host)
    if (back !== null) {
      host.location.replace(back)
      return { message, delivery: 'same-tab' }
    }
    if (broadcast(message)) {
      closeSoon()
      return { message, delivery: 'broadcast' }
    }
  }
  closeSoon()
  return { message, delivery: 'none' }
}
