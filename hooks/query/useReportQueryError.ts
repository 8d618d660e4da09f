'use client'
/**
 * Reports a query's failure to `onError`, as mutations report theirs: TanStack v5 queries have no
 * per-query onError, and a failed catalog, connection or resource-settings load must reach the
 * host's error stream (with status, code and request id) like any other failure.
 *
 * It listens to the query cache rather than reading `result.error`: reading a property of the
 * result would switch the observer to tracked props and change when the host's component re-renders.
 */
import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useIntegrationsEvents } from '../useIntegrationsEvents'

/**
 * Failures already reported. Every observer of a query gets the same error object, and each failed
 * fetch makes a new one, so a failure is reported once however many components read the query.
 */
const reported = new WeakSet<Error>()

export function useReportQueryError(queryKey: QueryKey): void {
  const queryClient = useQueryClient()
  const events = useIntegrationsEvents()
  const hash = hashKey(queryKey)
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') {
          return
        }
        const { error } = event.action
        if (event.query.queryHash === hash && error instanceof Error && !reported.has(error)) {
          reported.add(error)
          events.error(error)
        }
      }),
    [events, hash, queryClient],
  )
}
