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
import type { IntegrationsApiError } from '../errors'
import { parseError } from '../http/errors'
import type { Connection } from '../types'
import { createAuthressClient, type AuthressClientOptions } from './client'
import { AUTHRESS_CONNECTORS, connectorOf, type AuthressConnector } from './connectors'
import { createForm, editForm, readableSettings, toAuthressConnection } from './forms'
import { authressEn, type AuthressMessages } from './messages'
import { refused, type AddressableConnection } from './parse'

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
  // Not part of this adapter (issue 9 leaves enabling out).
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
  // No data-scope consent, field mapping or request logs in this backend.
  consent: false,
  customMapping: false,
  logs: false,
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
  /**
   * The forms' labels and descriptions in the page's language, e.g. `authressDe` from
   * `integrations-kit/authress/locales/de`. Missing keys fall back to English, the default.
   */
  messages?: Partial<AuthressMessages>
}

const MAX_PAGES = 100

/** A ConnectionsAdapter for Authress, talking to the host's proxy (or Authress, server-side). */
export function createAuthressAdapter(options: AuthressAdapterOptions): ConnectionsAdapter {
  const authress = createAuthressClient(options)
  const { userId, logo } = options
  const messages: AuthressMessages = { ...authressEn, ...options.messages }

  function record(connector: AuthressConnector | undefined, key: string, fields: Connection) {
    const url = logo?.(key)
    return {
      ...fields,
      allows_multiple: connector?.allowsMultiple ?? true,
      ...(url === undefined ? {} : { icon: url, logo: url }),
    }
  }

  const catalogEntry = (connector: AuthressConnector) =>
    record(connector, connector.key, {
      id: `${connector.category}+${connector.key}`,
      unified_api: connector.category,
      service_id: connector.key,
      name: connector.label,
      state: 'available',
      form_fields: createForm(connector, messages),
    })

  /**
   * The UI's record of a connection. Types without a connector (WebAuthN, PASSWORD…) come under
   * `built-in`, and the list leaves them out unless `builtIn: 'show'`.
   */
  function toInstance(raw: AddressableConnection): Connection {
    const connector = connectorOf(raw)
    const unifiedApi = connector?.category ?? 'built-in'
    const serviceId = connector?.key ?? String(raw.type).toLowerCase()
    const settings = readableSettings(connector, raw)
    return record(connector, serviceId, {
      id: `${unifiedApi}+${serviceId}+${raw.connectionId}`,
      unified_api: unifiedApi,
      service_id: serviceId,
      connection_id: raw.connectionId,
      name: settings.name ?? raw.connectionId,
      state: 'callable',
      form_fields: editForm(connector, raw, messages),
      settings,
    })
  }

  function connectorFor(serviceId: string): AuthressConnector {
    const connector = AUTHRESS_CONNECTORS.find(({ key }) => key === serviceId)
    if (!connector) {
      throw refused()
    }
    return connector
  }

  const adapter: ConnectionsAdapter = {
    kind: 'authress',
    scope: options.scope ?? 'default',
    capabilities: { ...authressCapabilities, perUserCredentials: userId !== undefined },

    async listConnections(filters = {}, requestOptions) {
      const instances: Connection[] = []
      const seen = new Set<string>()
      let cursor: string | undefined
      for (let page = 0; ; page++) {
        if (page === MAX_PAGES) {
          throw parseError(200, `Over ${MAX_PAGES} pages.`)
        }
        const result = await authress.getConnections(cursor, requestOptions)
        for (const raw of result.connections) {
          const instance = toInstance(raw)
          if (instance.unified_api !== 'built-in' || options.builtIn === 'show') {
            instances.push(instance)
          }
        }
        cursor = result.nextCursor
        if (cursor === undefined) {
          break
        }
        if (seen.has(cursor)) {
          throw parseError(200, `Cursor ${cursor} repeated.`)
        }
        seen.add(cursor)
      }
      const all = [...AUTHRESS_CONNECTORS.map(catalogEntry), ...instances]
      return all.filter((item) => filters.api === undefined || item.unified_api === filters.api)
    },

    async getConnection(ref, requestOptions) {
      return ref.connectionId === undefined
        ? catalogEntry(connectorFor(ref.serviceId))
        : toInstance(await authress.getConnection(ref.connectionId, requestOptions))
    },

    async createConnection(catalogRef, values, requestOptions) {
      const body = toAuthressConnection(connectorFor(catalogRef.serviceId), values)
      return toInstance(await authress.createConnection(body, requestOptions))
    },

    async updateConnection(ref, { settings }, requestOptions) {
      // No connectionId (a catalog ref) is refused by the client before anything is sent.
      const id = ref.connectionId as string
      const current = await authress.getConnection(id, requestOptions)
      const body = toAuthressConnection(connectorOf(current), settings ?? {}, current)
      return toInstance(await authress.updateConnection(id, body, requestOptions))
    },

    async deleteConnection(ref, requestOptions) {
      await authress.deleteConnection(ref.connectionId as string, requestOptions)
    },
  }

  if (userId !== undefined) {
    adapter.hasUserCredentials = async (ref, requestOptions) => {
      try {
        const { accessToken } = await authress.getConnectionCredentials(
          ref.connectionId as string,
          userId,
          requestOptions,
        )
        return accessToken !== ''
      } catch (error) {
        // 404: the connection or the user has no credentials; anything else is a failure.
        if ((error as IntegrationsApiError).status === 404) {
          return false
        }
        throw error
      }
    }
  }
  return adapter
}
