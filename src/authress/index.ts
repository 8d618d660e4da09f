/**
 * `integrations-kit/authress`: the Authress connections backend for the integrations page. In a
 * browser, point it at the host's proxy (`createAuthressProxy` from `integrations-kit/server`),
 * never at Authress with a service-client key.
 */
export { createAuthressClient } from './client'
export type { AuthressClient, AuthressClientOptions } from './client'
export { createAuthressAdapter, authressCapabilities } from './adapter'
export type { AuthressAdapterOptions } from './adapter'
export { AUTHRESS_CONNECTORS } from './connectors'
export type { AuthressConnector, AuthressUrlSource } from './connectors'
export type { AuthressMessages } from './messages'
export type { ParsedPage, AddressableConnection } from './parse'
export type {
  AuthressConnection,
  AuthressConnectionCollection,
  AuthressConnectionData,
  AuthressConnectionType,
  AuthressErrorBody,
  AuthressLink,
  AuthressTokenRequestFormat,
  AuthressUserConnectionCredentials,
} from './types'
