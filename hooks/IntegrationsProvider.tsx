'use client'
/**
 * IntegrationsProvider gives the hooks their adapter, QueryClient and host callbacks.
 *
 * QueryClient, in order of precedence: the `queryClient` prop; the host's client when a
 * QueryClientProvider is above us (read through QueryClientContext, because `useQueryClient()` throws
 * when there is none); otherwise exactly one client of our own, made on first need and kept for the
 * provider's lifetime. When the client is not the host's, we provide it to our subtree.
 */
import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { ConnectionsAdapter } from '../src/adapter'
import type { IntegrationsCallbacks } from '../src/events'
import { AdapterContext, CallbacksContext, type CallbackChain } from './integrations-context'
import { createIntegrationsQueryClient } from './query/query-client'

export interface IntegrationsCallbacksProviderProps extends IntegrationsCallbacks {
  children?: ReactNode
}

export interface IntegrationsProviderProps extends IntegrationsCallbacksProviderProps {
  adapter: ConnectionsAdapter
  /** Use this client instead of the host's (or instead of making one). */
  queryClient?: QueryClient
}

// Layout effect so callbacks are current before any mutation result of the same commit is handled;
// plain effect on the server, where neither runs (and React would warn about the layout one).
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** Adds one link to the callback chain; the link is a ref that always holds the latest props. */
function useCallbackChain(callbacks: IntegrationsCallbacks): CallbackChain {
  const parent = useContext(CallbacksContext)
  const latest = useRef<IntegrationsCallbacks>(callbacks)
  useIsomorphicLayoutEffect(() => {
    latest.current = callbacks
  })
  return useMemo(() => [latest, ...parent], [parent])
}

/**
 * Adds host callbacks for a subtree (IntegrationsPage passes its own props through it). Callbacks
 * of every enclosing provider fire too, innermost first: a page's `onConnectionChange` does not
 * silence the app-wide one.
 */
export function IntegrationsCallbacksProvider({
  children,
  onConnectionChange,
  onConnectionDelete,
  onError,
  onEvent,
}: IntegrationsCallbacksProviderProps) {
  const chain = useCallbackChain({ onConnectionChange, onConnectionDelete, onError, onEvent })
  return <CallbacksContext.Provider value={chain}>{children}</CallbacksContext.Provider>
}

export function IntegrationsProvider({
  adapter,
  queryClient,
  children,
  onConnectionChange,
  onConnectionDelete,
  onError,
  onEvent,
}: IntegrationsProviderProps) {
  const hostClient = useContext(QueryClientContext)
  // A lazy getter in state: the client is made only if it is ever needed, and at most once.
  const [ownClient] = useState(() => {
    let client: QueryClient | undefined
    return () => (client ??= createIntegrationsQueryClient())
  })
  const client = queryClient ?? hostClient ?? ownClient()
  const chain = useCallbackChain({ onConnectionChange, onConnectionDelete, onError, onEvent })

  const content = (
    <AdapterContext.Provider value={adapter}>
      <CallbacksContext.Provider value={chain}>{children}</CallbacksContext.Provider>
    </AdapterContext.Provider>
  )
  if (client === hostClient) {
    return content
  }
  return <QueryClientProvider client={client}>{content}</QueryClientProvider>
}

/**
 * The adapter of the nearest IntegrationsProvider.
 *
 * Advanced: for hosts writing their own hooks on the adapter (with `integrationKeys`).
 */
export function useIntegrationsAdapter(): ConnectionsAdapter {
  const adapter = useContext(AdapterContext)
  if (adapter === null) {
    throw new Error(
      'useIntegrationsAdapter: no adapter found. Wrap this component in <IntegrationsProvider adapter={…}>.',
    )
  }
  return adapter
}
