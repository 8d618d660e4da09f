/**
 * `integrations-kit/server`: Vault sessions created with the API key (`createVaultSession`, and
 * `createVaultSessionHandler`, the route the browser asks for its token), and the proxies the
 * Kinde and Authress browser adapters talk to, as Fetch-standard handlers
 * (`(request: Request) => Promise<Response>`) that mount as-is in Next.js route handlers, Hono,
 * Remix, SvelteKit, Deno and Bun, and in Express or Fastify through a few lines of glue (README).
 * No React, no DOM: it imports in plain Node 20 and in edge runtimes. The admin credentials the
 * backends need stay here, on the server.
 */
export { createKindeProxy, kindeProxyRoutes } from './kinde-proxy'
export type { KindeProxyOptions } from './kinde-proxy'
export type { ProxyHandler, ProxyRoute } from './proxy'
export { createAuthressProxy } from './authress-proxy'
export type { AuthressProxyOptions } from './authress-proxy'
export { createVaultSession } from './vault-session'
export type {
  VaultConsumerMetadata,
  VaultSession,
  VaultSessionOptions,
  VaultSessionSettings,
  VaultSessionTheme,
} from './vault-session'
export { createVaultSessionHandler } from './vault-session-handler'
export type { VaultSessionConsumer, VaultSessionHandlerOptions } from './vault-session-handler'
