/**
 * The work of a same-tab return, shared by `useResumeSameTabAuthorization` (which runs it at once)
 * and `useLazySameTabResume` (the page's, which loads it only when the address may hold a result):
 * reads the result from the URL (`resumeSameTabAuthorization`, which also cleans the URL and
 * consumes the stored attempt), then asks the backend whether it happened, reporting each state
 * through `setState`. See useResumeSameTabAuthorization.ts for what is and is not honoured.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import { eventIds } from '../../src/connection-ref'
import type { IntegrationsApiError } from '../../src/errors'
import { resumeSameTabAuthorization } from '../../src/oauth/same-tab'
import type { ConfirmConnectionVariables } from '../useConfirmConnection'
import type { IntegrationsEvents } from '../useIntegrationsEvents'
import { isRevoked, readConnectionAfterRevoke } from './revoke-outcome'
import type { ResumeSameTabAuthorizationState } from './useResumeSameTabAuthorization'

export interface SameTabResumeEnvironment {
  adapter: ConnectionsAdapter
  queryClient: QueryClient
  events: IntegrationsEvents
  confirm: (variables: ConfirmConnectionVariables) => Promise<{ confirmed: boolean }>
}

export function runSameTabResume(
  { adapter, queryClient, events, confirm }: SameTabResumeEnvironment,
  setState: (state: ResumeSameTabAuthorizationState) => void,
): void {
  const current = resumeSameTabAuthorization()
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
}
