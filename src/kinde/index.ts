/**
 * `integrations-kit/kinde`: Kinde Management API connections on the integrations page. The
 * adapter talks to the host's proxy (`createKindeProxy` from `integrations-kit/server`), never to
 * Kinde: the M2M token administers the whole environment and stays on the server.
 */
export { createKindeAdapter, kindeCapabilities } from './adapter'
export type { KindeAdapterOptions } from './adapter'
export { createKindeClient } from './client'
export type {
  KindeClient,
  KindeClientOptions,
  KindeConnectionSummary,
  KindeConnectionsPage,
  KindeListQuery,
  KindeUpdateBody,
} from './client'
export type { KindeApplication, KindeConnectionBody } from './forms'
export type { KindeScope } from './errors'
export type { KindeMessages } from './messages'
export { KINDE_STRATEGIES } from './strategies'
export type { KindeCategory, KindeOptionsVariant, KindeStrategy } from './strategies'
