/**
 * A ConnectionsAdapter over in-memory records, shaped like the Kinde and Authress adapters: catalog
 * entries (one per connector, `state: 'available'`, `form_fields` = the create form) and instances
 * (`state: 'callable'`, `connection_id` set, `form_fields` = the edit form, no readable settings).
 * It proves the seam in hooks and components before either real adapter exists. Every call is
 * recorded in `calls`; `fail(method, error)` makes the next call of a method reject.
 */
import {
  IntegrationsApiError,
  type AdapterCapabilities,
  type Connection,
  type ConnectionRef,
  type ConnectionsAdapter,
  type FormField,
  type UpdateConnectionBody,
} from 'integrations-kit'

export const inMemoryCapabilities: AdapterCapabilities = {
  list: 'cursor',
  readableConfig: false,
  catalog: 'static',
  multiplePerConnector: true,
  add: false,
  create: true,
  update: 'patch',
  enable: false,
  delete: true,
  oauth: false,
  tokenGrant: false,
  resourceSettings: false,
  import: false,
  validate: false,
  perUserCredentials: true,
  // No data-scope consent, field mapping or request logs in this backend.
  consent: false,
  customMapping: false,
  logs: false,
}

type Method = 'list' | 'get' | 'update' | 'delete' | 'create' | 'credentials'

export interface InMemoryCall {
  method: Method
  ref?: ConnectionRef
  /** What a create or an update sent. */
  body?: unknown
}

export interface InMemoryAdapter extends ConnectionsAdapter {
  readonly calls: InMemoryCall[]
  /** The instances the backend holds now. */
  instances(): Connection[]
  /** The next `times` calls of `method` reject with `error`. */
  fail(method: Method, error: IntegrationsApiError, times?: number): void
}

export interface InMemoryAdapterOptions {
  connectors?: Connection[]
  connections?: Connection[]
  /** Connection id → whether the end user holds credentials from it. */
  credentials?: Record<string, boolean>
  capabilities?: Partial<AdapterCapabilities>
  /** Leave out `hasUserCredentials` (an adapter that cannot check). */
  withoutCredentialsCheck?: boolean
}

const text = (id: string, label: string, required = false): FormField => ({
  id,
  label,
  type: 'text',
  required,
  placeholder: '',
  description: '',
})

/** Okta SAML: many connections, enterprise. */
export function oktaSaml(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'enterprise+saml:okta',
    unified_api: 'enterprise',
    service_id: 'saml:okta',
    name: 'Okta SAML',
    state: 'available',
    allows_multiple: true,
    form_fields: [text('name', 'Display name', true), text('entity_id', 'Entity ID', true)],
    ...overrides,
  }
}

/** GitHub: one connection at most, social. */
export function github(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'social+oauth2:github',
    unified_api: 'social',
    service_id: 'oauth2:github',
    name: 'GitHub',
    state: 'available',
    allows_multiple: false,
    form_fields: [text('name', 'Display name', true), text('client_id', 'Client ID', true)],
    ...overrides,
  }
}

/** An instance of a connector, as the adapter would map it. */
export function instanceOf(
  connector: Connection,
  connectionId: string,
  name: string,
  overrides: Partial<Connection> = {},
): Connection {
  return {
    id: connectionId,
    unified_api: connector.unified_api,
    service_id: connector.service_id,
    connection_id: connectionId,
    allows_multiple: connector.allows_multiple,
    name,
    state: 'callable',
    form_fields: [text('name', 'Display name'), text('entity_id', 'Entity ID')],
    ...overrides,
  }
}

function notFound(): IntegrationsApiError {
  return new IntegrationsApiError({ kind: 'http', status: 404, message: 'Not found.' })
}

export function createInMemoryAdapter(options: InMemoryAdapterOptions = {}): InMemoryAdapter {
  const connectors = options.connectors ?? [oktaSaml(), github()]
  let instances = [...(options.connections ?? [])]
  const credentials = options.credentials ?? {}
  const calls: InMemoryCall[] = []
  const failures = new Map<Method, { error: IntegrationsApiError; times: number }>()
  let nextId = 1

  /** Records the call, then throws the queued failure of this method, if any. */
  const enter = (call: InMemoryCall) => {
    calls.push(call)
    const failure = failures.get(call.method)
    if (failure && failure.times > 0) {
      failure.times--
      throw failure.error
    }
  }
  const findInstance = (ref: ConnectionRef) => {
    const found = instances.find((instance) => instance.connection_id === ref.connectionId)
    if (!found || ref.connectionId === undefined) {
      throw notFound()
    }
    return found
  }
  const findConnector = (ref: ConnectionRef) => {
    const found = connectors.find(
      (connector) =>
        connector.unified_api === ref.unifiedApi && connector.service_id === ref.serviceId,
    )
    if (!found) {
      throw notFound()
    }
    return found
  }

  const adapter: InMemoryAdapter = {
    kind: 'in-memory',
    scope: 'tenant-1',
    capabilities: { ...inMemoryCapabilities, ...options.capabilities },
    calls,
    instances: () => instances,
    fail(method, error, times = 1) {
      failures.set(method, { error, times })
    },
    async listConnections(filters = {}) {
      enter({ method: 'list' })
      return [...connectors, ...instances]
        .filter((record) => filters.api === undefined || record.unified_api === filters.api)
        .map((record) => ({ ...record }))
    },
    async getConnection(ref) {
      enter({ method: 'get', ref })
      return { ...(ref.connectionId === undefined ? findConnector(ref) : findInstance(ref)) }
    },
    async updateConnection(ref, body: UpdateConnectionBody) {
      enter({ method: 'update', ref, body })
      const instance = findInstance(ref)
      // Write-only, like Kinde: only a non-blank display name shows up on the record.
      const name = body.settings?.name
      const updated = { ...instance, ...(typeof name === 'string' && name ? { name } : {}) }
      instances = instances.map((each) => (each === instance ? updated : each))
      return { ...updated }
    },
    async deleteConnection(ref) {
      enter({ method: 'delete', ref })
      const instance = findInstance(ref)
      instances = instances.filter((each) => each !== instance)
    },
    async createConnection(catalogRef, values) {
      enter({ method: 'create', ref: catalogRef, body: values })
      const connector = findConnector(catalogRef)
      const connectionId = `conn_${nextId++}`
      const created = instanceOf(connector, connectionId, String(values.name ?? connector.name))
      instances = [...instances, created]
      return { ...created }
    },
  }
  if (!options.withoutCredentialsCheck) {
    adapter.hasUserCredentials = async (ref) => {
      enter({ method: 'credentials', ref })
      findInstance(ref)
      return credentials[ref.connectionId ?? ''] === true
    }
  }
  return adapter
}
