/**
 * The Authress backend behind the adapter seam: a static catalog of connectors (./connectors.ts)
 * next to the account's connections, mapped into the Vault-shaped `Connection` the UI knows.
 *
 * - The list follows `pagination.next.cursor` until there is none; a cursor that repeats, or more
 *   than 100 pages, is an error rather than a silent stop.
 * - An edit is a fresh GET, the form values merged over it, then a PUT of the whole connection
 *   (Authress has no PATCH). Properties the adapter does not know are kept; the read-only ones are
 *   dropped; the client secret of that GET is sent back only to Authress.
 * - `hasUserCredentials` resolves to a boolean: the access token stays inside this module.
 */
import type { AdapterCapabilities, ConnectionsAdapter } from '../adapter'
import { IntegrationsApiError } from '../errors'
import type { Connection, ConnectionRef, RequestOptions } from '../types'
import { createAuthressClient, type AuthressClientOptions } from './client'
import {
  AUTHRESS_CONNECTORS,
  connectorByKey,
  connectorOf,
  type AuthressConnector,
} from './connectors'
import { createForm, editForm, readableSettings, toAuthressConnection } from './forms'
import type { AddressableConnection } from './parse'

/** What Authress can do, with a `userId` configured (without one, `perUserCredentials` is false). */
export const authressCapabilities: AdapterCapabilities = {
  // GET /v1/connections pages with pagination.next.cursor; the adapter follows it.
  list: 'cursor',
  // GET /v1/connections/{id} returns the configuration (the secret aside).
  readableConfig: true,
  // Authress has types, not a catalog: the connectors are the adapter's own presets.
  catalog: 'static',
  // One connector (Okta, SAML 2.0…) can have a connection per customer.
  multiplePerConnector: true,
  add: false,
  // POST /v1/connections answers the new connection.
  create: true,
  // No PATCH: GET, merge, PUT.
  update: 'put',
  // Not part of this adapter (Authress has no enable flag on a connection).
  enable: false,
  // DELETE /v1/connections/{id} answers 204.
  delete: true,
  oauth: false,
  tokenGrant: false,
  resourceSettings: false,
  import: false,
  validate: false,
  // GET …/users/{userId}/credentials: each end user has their own provider token.
  perUserCredentials: true,
}

export interface AuthressAdapterOptions extends AuthressClientOptions {
  /** Part of every query key. Default `'default'`. */
  scope?: string
  /** The signed-in user's Authress id, for the credentials check (the proxy forces its own). */
  userId?: string
  /** A logo URL per connector key (`google`, `okta`, …); no logos are shipped. */
  logo?: (connectorKey: string) => string | undefined
  /** Connections of types other than OAUTH2 and SAML2 (WebAuthN, PASSWORD…) are hidden by default. */
  builtIn?: 'hide' | 'show'
}

const MAX_PAGES = 100
const BUILT_IN_CATEGORY = 'built-in'

function listError(detail: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'parse',
    status: 200,
    message: 'The list of connections could not be read to its end.',
    detail,
  })
}

function notAnInstance(): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_ref',
    message: 'This operation needs a connection, not a connector.',
    detail: 'The ref has no connectionId. The request was not sent.',
  })
}

function unknownConnector(serviceId: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_ref',
    message: "This connector can't be set up here.",
    detail: `No Authress connector is called ${JSON.stringify(serviceId.slice(0, 100))}. The request was not sent.`,
  })
}

/** A connection of a type the adapter offers no connector for, under its own key. */
function builtInKey(connection: AddressableConnection): string {
  return String(connection.type ?? 'unknown').toLowerCase()
}

/** A ConnectionsAdapter for Authress, from the adapter's options (the client's plus its own). */
export function createAuthressAdapter(options: AuthressAdapterOptions): ConnectionsAdapter {
  const authress = createAuthressClient(options)
  const showBuiltIn = options.builtIn === 'show'
  const { userId } = options

  function withLogo(connection: Connection, key: string): Connection {
    const logo = options.logo?.(key)
    return logo === undefined ? connection : { ...connection, icon: logo, logo }
  }

  function catalogEntry(connector: AuthressConnector): Connection {
    return withLogo(
      {
        id: `${connector.category}+${connector.key}`,
        unified_api: connector.category,
        service_id: connector.key,
        name: connector.label,
        state: 'available',
        allows_multiple: connector.allowsMultiple,
        form_fields: createForm(connector),
      },
      connector.key,
    )
  }

  /** The UI's record of a connection, or null for a hidden built-in type. */
  function toInstance(raw: AddressableConnection): Connection | null {
    const connector = connectorOf(raw)
    if (connector === undefined && !showBuiltIn) {
      return null
    }
    const unifiedApi = connector?.category ?? BUILT_IN_CATEGORY
    const serviceId = connector?.key ?? builtInKey(raw)
    const settings = readableSettings(connector, raw)
    return withLogo(
      {
        id: `${unifiedApi}+${serviceId}+${raw.connectionId}`,
        unified_api: unifiedApi,
        service_id: serviceId,
        connection_id: raw.connectionId,
        name: settings.name ?? raw.connectionId,
        state: 'callable',
        allows_multiple: connector?.allowsMultiple ?? true,
        form_fields: editForm(connector, raw),
        settings,
      },
      serviceId,
    )
  }

  /** Like toInstance, for a connection the user just created or opened: never hidden. */
  function toVisibleInstance(raw: AddressableConnection): Connection {
    const instance = toInstance(raw)
    if (instance !== null) {
      return instance
    }
    const key = builtInKey(raw)
    return {
      id: `${BUILT_IN_CATEGORY}+${key}+${raw.connectionId}`,
      unified_api: BUILT_IN_CATEGORY,
      service_id: key,
      connection_id: raw.connectionId,
      name: readableSettings(undefined, raw).name ?? raw.connectionId,
      state: 'callable',
      allows_multiple: true,
      form_fields: editForm(undefined, raw),
      settings: readableSettings(undefined, raw),
    }
  }

  async function listAll(requestOptions: RequestOptions): Promise<AddressableConnection[]> {
    const all: AddressableConnection[] = []
    const seen = new Set<string>()
    let cursor: string | undefined
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await authress.getConnections(cursor, requestOptions)
      all.push(...result.connections)
      if (result.nextCursor === undefined) {
        return all
      }
      if (seen.has(result.nextCursor)) {
        throw listError(`The cursor ${JSON.stringify(result.nextCursor.slice(0, 100))} repeated.`)
      }
      seen.add(result.nextCursor)
      cursor = result.nextCursor
    }
    throw listError(`The list did not end after ${MAX_PAGES} pages.`)
  }

  function instanceId(ref: ConnectionRef): string {
    if (ref.connectionId === undefined) {
      throw notAnInstance()
    }
    return ref.connectionId
  }

  const adapter: ConnectionsAdapter = {
    kind: 'authress',
    scope: options.scope ?? 'default',
    capabilities:
      userId === undefined
        ? { ...authressCapabilities, perUserCredentials: false }
        : authressCapabilities,

    async listConnections(filters = {}, requestOptions = {}) {
      const raw = await listAll(requestOptions)
      const instances = raw.map(toInstance).filter((item) => item !== null)
      const all = [...AUTHRESS_CONNECTORS.map(catalogEntry), ...instances]
      return filters.api === undefined
        ? all
        : all.filter((item) => item.unified_api === filters.api)
    },

    async getConnection(ref, requestOptions) {
      if (ref.connectionId === undefined) {
        const connector = connectorByKey(ref.serviceId)
        if (connector === undefined) {
          throw unknownConnector(ref.serviceId)
        }
        return catalogEntry(connector)
      }
      return toVisibleInstance(await authress.getConnection(ref.connectionId, requestOptions))
    },

    async createConnection(catalogRef, values, requestOptions) {
      const connector = connectorByKey(catalogRef.serviceId)
      if (connector === undefined) {
        throw unknownConnector(catalogRef.serviceId)
      }
      const created = await authress.createConnection(
        toAuthressConnection(connector, values),
        requestOptions,
      )
      return toVisibleInstance(created)
    },

    async updateConnection(ref, body, requestOptions) {
      const connectionId = instanceId(ref)
      const current = await authress.getConnection(connectionId, requestOptions)
      const connector = connectorOf(current) ?? connectorByKey(ref.serviceId)
      const next = toAuthressConnection(connector, body.settings ?? {}, current)
      return toVisibleInstance(await authress.updateConnection(connectionId, next, requestOptions))
    },

    async deleteConnection(ref, requestOptions) {
      await authress.deleteConnection(instanceId(ref), requestOptions)
    },
  }

  if (userId !== undefined) {
    adapter.hasUserCredentials = async (ref, requestOptions) => {
      try {
        const credentials = await authress.getConnectionCredentials(
          instanceId(ref),
          userId,
          requestOptions,
        )
        return credentials.accessToken !== ''
      } catch (error) {
        if (
          error instanceof IntegrationsApiError &&
          error.kind === 'http' &&
          error.status === 404
        ) {
          return false
        }
        throw error
      }
    }
  }
  return adapter
}
