'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IntegrationsApiError } from '../src/errors'
import type {
  ConsentRecord,
  ConsentState,
  Connection,
  ConnectionRef,
  DataScopesResources,
} from '../src/types'
import { supportedOperation, withApiErrors } from '../src/query/adapter-errors'
import { cachedConnection, invalidateLists, updateCachedConnection } from './query/connection-cache'
import { eventIds } from '../src/connection-ref'
import { consentStateAfter } from '../src/consent-state'
import { integrationKeys } from '../src/query/keys'
import { mutationRetry, retryDelay } from '../src/query/retry'
import { useMutationEnvironment } from './query/useMutationEnvironment'

export interface UpdateConsentVariables {
  ref: ConnectionRef
  /** true: accept (grant or re-grant); false: deny, or revoke consent given before. */
  granted: boolean
  /**
   * The scopes decided on. Default: what the connection asks for when granting, everything (`'*'`)
   * when denying or revoking.
   */
  resources?: DataScopesResources
}

export interface UpdateConsentContext {
  /** The connection's consent state before the change, when the cache knew it. */
  previous: ConsentState | undefined
}

function withRecord(connection: Connection, record: ConsentRecord, state: ConsentState) {
  return {
    ...connection,
    consent_state: state,
    latest_consent: record,
    consents: [...(connection.consents ?? []), record],
  } as Connection
}

/**
 * Grants, denies or revokes a connection's data-scope consent (`PATCH …/consent`); resolves to the
 * new consent record. Emits `consent_granted`, `consent_denied` or `consent_revoked` (revoked when
 * the cached connection's consent was granted before) and calls `onConnectionChange`.
 * Cache: sets `consent_state`, `latest_consent` and `consents` on detail(ref) and every cached list
 * entry, appends the record to consents(ref); invalidates detail(ref) and lists(scope). Retried
 * like every idempotent write (network, timeout, 429).
 */
export function useUpdateConsent(): UseMutationResult<
  ConsentRecord,
  IntegrationsApiError,
  UpdateConsentVariables,
  UpdateConsentContext
> {
  const { adapter, queryClient, events } = useMutationEnvironment()
  const scope = adapter.scope
  return useMutation<
    ConsentRecord,
    IntegrationsApiError,
    UpdateConsentVariables,
    UpdateConsentContext
  >({
    mutationKey: integrationKeys.mutation(scope, 'update-consent'),
    mutationFn: ({ ref, granted, resources }) =>
      withApiErrors(() =>
        supportedOperation(adapter, 'updateConsent').call(
          adapter,
          ref,
          resources === undefined ? { granted } : { granted, resources },
        ),
      ),
    retry: mutationRetry('idempotent'),
    retryDelay,
    onMutate: ({ ref }) => ({
      previous: cachedConnection(queryClient, scope, ref)?.consent_state,
    }),
    onSuccess: (record, { ref, granted }, context) => {
      const state = consentStateAfter(granted, context.previous)
      updateCachedConnection(queryClient, scope, ref, (connection) =>
        withRecord(connection, record, state),
      )
      queryClient.setQueryData<ConsentRecord[]>(integrationKeys.consents(scope, ref), (old) =>
        old ? [...old, record] : old,
      )
      const updated = cachedConnection(queryClient, scope, ref)
      if (updated) {
        events.connectionChanged(updated)
      }
      events.track({
        type:
          state === 'granted'
            ? 'consent_granted'
            : state === 'revoked'
              ? 'consent_revoked'
              : 'consent_denied',
        ...eventIds(ref),
      })
      return Promise.all([
        invalidateLists(queryClient, scope),
        queryClient.invalidateQueries({
          queryKey: integrationKeys.detail(scope, ref),
          exact: true,
        }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
