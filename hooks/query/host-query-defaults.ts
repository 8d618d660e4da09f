import type { QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * Our query factories set `staleTime` per query, and per-query options beat the host's
 * `queryClient.setQueryDefaults(...)`. So the hooks put a host's registered staleTime for our keys
 * back on top: `setQueryDefaults(connectionKeys.all(scope), { staleTime: 0 })` works as a host
 * would expect.
 */
export function withHostStaleTime<Options extends { queryKey: QueryKey }>(
  queryClient: QueryClient,
  options: Options,
): Options {
  const { staleTime } = queryClient.getQueryDefaults(options.queryKey)
  return staleTime === undefined ? options : { ...options, staleTime }
}
