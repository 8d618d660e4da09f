/**
 * The query-key factory. Keys go from general to specific so one prefix invalidates a whole family:
 * `all(scope)` ⊃ `lists(scope)` ⊃ `list(scope, filters)`, and `details(scope)` ⊃ `detail(scope, ref)`
 * ⊃ `resourceSettings(scope, ref, resource)` (and consents, custom mappings, fields, schema,
 * example, logs of that connection).
 *
 * The root is namespaced ('integrations-kit') so it cannot collide with a host's own `['connections']`
 * in a shared QueryClient, and the adapter's `scope` (Vault consumer id, Kinde/Authress tenant) comes
 * second because every queryFn depends on it: two consumers in one QueryClient never share data.
 */
import type { ConnectionFilters, ConnectionRef } from '../types'

const NAMESPACE = 'integrations-kit'

/**
 * The filters as they go into a key: only the set ones, so `{}` and `{ api: undefined }` are one key,
 * and `configured: false` stays distinct from "not filtered".
 */
function keyFilters(filters: ConnectionFilters): ConnectionFilters {
  const key: ConnectionFilters = {}
  if (filters.api !== undefined) {
    key.api = filters.api
  }
  if (filters.configured !== undefined) {
    key.configured = filters.configured
  }
  return key
}

export const integrationKeys = {
  all: (scope: string) => [NAMESPACE, scope] as const,
  lists: (scope: string) => [...integrationKeys.all(scope), 'list'] as const,
  list: (scope: string, filters: ConnectionFilters = {}) =>
    [...integrationKeys.lists(scope), keyFilters(filters)] as const,
  details: (scope: string) => [...integrationKeys.all(scope), 'detail'] as const,
  /**
   * `[…, 'detail', unifiedApi, serviceId]`; an instance's last element is `serviceId/<connection id>`
   * (percent-encoded; a service id never holds a `/`), so a Vault key is exactly what it always was,
   * the tuple keeps one shape, and a catalog entry's key is never a prefix of its instances' keys.
   */
  detail: (scope: string, ref: ConnectionRef) =>
    [
      ...integrationKeys.details(scope),
      ref.unifiedApi,
      ref.connectionId === undefined
        ? ref.serviceId
        : `${ref.serviceId}/${encodeURIComponent(ref.connectionId)}`,
    ] as const,
  resourceSettings: (scope: string, ref: ConnectionRef, resource: string) =>
    [...integrationKeys.detail(scope, ref), 'resource-settings', resource] as const,
  /** The connection's consent records (`GET …/consent`). */
  consents: (scope: string, ref: ConnectionRef) =>
    [...integrationKeys.detail(scope, ref), 'consents'] as const,
  /** Every cached custom-mapping list of a connection (one prefix, to update or invalidate them all). */
  customMappingLists: (scope: string, ref: ConnectionRef) =>
    [...integrationKeys.detail(scope, ref), 'custom-mappings'] as const,
  /** The connection's custom mappings of one resource, or all of them (`resource` null). */
  customMappings: (scope: string, ref: ConnectionRef, resource: string | null = null) =>
    [...integrationKeys.customMappingLists(scope, ref), resource] as const,
  customFields: (scope: string, ref: ConnectionRef, resource: string) =>
    [...integrationKeys.detail(scope, ref), 'custom-fields', resource] as const,
  resourceSchema: (scope: string, ref: ConnectionRef, resource: string) =>
    [...integrationKeys.detail(scope, ref), 'resource-schema', resource] as const,
  resourceExample: (scope: string, ref: ConnectionRef, resource: string) =>
    [...integrationKeys.detail(scope, ref), 'resource-example', resource] as const,
  /** The pages of one connection's request logs for these params (limit, filter). */
  logs: (scope: string, ref: ConnectionRef, params: { limit?: number; filter?: object } = {}) =>
    [...integrationKeys.detail(scope, ref), 'logs', params] as const,
  /** Mutation keys (for `useMutationState` / `useIsMutating`), apart from the query keys above. */
  mutation: (scope: string, action: IntegrationMutationAction) =>
    [...integrationKeys.all(scope), 'mutation', action] as const,
}

/** The name of each mutation, as used in its `mutationKey`. */
export type IntegrationMutationAction =
  | 'add'
  | 'create'
  | 'update'
  | 'delete'
  | 'import'
  | 'token'
  | 'validate'
  | 'confirm'
  | 'update-resource-settings'
  | 'credentials'
  | 'update-consent'
  | 'save-custom-mapping'
  | 'delete-custom-mapping'
