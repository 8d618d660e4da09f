/**
 * `integrations-kit/server`: Fetch-standard proxies for the connection backends whose admin
 * credential must stay on the server. No React, no DOM: imports in Node 20 and edge runtimes.
 */
export { createAuthressProxy } from './authress-proxy'
export type { AuthressProxyOptions } from './authress-proxy'
