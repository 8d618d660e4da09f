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
import type { SameTabFlow } from '../../src/oauth/same-tab'
import type { ConnectionRef } from '../../src/types'
import { runSameTabResume } from './same-tab-resume'
import { useSameTabResume } from './useSameTabResume'
import type { AuthorizeError } from './useAuthorizeConnection'

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

export function useResumeSameTabAuthorization(): ResumeSameTabAuthorizationState {
  return useSameTabResume(runSameTabResume)
}
