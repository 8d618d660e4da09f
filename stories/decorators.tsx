/**
 * The global story setup. Every story gets its own in-memory backend (served by the MSW worker of
 * msw-storybook-addon), its own QueryClient and an IntegrationsProvider wired to that backend's
 * adapter, so no story sees another's state. `parameters.backend` picks it: `'vault'` (default),
 * `'kinde'` or `'authress'`; Kinde and Authress are mocked as the host's proxy would serve them
 * (same origin, under /api/kinde and /api/authress, no credential in the browser).
 *
 * Seed a story with `parameters.mockVault = { connectors?, latency?, faults? }`, or
 * `parameters.mockKinde` / `parameters.mockAuthress` (see their interfaces). For e2e runs the
 * iframe URL can inject a fault into the list request too:
 * `iframe.html?id=…&ikMockFail=list&ikMockFault=500&ikMockTimes=1`.
 */
import type { Decorator, Loader } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { createVaultAdapter, IntegrationsProvider } from 'integrations-kit'
import type { Connection, ConnectionsAdapter } from 'integrations-kit'
import { createAuthressAdapter, type AuthressAdapterOptions } from 'integrations-kit/authress'
import { createKindeAdapter, type KindeAdapterOptions } from 'integrations-kit/kinde'
import {
  createMockAuthress,
  createMockKinde,
  createMockVault,
  type Fault,
  type FaultMatch,
  type MockAuthress,
  type MockAuthressOptions,
  type MockKinde,
  type MockKindeOptions,
  type MockVault,
} from 'integrations-kit/testing/msw'
import type { SetupWorker } from 'msw/browser'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useLayoutEffect, useEffect, type ReactNode } from 'react'

/** `parameters.mockVault`: how a story seeds its mock backend. */
export interface MockVaultParameters {
  /** The catalog (default: the mock's own fixture catalog). */
  connectors?: Connection[]
  /** Response delay in ms, or a [min, max] range. */
  latency?: number | [number, number]
  /** Faults to inject, in order (see MockVault.fail). */
  faults?: Array<{ match: FaultMatch; fault: Fault }>
  /** Claims of the session token (`settings`, `theme`, `consumer_metadata`, …): the page's defaults. */
  sessionClaims?: Record<string, unknown>
}

/** Which mock backend a story runs on (`parameters.backend`). */
export type StoryBackend = 'vault' | 'kinde' | 'authress'

/** `parameters.mockKinde`: the mock Kinde's seed and the adapter's options (baseUrl is set here). */
export interface MockKindeParameters {
  connections?: MockKindeOptions['connections']
  listItems?: MockKindeOptions['listItems']
  latency?: MockKindeOptions['latency']
  faults?: Array<{ match: FaultMatch; fault: Fault }>
  adapter?: Omit<KindeAdapterOptions, 'baseUrl'>
}

/** `parameters.mockAuthress`: the mock Authress's seed and the adapter's options. */
export interface MockAuthressParameters {
  connections?: MockAuthressOptions['connections']
  credentials?: MockAuthressOptions['credentials']
  pageSize?: MockAuthressOptions['pageSize']
  latency?: MockAuthressOptions['latency']
  faults?: Array<{ match: FaultMatch; fault: Fault }>
  adapter?: Omit<AuthressAdapterOptions, 'baseUrl'>
}

/** What the loader hands to the decorator (and to play functions through `context.loaded`). */
export interface MockVaultFixture {
  mockVault: MockVault
  adapter: ConnectionsAdapter
  queryClient: QueryClient
}

/** The loader's result for any backend: exactly one of the mocks is set. */
export interface MockBackendFixture {
  backend: StoryBackend
  mockVault?: MockVault
  mockKinde?: MockKinde
  mockAuthress?: MockAuthress
  adapter: ConnectionsAdapter
  queryClient: QueryClient
}

/**
 * The demo's fake OAuth provider pages (public/mock-oauth/, served at the site root): the mock's
 * authorize/revoke URLs point at the consent page, and stories pass `redirectUri` to the page so
 * the popup comes back to the callback page, which posts the result to the opener.
 */
export function mockOAuthUrls(origin: string = window.location.origin) {
  return {
    consentUrl: `${origin}/mock-oauth/consent.html`,
    revokeUrl: `${origin}/mock-oauth/consent.html?mode=revoke`,
    redirectUri: `${origin}/mock-oauth/callback.html`,
  }
}

/** The message the demo's fake consent page (public/mock-oauth/) posts to revoke a connection. */
interface MockRevokeMessage {
  type: 'ik-mock-revoke'
  unifiedApi: string
  serviceId: string
}

declare global {
  interface Window {
    /** The current story's mock backend, for e2e assertions (requests, spec violations). */
    ikMockVault?: MockVault
    ikMockKinde?: MockKinde
    ikMockAuthress?: MockAuthress
  }
}

let workerPromise: Promise<SetupWorker> | undefined

/** Starts the MSW worker once per page; stories swap its handlers. */
function startWorker(): Promise<SetupWorker> {
  workerPromise ??= (async () => {
    const { setupWorker } = await import('msw/browser')
    const worker = setupWorker()
    await worker.start({
      quiet: true,
      // Storybook's own modules and assets go to the network; only API calls are mocked.
      onUnhandledRequest: 'bypass',
    })
    return worker
  })()
  return workerPromise
}

const loadMsw = mswLoader(startWorker)

/** The list request of each backend, where an e2e URL's fault goes. */
const listPaths: Record<StoryBackend, RegExp> = {
  vault: /\/vault\/connections$/,
  kinde: /\/api\/v1\/connections$/,
  authress: /\/v1\/connections$/,
}

/** The faults an e2e test asks for in the iframe URL (see the file comment). */
function faultsFromUrl(
  search: string,
  backend: StoryBackend,
): Array<{ match: FaultMatch; fault: Fault }> {
  const params = new URLSearchParams(search)
  if (params.get('ikMockFail') !== 'list') {
    return []
  }
  const kind = params.get('ikMockFault') ?? '500'
  const fault: Fault =
    kind === 'network' || kind === 'malformed' ? kind : { status: Number.parseInt(kind, 10) }
  const times = Number.parseInt(params.get('ikMockTimes') ?? '1', 10)
  return [{ match: { method: 'GET', path: listPaths[backend], times }, fault }]
}

function isMockRevokeMessage(data: unknown): data is MockRevokeMessage {
  if (typeof data !== 'object' || data === null) {
    return false
  }
  const message = data as Record<string, unknown>
  return (
    message.type === 'ik-mock-revoke' &&
    typeof message.unifiedApi === 'string' &&
    typeof message.serviceId === 'string'
  )
}

function isStoryBackend(value: unknown): value is StoryBackend {
  return value === 'vault' || value === 'kinde' || value === 'authress'
}

/** The story's QueryClient: one per story, so no story sees another's cache. */
function storyQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })
}

/** The mock Vault and its adapter (`parameters.mockVault`). */
function vaultBackend(
  parameters: Record<string, unknown>,
  faults: Array<{ match: FaultMatch; fault: Fault }>,
): MockBackendFixture {
  const seed = (parameters.mockVault ?? {}) as MockVaultParameters
  const { consentUrl, revokeUrl } = mockOAuthUrls()
  const mockVault = createMockVault({
    connectors: seed.connectors,
    latency: seed.latency,
    consentUrl,
    revokeUrl,
    sessionClaims: seed.sessionClaims,
  })
  for (const { match, fault } of [...(seed.faults ?? []), ...faults]) {
    mockVault.fail(match, fault)
  }
  window.ikMockVault = mockVault
  const adapter = createVaultAdapter({ token: mockVault.token, baseUrl: mockVault.baseUrl })
  return { backend: 'vault', mockVault, adapter, queryClient: storyQueryClient() }
}

/** The mock Kinde behind the host's proxy at /api/kinde, and the Kinde adapter pointed at it. */
function kindeBackend(
  parameters: Record<string, unknown>,
  faults: Array<{ match: FaultMatch; fault: Fault }>,
): MockBackendFixture {
  const seed = (parameters.mockKinde ?? {}) as MockKindeParameters
  const baseUrl = `${window.location.origin}/api/kinde`
  const mockKinde = createMockKinde({
    baseUrl,
    auth: 'proxy',
    connections: seed.connections,
    listItems: seed.listItems,
    latency: seed.latency,
  })
  for (const { match, fault } of [...(seed.faults ?? []), ...faults]) {
    mockKinde.fail(match, fault)
  }
  window.ikMockKinde = mockKinde
  const adapter = createKindeAdapter({ ...seed.adapter, baseUrl })
  return { backend: 'kinde', mockKinde, adapter, queryClient: storyQueryClient() }
}

/** The mock Authress behind the host's proxy at /api/authress, and the Authress adapter. */
function authressBackend(
  parameters: Record<string, unknown>,
  faults: Array<{ match: FaultMatch; fault: Fault }>,
): MockBackendFixture {
  const seed = (parameters.mockAuthress ?? {}) as MockAuthressParameters
  const baseUrl = `${window.location.origin}/api/authress`
  const mockAuthress = createMockAuthress({
    baseUrl,
    auth: 'proxy',
    connections: seed.connections,
    credentials: seed.credentials,
    pageSize: seed.pageSize,
    latency: seed.latency,
  })
  for (const { match, fault } of [...(seed.faults ?? []), ...faults]) {
    mockAuthress.fail(match, fault)
  }
  window.ikMockAuthress = mockAuthress
  const adapter = createAuthressAdapter({ ...seed.adapter, baseUrl })
  return { backend: 'authress', mockAuthress, adapter, queryClient: storyQueryClient() }
}

/**
 * Creates the story's mock backend and installs its handlers. A loader (not a decorator) so the
 * worker is ready and the handlers are in place before the story renders its first request.
 */
export const mockVaultLoader: Loader = async (context) => {
  // Starts the worker (once), resets the previous story's handlers, applies `parameters.msw`.
  await loadMsw(context)
  const worker = await startWorker()
  const parameters = context.parameters as Record<string, unknown>
  const backend = isStoryBackend(parameters.backend) ? parameters.backend : 'vault'
  const faults = faultsFromUrl(window.location.search, backend)
  window.ikMockVault = undefined
  window.ikMockKinde = undefined
  window.ikMockAuthress = undefined
  const fixture =
    backend === 'kinde'
      ? kindeBackend(parameters, faults)
      : backend === 'authress'
        ? authressBackend(parameters, faults)
        : vaultBackend(parameters, faults)
  const mock = fixture.mockVault ?? fixture.mockKinde ?? fixture.mockAuthress
  if (mock) {
    worker.use(...mock.handlers)
  }
  // Handlers added last win: a story's own `parameters.msw` overrides stay in front of the mock's.
  const storyHandlers = context.parameters.msw
  if (Array.isArray(storyHandlers) && storyHandlers.length > 0) {
    worker.use(...storyHandlers)
  }
  // e2e reads the mock's request log and spec violations, and waits for the ready flag.
  document.documentElement.dataset.ikMock = 'ready'
  // The benchmark times the story from here: the list request, parsing and the first render.
  performance.mark('ik:story-start')
  return fixture
}

/** Answers the demo consent page's revoke request, from this origin only. */
function MockRevokeListener({ vault, children }: { vault: MockVault; children: ReactNode }) {
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin || !isMockRevokeMessage(event.data)) {
        return
      }
      vault.revoke({ unifiedApi: event.data.unifiedApi, serviceId: event.data.serviceId })
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [vault])
  return children
}

/** Reads the loader's fixture; throws when a story bypassed the global loader. */
export function mockVaultFixture(loaded: Record<string, unknown>): MockVaultFixture {
  const { mockVault, adapter, queryClient } = loaded as Partial<MockVaultFixture>
  if (!mockVault || !adapter || !queryClient) {
    throw new Error('stories/decorators: mockVaultLoader did not run for this story')
  }
  return { mockVault, adapter, queryClient }
}

/** Reads the loader's fixture for any backend; throws when a story bypassed the global loader. */
export function mockBackendFixture(loaded: Record<string, unknown>): MockBackendFixture {
  const fixture = loaded as Partial<MockBackendFixture>
  if (!fixture.backend || !fixture.adapter || !fixture.queryClient) {
    throw new Error('stories/decorators: mockVaultLoader did not run for this story')
  }
  return fixture as MockBackendFixture
}

export const withIntegrations: Decorator = (Story, context) => {
  const { mockVault, adapter, queryClient } = mockBackendFixture(context.loaded)
  const page = (
    <IntegrationsProvider adapter={adapter} queryClient={queryClient}>
      <Story />
    </IntegrationsProvider>
  )
  return mockVault ? <MockRevokeListener vault={mockVault}>{page}</MockRevokeListener> : page
}

type Appearance = 'light' | 'dark' | 'system'

function isAppearance(value: unknown): value is Appearance {
  return value === 'light' || value === 'dark' || value === 'system'
}

/**
 * The story's appearance: `args.theme.appearance` (IntegrationsPage) or `args.appearance` (the
 * part stories), else light.
 */
export function storyAppearance(args: Record<string, unknown>): Appearance {
  const theme = args.theme
  const fromTheme =
    typeof theme === 'object' && theme !== null
      ? (theme as { appearance?: unknown }).appearance
      : undefined
  if (isAppearance(fromTheme)) {
    return fromTheme
  }
  return isAppearance(args.appearance) ? args.appearance : 'light'
}

/**
 * Paints the canvas like a host page in the story's appearance: the body takes the theme tokens
 * and `var(--ik-bg)`, so a dark story has no white band below a short page (the body's background
 * fills the whole viewport), and 'system' follows the OS like the page does.
 */
function CanvasAppearance({
  appearance,
  children,
}: {
  appearance: Appearance
  children: ReactNode
}) {
  useLayoutEffect(() => {
    const body = document.body
    body.setAttribute('data-ik-theme', '')
    body.setAttribute('data-ik-appearance', appearance)
    body.style.background = 'var(--ik-bg)'
    return () => {
      body.removeAttribute('data-ik-theme')
      body.removeAttribute('data-ik-appearance')
      body.style.removeProperty('background')
    }
  }, [appearance])
  return children
}

export const withCanvasAppearance: Decorator = (Story, context) => (
  <CanvasAppearance appearance={storyAppearance(context.args)}>
    <Story />
  </CanvasAppearance>
)
