/**
 * Whether a mutation that just failed had been retried, for callers that only hold its rejected
 * `mutateAsync` promise: the mutation cache has its final state before the promise rejects.
 */
import type { MutationKey, QueryClient } from '@tanstack/react-query'
import { wasRetried } from '../../src/error-message'

/** The latest mutation under `mutationKey` (the one just awaited) failed after retries. */
export function latestMutationRetried(queryClient: QueryClient, mutationKey: MutationKey): boolean {
  const mutations = queryClient.getMutationCache().findAll({ mutationKey, exact: true })
  const latest = mutations[mutations.length - 1]
  return latest !== undefined && wasRetried(latest.state.failureCount)
}
