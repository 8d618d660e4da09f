'use client'
/**
 * Finishes a same-tab authorization or revoke (the blocked-popup fallback) on the page it returned
 * to: reads the result from the URL once, on mount (`resumeSameTabAuthorization`), and gives the page
 * the connection to reopen with the outcome.
 *
 * Only a result that answers this tab's own stored attempt gets here; anything else (a forged,
 * replayed, expired or foreign link) leaves the state idle and sends no request. Even then the URL
 * only claims an outcome; the backend decides it: a success is "connected" once `POST …/confirm`
 * says so (which also refreshes the caches and fires `onConnectionChange` once), a revoke is
 * "disconnected" once a fresh read of the connection shows the access gone.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { IntegrationsApiError } from '../../src/errors'
import {
  resumeSameTabAuthorization,
  type SameTabFlow,
  type SameTabResume,
} from '../../src/oauth/same-tab'
import type { ConnectionRef } from '../../src/types'
import { useIntegrationsAdapter } from '../IntegrationsProvider'
import { isRevoked, readConnectionAfterRevoke } from './revoke-outcome'
import type { AuthorizeError } from './useAuthorizeConnection'
import { useConfirmConnection } from '../useConfirmConnection'
import { useIntegrationsEvents } from '../useIntegrationsEvents'
import { eventIds } from '../../src/connection-ref'

/** 'confirming': asking the backend (confirm, or a fresh read after a revoke). */
export type ResumeStatus = 'idle' | 'confirming' | 'success' | 'error'

export interface ResumeSameTabAuthorizationState {
  status: ResumeStatus
  /** The connection the flow was for: reopen it. Null when there was nothing to resume. */
  connectionRef: ConnectionRef | null
  /** What came back: 'authorize' (success means connected) or 'revoke' (disconnected). */
  flow: SameTabFlow | null
  /** `code` is the provider's (`access_denied`, …) or ours: `not_confirmed`, `confirm_failed`, `not_revoked`, `refresh_failed`. */
  error: AuthorizeError | null
}

const idle: ResumeSameTabAuthorizationState = {
  status: 'idle',
  connectionRef: null,
  flow: null,
  error: null,
}

export function useResumeSameTabAuthorization(): ResumeSameTabAuthorizationState {
  const adapter = useIntegrationsAdapter()
  const queryClient = useQueryClient()
  const { mutateAsync: confirm } = useConfirmConnection()
  const events = useIntegrationsEvents()
  const [state, setState] = useState<ResumeSameTabAuthorizationState>(idle)
  // The URL is consumed on first read; StrictMode's second effect run must reuse that read.
  const resumed = useRef<SameTabResume | null | undefined>(undefined)

  useEffect(() => {
    if (resumed.current !== undefined) {
      return
    }
    resumed.current = resumeSameTabAuthorization()
    const current = resumed.current
    if (current === null) {
      return
    }
    const { result, ref, flow } = current
    const settle = (patch: Pick<ResumeSameTabAuthorizationState, 'status' | 'error'>) =>
      setState({ connectionRef: ref, flow, ...patch })
    const failed = (code: string, apiError?: unknown) =>
      settle({
        status: 'error',
        error: { code, description: '', apiError: apiError as IntegrationsApiError | undefined },
      })

    switch (result.type) {
      case 'error':
        settle({ status: 'error', error: { code: result.error, description: result.description } })
        if (flow === 'authorize') {
          events.track({
            type: 'connect_failed',
            ...eventIds(ref),
            method: 'oauth',
            reason: result.error,
          })
        }
        return
      case 'success':
        settle({ status: 'confirming', error: null })
        confirm({ ref, confirmToken: result.confirmToken }).then(
          ({ confirmed }) => {
            if (!confirmed) {
              failed('not_confirmed')
              return
            }
            settle({ status: 'success', error: null })
            events.track({ type: 'connect_succeeded', ...eventIds(ref), method: 'oauth' })
          },
          (apiError: unknown) => failed('confirm_failed', apiError),
        )
        return
      case 'revoked':
        settle({ status: 'confirming', error: null })
        readConnectionAfterRevoke(adapter, queryClient, ref).then(
          (after) => {
            if (!isRevoked(after)) {
              failed('not_revoked')
              return
            }
            settle({ status: 'success', error: null })
            events.connectionChanged(after)
            events.track({ type: 'connection_revoked', ...eventIds(ref) })
          },
          (apiError: unknown) => failed('refresh_failed', apiError),
        )
        return
      default:
        result satisfies never
    }
  }, [adapter, confirm, events, queryClient])

  return state
}
