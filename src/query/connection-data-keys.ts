/**
 * The query keys of a connection's data access, under its detail key (so invalidating a connection
 * covers them): consent records, custom mappings and the sources a mapping picks from, request
 * logs. Apart from ./keys.ts so the page's first paint does not carry them.
 */
import type { ConnectionRef } from '../types'
import { connectionKeys } from './keys'

export const connectionDataKeys = {
  /** The connection's consent records (`GET …/consent`). */
  consents: (scope: string, ref: ConnectionRef) =>
    [...connectionKeys.detail(scope, ref), 'consents'] as const,
  /** Every cached custom-mapping list of a connection (one prefix, to update or invalidate them all). */
  customMappingLists: (scope: string, ref: ConnectionRef) =>
    [...connectionKeys.detail(scope, ref), 'custom-mappings'] as const,
  /** The connection's custom mappings of one resource, or all of them (`resource` null). */
  customMappings: (scope: string, ref: ConnectionRef, resource: string | null = null) =>
    [...connectionDataKeys.customMappingLists(scope, ref), resource] as const,
  customFields: (scope: string, ref: ConnectionRef, resource: string) =>
    [...connectionKeys.detail(scope, ref), 'custom-fields', resource] as const,
  resourceSchema: (scope: string, ref: ConnectionRef, resource: string) =>
    [...connectionKeys.detail(scope, ref), 'resource-schema', resource] as const,
  resourceExample: (scope: string, ref: ConnectionRef, resource: string) =>
    [...connectionKeys.detail(scope, ref), 'resource-example', resource] as const,
  /** The pages of one connection's request logs for these params (limit, filter). */
  logs: (scope: string, ref: ConnectionRef, params: { limit?: number; filter?: object } = {}) =>
    [...connectionKeys.detail(scope, ref), 'logs', params] as const,
}
