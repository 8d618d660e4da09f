/**
 * `integrations-kit/server`: the proxies the browser adapters talk to, as Fetch-standard handlers
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
