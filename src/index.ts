'use client'
/**
 * The package entry: the React-free core (src/), the React Query layer (hooks/) and the components
 * (components/). Explicit named exports so bundlers tree-shake what a host does not use.
 */
export { IntegrationsApiError, isIntegrationsApiError } from './errors'
export type { IntegrationsApiErrorInit, IntegrationsErrorKind } from './errors'
export type { AdapterCapabilities, AuthorizeUrlOptions, ConnectionsAdapter } from './adapter'
export type * from './types'
export type {
  ConnectMethod,
  IntegrationsCallbacks,
  IntegrationsEvent,
  IntegrationsEventType,
} from './events'
