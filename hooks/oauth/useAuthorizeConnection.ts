'use client'
/**
 * Connects a connection: OAuth in a provider window (then `POST …/confirm`), or a token grant
 * (`POST …/token`, no window), as `authorizationPlan` decides.
 *
 * Call `authorize(connection)` directly in the click handler: the window opens synchronously, before
 * anything is awaited, or Safari blocks it. A closed window is advisory ('closed': "Still waiting?"):
 * the attempt keeps listening, so a result that arrives late still completes it.
 *
 * Cache and callbacks: confirm/token go through useConfirmConnection/useConnectionToken, which refetch
 * detail(ref), update every list and fire `onConnectionChange` exactly once. Adding an available
 * connector first goes straight to the adapter so the host hears about the connection once, when it
 * is connected, not also when it was merely added.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { authorizationPlan, defaultRedirectUri } from '../../src/oauth/authorization-plan'
import type { IntegrationsApiError } from '../../src/errors'
import type { ConnectMethod } from '../../src/events'
import { createNonce } from '../../src/oauth/nonce'
import { isSameTabAvailable, startSameTabAuthorization } from '../../src/oauth/same-tab'
import { createPopupFlow, type PopupAttempt } from '../../src/oauth/popup-flow'
import type { OAuthWindowResult } from '../../src/oauth/window'
import type { Connection, ConnectionRef } from '../../src/types'
import { supportedOperation, withApiErrors } from '../../src/query/adapter-errors'
import { eventIds, refOf } from '../../src/connection-ref'
import { writeConnection } from '../query/connection-cache'
import { connectionKeys } from '../../src/query/keys'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { latestMutationRetried } from '../query/mutation-retried'
import { useConfirmConnection } from '../useConfirmConnection'
import { useConnectionToken } from '../useConnectionToken'
import { useIntegrationsEvents } from '../useIntegrationsEvents'

export type AuthorizeStatus =
  | 'idle'
  /** The provider window is open; waiting for the user. */
  | 'waiting'
  /** Confirming the callback's token, or requesting the token grant. */
  | 'confirming'
  | 'success'
  | 'error'
  /** The browser blocked the window: offer "Try again" (reopen) and "Continue in this tab". */
  | 'blocked'
  /** The user closed the window. Advisory: offer "Reopen" and "Cancel". */
  | 'closed'
  /** Required settings are empty: show the settings form for `missingSettings` first. */
  | 'needs_settings'
  /** The application owner must configure the connector; the end user cannot authorize. */
  | 'needs_configuration'

export interface AuthorizeError {
  /**
   * The provider's code (`access_denied`, …), or ours: `confirm_failed`, `not_confirmed`,
   * `token_failed`, `add_failed`, `no_authorize_url`, `unsupported`, `same_tab_unavailable`.
   */
  code: string
  /**
   * The provider's description when it gave one. Not ours and not checked: never show it as the
   * page's own sentence (AuthorizeButton shows a short quoted excerpt, labelled as the provider's).
   */
  description: string
  /** The API failure behind `confirm_failed` / `token_failed` / `add_failed`. */
  apiError?: IntegrationsApiError
  /** The library retried that API call before giving up (a 429 or a dropped connection). */
  retried?: boolean
}

export interface AuthorizeOptions {
  /** The OAuth callback URL. Default: the hook's `redirectUri`, else `${origin}/oauth/callback`. */
  redirectUri?: string
}

export interface UseAuthorizeConnectionOptions extends AuthorizeOptions {
  /** Where a same-tab authorization comes back to. Default: the current page. */
  returnTo?: string
}

export interface UseAuthorizeConnectionResult {
  /** Starts connecting. Call it synchronously in the click handler. */
  authorize: (connection: Connection, options?: AuthorizeOptions) => void
  status: AuthorizeStatus
  /** The connection of the current attempt. */
  connection: Connection | null
  error: AuthorizeError | null
  /** With 'needs_settings': the ids of the settings to fill in. */
  missingSettings: string[]
  /**
   * With 'blocked': whether `continueInSameTab` can be offered. False where this tab cannot keep
   * the attempt (no sessionStorage), because its return could not be verified.
   */
  canContinueInSameTab: boolean
  /** After 'closed' or 'blocked': opens the window again (call it in a click handler). */
  reopen: () => void
  /** Ends the attempt and returns to 'idle'. */
  cancel: () => void
  /** After 'blocked': navigates this tab to the provider; `resumeSameTabAuthorization` finishes on return. */
  continueInSameTab: () => void
  /** Back to 'idle' (after success or an error). */
  reset: () => void
}

/** What this hook keeps about the flow's current attempt. */
interface Attempt {
  popup: PopupAttempt
  connection: Connection
  ref: ConnectionRef
  redirectUri: string
  nonce: string
  method: ConnectMethod
  /** Reports connect_cancelled; set once connect_started was. */
  reportCancelled?: () => void
}

/**
 * An attempt left while it waits on the user — its window open, closed or blocked — because the
 * component unmounted (the panel closed) or another attempt began: its funnel ends as cancelled,
 * once. Not one with a request in flight (a token grant, the confirmation): that outcome is the
 * server's, not the user's.
 */
function leave(attempt: Attempt | null) {
  const phase = attempt?.popup.phase
  if (
    (phase === 'waiting' || phase === 'closed' || phase === 'blocked') &&
    attempt!.popup.settle()
  ) {
    attempt!.reportCancelled?.()
  }
}

interface State {
  status: AuthorizeStatus
  connection: Connection | null
  error: AuthorizeError | null
  missingSettings: string[]
  canContinueInSameTab: boolean
}

const idle: State = {
  status: 'idle',
  connection: null,
  error: null,
  missingSettings: [],
  canContinueInSameTab: false,
}

export function useAuthorizeConnection(
  hookOptions: UseAuthorizeConnectionOptions = {},
): UseAuthorizeConnectionResult {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const events = useIntegrationsEvents()
  const { mutateAsync: confirm } = useConfirmConnection()
  const { mutateAsync: requestToken } = useConnectionToken()
  const [state, setState] = useState<State>(idle)
  // The window mechanics (one attempt, advisory close, reopen, cancel) live in src/oauth/popup-flow.ts.
  const [flow] = useState(createPopupFlow)
  const attemptRef = useRef<Attempt | null>(null)
  const { redirectUri: hookRedirectUri, returnTo } = hookOptions

  // Unmounting ends the attempt: its window closes and nothing sets state afterwards.
  useEffect(
    () => () => {
      // The attempt of the moment the component goes, not of its first render.
      leave(attemptRef.current)
      flow.end()
    },
    [flow],
  )

  const update = useCallback(
    (attempt: Attempt, patch: Partial<State>) => {
      if (flow.current === attempt.popup) {
        setState((previous) => ({ ...previous, ...patch }))
      }
    },
    [flow],
  )

  const fail = useCallback(
    (attempt: Attempt, error: AuthorizeError) => {
      if (!attempt.popup.settle()) {
        return
      }
      update(attempt, { status: 'error', error })
      events.track({
        type: 'connect_failed',
        ...eventIds(attempt.ref),
        method: attempt.method,
        reason: error.code,
      })
    },
    [events, update],
  )

  const succeed = useCallback(
    (attempt: Attempt) => {
      if (!attempt.popup.settle()) {
        return
      }
      update(attempt, { status: 'success', error: null })
      events.track({ type: 'connect_succeeded', ...eventIds(attempt.ref), method: attempt.method })
    },
    [events, update],
  )

  const confirmToken = useCallback(
    async (attempt: Attempt, token: string) => {
      update(attempt, { status: 'confirming' })
      try {
        const { confirmed } = await confirm({ ref: attempt.ref, confirmToken: token })
        if (!attempt.popup.active) {
          return
        }
        if (confirmed) {
          succeed(attempt)
        } else {
          fail(attempt, { code: 'not_confirmed', description: '' })
        }
      } catch (apiError) {
        fail(attempt, {
          code: 'confirm_failed',
          description: '',
          apiError: apiError as IntegrationsApiError,
          retried: latestMutationRetried(
            queryClient,
            connectionKeys.mutation(adapter.scope, 'confirm'),
          ),
        })
      }
    },
    [adapter.scope, confirm, fail, queryClient, succeed, update],
  )

  /** What each outcome of the attempt's window means for connecting. */
  const onWindowResult = useCallback(
    async (attempt: Attempt, result: OAuthWindowResult) => {
      switch (result.type) {
        case 'success':
          await confirmToken(attempt, result.confirmToken)
          return
        case 'error':
          fail(attempt, { code: result.error, description: result.description })
          return
        case 'cancelled':
          flow.end()
          setState(idle)
          attempt.reportCancelled?.()
          return
        case 'closed':
          update(attempt, { status: 'closed' })
          return
        case 'blocked':
          update(attempt, { status: 'blocked', canContinueInSameTab: isSameTabAvailable() })
          return
        case 'revoked':
          // Not an outcome of an authorization; keep waiting for the real one.
          return
        default:
          result satisfies never
      }
    },
    [confirmToken, fail, flow, update],
  )

  const authorize = useCallback(
    (connection: Connection, options: AuthorizeOptions = {}) => {
      if (flow.focusOpenWindow()) {
        // A double click: one window, brought to the front.
        return
      }
      const ref = refOf(connection)
      const plan = authorizationPlan(connection)
      leave(attemptRef.current)
      const attempt: Attempt = {
        popup: flow.begin(),
        connection,
        ref,
        redirectUri: options.redirectUri ?? hookRedirectUri ?? defaultRedirectUri(),
        nonce: createNonce(),
        method: plan.kind === 'token' ? 'token' : 'oauth',
      }
      attemptRef.current = attempt
      const base: State = { ...idle, connection }

      if (plan.kind === 'needs_configuration' || plan.kind === 'none') {
        setState(
          plan.kind === 'none'
            ? { ...base, status: 'error', error: { code: 'unsupported', description: '' } }
            : { ...base, status: 'needs_configuration' },
        )
        return
      }
      if (plan.kind === 'needs_settings') {
        setState({ ...base, status: 'needs_settings', missingSettings: plan.fieldIds })
        return
      }

      const needsAdd =
        connection.state === 'available' && typeof adapter.addConnection === 'function'
      const addFirst = async (): Promise<Connection> => {
        if (!needsAdd) {
          return connection
        }
        let added: Connection
        try {
          added = await withApiErrors(() =>
            supportedOperation(adapter, 'addConnection').call(adapter, ref, { enabled: true }),
          )
        } catch (error) {
          // Not through useAddConnection (see above), so reported to onError here.
          events.error(error as Error)
          throw error
        }
        writeConnection(queryClient, adapter.scope, ref, added)
        attempt.connection = added
        return added
      }

      events.track({ type: 'connect_started', ...eventIds(ref), method: attempt.method })
      attempt.reportCancelled = () =>
        events.track({ type: 'connect_cancelled', ...eventIds(ref), method: attempt.method })

      if (plan.kind === 'token') {
        setState({ ...base, status: 'confirming' })
        void (async () => {
          const tokenFailed = (apiError: unknown, retried: boolean) =>
            fail(attempt, {
              code: 'token_failed',
              description: '',
              apiError: apiError as IntegrationsApiError,
              retried,
            })
          try {
            await addFirst()
          } catch (apiError) {
            tokenFailed(apiError, false)
            return
          }
          try {
            await requestToken({ ref })
            succeed(attempt)
          } catch (apiError) {
            const tokenKey = connectionKeys.mutation(adapter.scope, 'token')
            tokenFailed(apiError, latestMutationRetried(queryClient, tokenKey))
          }
        })()
        return
      }

      if (typeof adapter.authorizeUrl !== 'function' || adapter.capabilities.oauth === false) {
        fail(attempt, { code: 'unsupported', description: '' })
        return
      }
      const buildUrl = (target: Connection) =>
        adapter.authorizeUrl?.(target, {
          redirectUri: attempt.redirectUri,
          nonce: attempt.nonce,
        }) ?? null
      // Known now: open the provider directly. Not yet (the connector must be added first): open a
      // blank window now, inside the click, and send it to the provider once the URL exists.
      const url = needsAdd ? null : buildUrl(connection)
      if (!needsAdd && url === null) {
        setState(base)
        fail(attempt, { code: 'no_authorize_url', description: '' })
        return
      }
      const controller = attempt.popup.openWindow(
        { url, redirectUri: attempt.redirectUri, serviceId: ref.serviceId, nonce: attempt.nonce },
        (result) => onWindowResult(attempt, result),
      )
      // A blocked window reports 'blocked' to onWindowResult right after.
      setState({ ...base, status: 'waiting' })

      if (needsAdd) {
        void (async () => {
          try {
            const added = await addFirst()
            const addedUrl = buildUrl(added)
            if (addedUrl === null) {
              fail(attempt, { code: 'no_authorize_url', description: '' })
              controller.cancel()
              return
            }
            controller.navigate(addedUrl)
          } catch (apiError) {
            fail(attempt, {
              code: 'add_failed',
              description: '',
              apiError: apiError as IntegrationsApiError,
            })
            controller.cancel()
          }
        })()
      }
    },
    [
      adapter,
      events,
      fail,
      flow,
      hookRedirectUri,
      onWindowResult,
      queryClient,
      requestToken,
      succeed,
    ],
  )

  const reopen = useCallback(() => {
    if (flow.reopen()) {
      setState((previous) => ({ ...previous, status: 'waiting' }))
    }
  }, [flow])

  const cancel = useCallback(() => {
    // With a window listening, onWindowResult sees 'cancelled', resets and reports connect_cancelled.
    if (!flow.cancel()) {
      setState(idle)
    }
  }, [flow])

  const continueInSameTab = useCallback(() => {
    const attempt = attemptRef.current
    if (!attempt?.popup.active) {
      return
    }
    const { connection, nonce } = attempt
    const started = startSameTabAuthorization({
      redirectUri: attempt.redirectUri,
      buildUrl: (redirectUri) => adapter.authorizeUrl?.(connection, { redirectUri, nonce }) ?? null,
      nonce,
      ref: attempt.ref,
      returnTo,
    })
    if (!started.navigated) {
      // This tab stays here: end the attempt and say why (`fail` first, so the window's
      // 'cancelled' finds the attempt settled and is not reported as the user's cancel).
      fail(attempt, {
        code: started.reason === 'unsafe_url' ? 'no_authorize_url' : 'same_tab_unavailable',
        description: '',
      })
      attempt.popup.window?.cancel()
    }
  }, [adapter, fail, returnTo])

  const reset = useCallback(() => {
    flow.end()
    setState(idle)
  }, [flow])

  return { ...state, authorize, reopen, cancel, continueInSameTab, reset }
}
