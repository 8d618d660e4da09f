/**
 * The query-key factory. Keys go from general to specific so one prefix invalidates a whole family:
 * `all(scope)` ⊃ `lists(scope)` ⊃ `list(scope, filters)`, and `details(scope)` ⊃ `detail(scope, ref)`
 * ⊃ `resourceSettings(scope, ref, resource)` (and the consents, custom mappings, fields, schema,
 * example and logs of that connection: ./connection-data-keys.ts).
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

/**
 * The keys of connections themselves: lists, details, resource settings and mutations. The page
 * imports these; the keys of a connection's data access (consent, mappings, logs) are in
 * ./connection-data-keys.ts, and the public `integrationKeys` joins both (./integration-keys.ts),
 * so a page that never opens those parts does not ship their keys.
 */
export const connectionKeys = {
  all: (scope: string) => [NAMESPACE, scope] as const,
  lists: (scope: string) => [...connectionKeys.all(scope), 'list'] as const,
  list: (scope: string, filters: ConnectionFilters = {}) =>
    [...connectionKeys.lists(scope), keyFilters(filters)] as const,
  details: (scope: string) => [...connectionKeys.all(scope), 'detail'] as const,
  /**
   * `[…, 'detail', unifiedApi, serviceId]`; an instance's last element is `serviceId/<connection id>`
   * (percent-encoded; a service id never holds a `/`), so a Vault key is exactly what it always was,
   * the tuple keeps one shape, and a catalog entry's key is never a prefix of its instances' keys.
   */
  detail: (scope: string, ref: ConnectionRef) =>
    [
      ...connectionKeys.details(scope),
      ref.unifiedApi,
      ref.connectionId === undefined
        ? ref.serviceId
        : `${ref.serviceId}/${encodeURIComponent(ref.connectionId)}`,
    ] as const,
  resourceSettings: (scope: string, ref: ConnectionRef, resource: string) =>
    [...connectionKeys.detail(scope, ref), 'resource-settings', resource] as const,
  /** Mutation keys (for `useMutationState` / `useIsMutating`), apart from the query keys above. */
  mutation: (scope: string, action: IntegrationMutationAction) =>
    [...connectionKeys.all(scope), 'mutation', action] as const,
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
