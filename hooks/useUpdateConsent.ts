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
import { connectionQueries } from './query/connection-queries'
import { eventIds } from '../src/connection-ref'
import { consentStateAfter } from '../src/consent-state'
import { connectionDataKeys } from '../src/query/connection-data-keys'
import { connectionKeys } from '../src/query/keys'
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
  /**
   * The connection's consent state before the change: the cache's, else (for a refusal) read from
   * the backend first; undefined when neither is known.
   */
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
 * the connection's consent was granted before) and calls `onConnectionChange`. A refusal of a
 * connection the cache does not hold (a host calling the hook alone) reads it first (`GET`), since
 * only its state before the PATCH tells a revocation from a denial.
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
    mutationKey: connectionKeys.mutation(scope, 'update-consent'),
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
    onMutate: async ({ ref, granted }) => {
      const cached = cachedConnection(queryClient, scope, ref)
      // Granting is 'granted' whatever came before: only a refusal needs the state it replaces.
      if (cached || granted) {
        return { previous: cached?.consent_state }
      }
      try {
        const connection = await queryClient.fetchQuery(connectionQueries.detail(adapter, ref))
        return { previous: connection.consent_state }
      } catch {
        // The read is for the event's name only: it must not stand in the way of the refusal.
        return { previous: undefined }
      }
    },
    onSuccess: (record, { ref, granted }, context) => {
      const state = consentStateAfter(granted, context.previous)
      updateCachedConnection(queryClient, scope, ref, (connection) =>
        withRecord(connection, record, state),
      )
      queryClient.setQueryData<ConsentRecord[]>(connectionDataKeys.consents(scope, ref), (old) =>
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
          queryKey: connectionKeys.detail(scope, ref),
          exact: true,
        }),
      ]).then(() => undefined)
    },
    onError: (error) => events.error(error),
  })
}
