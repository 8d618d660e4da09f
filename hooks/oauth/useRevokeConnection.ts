'use client'
/**
 * Disconnects an OAuth connection through the provider's revoke page (`revoke_url`) in a window.
 *
 * Vault's revoke flow ends with a redirect to our callback page and reports nothing we could verify,
 * so the truth is the connection itself: when the window reports `oauth_revoked` or is closed, the
 * connection is refetched. A changed state means it was revoked (`onConnectionChange` fires once,
 * `connection_revoked` is tracked); an unchanged one after a closed window means the user gave up,
 * which is not an error.
 *
 * Call `revoke(connection)` synchronously in the click handler (the window opens before any await).
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { defaultRedirectUri } from '../../src/oauth/authorization-plan'
import type { IntegrationsApiError } from '../../src/errors'
import { createNonce } from '../../src/oauth/nonce'
import { createPopupFlow, type PopupAttempt } from '../../src/oauth/popup-flow'
import type { OAuthWindowResult } from '../../src/oauth/window'
import type { Connection } from '../../src/types'
import { eventIds, refOf } from '../../src/connection-ref'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { isRevoked, readConnectionAfterRevoke } from './revoke-outcome'
import { useIntegrationsEvents } from '../useIntegrationsEvents'

export type RevokeStatus =
  | 'idle'
  /** The revoke window is open. */
  | 'waiting'
  /** The window finished; refetching the connection to see the outcome. */
  | 'refreshing'
  | 'success'
  | 'error'
  /** The browser blocked the window: offer "Try again". */
  | 'blocked'

export interface RevokeError {
  /** The provider's code, or ours: `no_revoke_url`, `refresh_failed`. */
  code: string
  description: string
  apiError?: IntegrationsApiError
}

export interface UseRevokeConnectionOptions {
  /** The callback URL the revoke page returns to. Default `${origin}/oauth/callback`. */
  redirectUri?: string
}

export interface UseRevokeConnectionResult {
  /** Opens the revoke window. Call it synchronously in the click handler. */
  revoke: (connection: Connection, options?: { redirectUri?: string }) => void
  status: RevokeStatus
  connection: Connection | null
  error: RevokeError | null
  /** After 'blocked': tries again (in a click handler). */
  reopen: () => void
  cancel: () => void
  reset: () => void
}

interface State {
  status: RevokeStatus
  connection: Connection | null
  error: RevokeError | null
}

const idle: State = { status: 'idle', connection: null, error: null }

export function useRevokeConnection(
  hookOptions: UseRevokeConnectionOptions = {},
): UseRevokeConnectionResult {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const events = useIntegrationsEvents()
  const [state, setState] = useState<State>(idle)
  // The window mechanics (one attempt, reopen, cancel) live in src/oauth/popup-flow.ts.
  const [flow] = useState(createPopupFlow)
  const { redirectUri: hookRedirectUri } = hookOptions

  useEffect(() => () => flow.end(), [flow])

  const refresh = useCallback(
    async (attempt: PopupAttempt, before: Connection, closedOnly: boolean) => {
      const ref = refOf(before)
      setState((previous) => ({ ...previous, status: 'refreshing' }))
      try {
        const after = await readConnectionAfterRevoke(adapter, queryClient, ref)
        // Only a newer attempt makes this one stale. Unmounted still reports: Disconnect usually
        // goes with the credentials it removed, and a panel around it says the outcome.
        if (attempt.superseded) {
          return
        }
        if (isRevoked(after, before)) {
          setState({ status: 'success', connection: after, error: null })
          events.connectionChanged(after)
          events.track({ type: 'connection_revoked', ...eventIds(ref) })
        } else if (closedOnly) {
          // The user closed the window without revoking: nothing happened, nothing to report.
          setState(idle)
        } else {
          setState({
            status: 'error',
            connection: after,
            error: { code: 'not_revoked', description: '' },
          })
        }
      } catch (apiError) {
        events.error(apiError as Error)
        if (flow.current === attempt) {
          setState((previous) => ({
            ...previous,
            status: 'error',
            error: {
              code: 'refresh_failed',
              description: '',
              apiError: apiError as IntegrationsApiError,
            },
          }))
        }
      }
    },
    [adapter, events, flow, queryClient],
  )

  /** What each outcome of the attempt's window means for disconnecting. */
  const onWindowResult = useCallback(
    async (attempt: PopupAttempt, connection: Connection, result: OAuthWindowResult) => {
      switch (result.type) {
        case 'revoked':
        case 'closed':
          // The window is gone either way: stop listening and look at the connection.
          attempt.settle()
          attempt.window?.cancel()
          await refresh(attempt, connection, result.type === 'closed')
          return
        case 'error':
          setState({
            status: 'error',
            connection,
            error: { code: result.error, description: result.description },
          })
          return
        case 'blocked':
          setState({ status: 'blocked', connection, error: null })
          return
        case 'cancelled':
          return
        case 'success':
          // An authorization result does not belong to a revoke; keep waiting.
          return
        default:
          result satisfies never
      }
    },
    [refresh],
  )

  const revoke = useCallback(
    (connection: Connection, options: { redirectUri?: string } = {}) => {
      if (flow.focusOpenWindow()) {
        return
      }
      const attempt = flow.begin()
      const redirectUri = options.redirectUri ?? hookRedirectUri ?? defaultRedirectUri()
      const base = adapter.revokeUrl?.(connection, { redirectUri }) ?? null
      if (base === null) {
        setState({ status: 'error', connection, error: { code: 'no_revoke_url', description: '' } })
        return
      }
      const nonce = createNonce()
      // Lets a callback page that knows it (our demo's) report `oauth_revoked` for this attempt.
      const url = new URL(base)
      url.searchParams.set('nonce', nonce)
      attempt.openWindow(
        { url: url.href, redirectUri, serviceId: connection.service_id, nonce },
        (result) => onWindowResult(attempt, connection, result),
      )
      // A blocked window reports 'blocked' to onWindowResult right after.
      setState({ status: 'waiting', connection, error: null })
    },
    [adapter, flow, hookRedirectUri, onWindowResult],
  )

  const reopen = useCallback(() => {
    if (flow.reopen()) {
      setState((previous) => ({ ...previous, status: 'waiting' }))
    }
  }, [flow])

  const cancel = useCallback(() => {
    flow.end()
    setState(idle)
  }, [flow])

  return { ...state, revoke, reopen, cancel, reset: cancel }
}
