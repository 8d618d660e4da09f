'use client'
/**
 * Finishes a same-tab authorization (the blocked-popup fallback) on the page it returned to: reads
 * the result from the URL once, on mount (`resumeSameTabAuthorization`), confirms a verified success
 * (`POST …/confirm`, which refreshes the caches and fires `onConnectionChange` once) and gives the
 * page the connection to reopen. An unverified result (no stored attempt or another nonce: possibly
 * a forged link) is never confirmed.
 */
import { useEffect, useRef, useState } from 'react'
import { resumeSameTabAuthorization, type SameTabResume } from '../src/oauth-same-tab'
import type { ConnectionRef } from '../src/types'
import type { AuthorizeError } from './useAuthorizeConnection'
import { useConfirmConnection } from './useConfirmConnection'
import { useIntegrationsEvents } from './useIntegrationsEvents'

export type ResumeStatus = 'idle' | 'confirming' | 'success' | 'error'

export interface ResumeSameTabAuthorizationState {
  status: ResumeStatus
  /** The connection the flow was for: reopen it. Null when there was nothing to resume. */
  connectionRef: ConnectionRef | null
  error: AuthorizeError | null
}

export function useResumeSameTabAuthorization(): ResumeSameTabAuthorizationState {
  const { mutateAsync: confirm } = useConfirmConnection()
  const events = useIntegrationsEvents()
  const [state, setState] = useState<ResumeSameTabAuthorizationState>({
    status: 'idle',
    connectionRef: null,
    error: null,
  })
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
    const { result, ref, verified } = current
    if (result.type === 'error') {
      setState({
        status: 'error',
        connectionRef: ref,
        error: { code: result.error, description: result.description },
      })
      if (ref) {
        events.track({ type: 'connect_failed', ...ref, method: 'oauth', reason: result.error })
      }
      return
    }
    if (result.type === 'revoked' || ref === null) {
      setState({ status: ref === null ? 'idle' : 'success', connectionRef: ref, error: null })
      return
    }
    if (!verified) {
      setState({
        status: 'error',
        connectionRef: ref,
        error: { code: 'unverified', description: '' },
      })
      return
    }
    setState({ status: 'confirming', connectionRef: ref, error: null })
    confirm({ ref, confirmToken: result.confirmToken }).then(
      ({ confirmed }) => {
        setState({
          status: confirmed ? 'success' : 'error',
          connectionRef: ref,
          error: confirmed ? null : { code: 'not_confirmed', description: '' },
        })
        if (confirmed) {
          events.track({ type: 'connect_succeeded', ...ref, method: 'oauth' })
        }
      },
      (apiError: unknown) => {
        setState({
          status: 'error',
          connectionRef: ref,
          error: {
            code: 'confirm_failed',
            description: '',
            apiError: apiError as AuthorizeError['apiError'],
          },
        })
      },
    )
  }, [confirm, events])

  return state
}
