/**
 * Test helpers: a fresh QueryClient per test and render helpers that wrap the UI in
 * IntegrationsProvider, as a host app would.
 *
 * Note: `retry: false` here is only the client's default. Our query and mutation options carry the
 * library's retry policy themselves (so it holds with any host client), so a 5xx or network failure
 * is still retried with backoff; tests of error states use 4xx, or override `retry` explicitly.
 */
import { QueryClient } from '@tanstack/react-query'
import {
  render,
  renderHook,
  type RenderHookOptions,
  type RenderOptions,
} from '@testing-library/react'
import type { ReactNode } from 'react'
import { IntegrationsProvider } from 'integrations-kit'
import type { ConnectionsAdapter, IntegrationsCallbacks } from 'integrations-kit'

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity },
      mutations: { retry: false, gcTime: Infinity },
    },
  })
}

export interface ProvidersOptions {
  adapter: ConnectionsAdapter
  /** Defaults to a fresh {@link createTestQueryClient}. */
  queryClient?: QueryClient
  callbacks?: IntegrationsCallbacks
}

function createWrapper({
  adapter,
  queryClient,
  callbacks,
}: Required<Omit<ProvidersOptions, 'callbacks'>> & Pick<ProvidersOptions, 'callbacks'>) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <IntegrationsProvider adapter={adapter} queryClient={queryClient} {...callbacks}>
        {children}
      </IntegrationsProvider>
    )
  }
}

export function renderWithProviders(
  ui: ReactNode,
  {
    adapter,
    queryClient = createTestQueryClient(),
    callbacks,
    ...options
  }: ProvidersOptions & Omit<RenderOptions, 'wrapper'>,
) {
  const rendered = render(ui, {
    ...options,
    wrapper: createWrapper({ adapter, queryClient, callbacks }),
  })
  return { ...rendered, queryClient }
}

export function renderHookWithProviders<Result, Props>(
  hook: (props: Props) => Result,
  {
    adapter,
    queryClient = createTestQueryClient(),
    callbacks,
    ...options
  }: ProvidersOptions & Omit<RenderHookOptions<Props>, 'wrapper'>,
) {
  const rendered = renderHook(hook, {
    ...options,
    wrapper: createWrapper({ adapter, queryClient, callbacks }),
  })
  return { ...rendered, queryClient }
}
