/**
 * One provider-window attempt at a time, React-free: the part of connecting (authorize) and
 * disconnecting (revoke) that is the same. `useAuthorizeConnection` and `useRevokeConnection` bind
 * it to React state; what an outcome means (confirm a token, refetch a connection) stays theirs.
 *
 * The machine, per attempt:
 *
 *   begin() ──openWindow()──▶ waiting ──'closed'──▶ closed ──reopen()──▶ waiting
 *                              │   ▲                                        │
 *                              │   └──────reopen() (in a click)── blocked ◀─┘ (window refused)
 *                              └─ 'success' | 'error' | 'revoked' | 'cancelled' ─▶ (listener) ─▶ settled
 *
 * - `openWindow` calls `window.open` synchronously: call it in the click handler (Safari blocks a
 *   popup opened after an await). A second click while the window is open focuses it instead
 *   (`focusOpenWindow`).
 * - 'closed' and 'blocked' are advisory: the attempt keeps listening, so a late result still
 *   arrives (`popup.closed` can lie under COOP). The listener decides what 'closed' means.
 * - Only the current, unsettled attempt reaches its listener. A newer attempt, `settle()` (the
 *   caller reached success or error) or `end()` silences it; `end()` also closes its window.
 * - `cancel()` is the user's cancel: a window still listening closes and reports 'cancelled' to the
 *   listener (so the caller can report it once); with no window the attempt is simply dropped.
 */
import {
  openAuthorizeWindow,
  type AuthorizeWindowController,
  type OAuthWindowResult,
  type OpenAuthorizeWindowOptions,
} from './window'

export type PopupPhase =
  /** Begun, no window yet (a token grant, settings to fill in, a URL still to come). */
  | 'idle'
  | 'waiting'
  | 'closed'
  | 'blocked'
  /** Settled by the caller, ended, or its window reported a final outcome. */
  | 'settled'

export type PopupListener = (result: OAuthWindowResult) => void | Promise<void>

export interface PopupAttempt {
  readonly id: number
  /** The window's controller, once `openWindow` ran. */
  readonly window: AuthorizeWindowController | null
  readonly phase: PopupPhase
  /** True while it is the flow's attempt and not settled: only then does its listener hear outcomes. */
  readonly active: boolean
  /**
   * True once a newer attempt began. Not after `end()` alone: work that finishes after the host
   * unmounted (a revoke's refetch) may still report its outcome to the host's callbacks.
   */
  readonly superseded: boolean
  /** Ends the attempt with the caller's own outcome; later window outcomes are ignored. False when it was not active. */
  settle(): boolean
  /** Opens the window now (inside the click) and passes each outcome to `listener` while active. */
  openWindow(
    options: OpenAuthorizeWindowOptions,
    listener: PopupListener,
  ): AuthorizeWindowController
}

export interface PopupFlow {
  readonly current: PopupAttempt | null
  /** Brings the current attempt's open window to the front; false when there is none. */
  focusOpenWindow(): boolean
  /** Starts a new attempt; the previous one ends (window closed, outcomes ignored). */
  begin(): PopupAttempt
  /** After 'closed' or 'blocked' (in a click handler): opens the window again. True when it is open. */
  reopen(): boolean
  /**
   * The user's cancel. True when a window was still listening: it closes and its listener gets
   * 'cancelled'. False when there was none: the attempt is dropped and nothing is reported.
   */
  cancel(): boolean
  /** Drops the attempt and closes its window, reporting nothing (reset, unmount). */
  end(): void
}

/** The flow's own handle on an attempt: it marks the attempt superseded when a newer one begins. */
interface OwnedAttempt extends PopupAttempt {
  supersede(): void
}

export function createPopupFlow(): PopupFlow {
  let current: OwnedAttempt | null = null
  let counter = 0

  function begin(): PopupAttempt {
    const previous = current
    current = null
    previous?.supersede()
    previous?.window?.cancel()

    let window: AuthorizeWindowController | null = null
    let advisory: 'closed' | 'blocked' = 'blocked'
    let settled = false
    let superseded = false

    const attempt: OwnedAttempt = {
      id: ++counter,
      get window() {
        return window
      },
      get phase(): PopupPhase {
        if (settled || window?.done) {
          return 'settled'
        }
        if (window === null) {
          return 'idle'
        }
        return window.isOpen ? 'waiting' : advisory
      },
      get active() {
        return current === attempt && !settled
      },
      get superseded() {
        return superseded
      },
      supersede() {
        superseded = true
      },
      settle() {
        if (!attempt.active) {
          return false
        }
        settled = true
        return true
      },
      openWindow(options, listener) {
        const controller = openAuthorizeWindow(options)
        window = controller
        void follow(controller, listener)
        return controller
      },
    }

    async function follow(controller: AuthorizeWindowController, listener: PopupListener) {
      for (let index = 0; ; index += 1) {
        const result = await (index === 0 ? controller.result : controller.next())
        if (!attempt.active) {
          return
        }
        if (result.type === 'closed' || result.type === 'blocked') {
          advisory = result.type
        }
        await listener(result)
        if (controller.done) {
          // A final outcome: the window reports nothing more.
          return
        }
      }
    }

    current = attempt
    return attempt
  }

  return {
    get current() {
      return current
    },
    focusOpenWindow() {
      const window = current?.window
      if (window?.isOpen) {
        window.focus()
        return true
      }
      return false
    },
    begin,
    reopen() {
      const window = current?.window
      if (!current?.active || !window || window.done) {
        return false
      }
      // Blocked again: the window reports 'blocked' to the listener.
      window.reopen()
      return window.isOpen
    },
    cancel() {
      const attempt = current
      const window = attempt?.window
      if (attempt?.active && window && !window.done) {
        window.cancel()
        return true
      }
      current = null
      window?.cancel()
      return false
    },
    end() {
      const attempt = current
      current = null
      attempt?.window?.cancel()
    },
  }
}
