/**
 * The Vault backend behind the adapter seam (DESIGN.md §2): a thin layer over the Vault client that
 * maps the UI's verbs onto Vault's endpoints where they differ ("add", resource defaults) and
 * declares what Vault can do.
 */
import type { AdapterCapabilities, ConnectionsAdapter } from '../adapter'
import { createVaultClient, type VaultClient, type VaultClientOptions } from './client'
import { sessionDefaults } from './session-defaults'

export const vaultCapabilities: AdapterCapabilities = {
  // GET /vault/connections answers every connector in one response; there are no page parameters.
  list: 'single',
  // GET …/{unified_api}/{service_id} returns settings, form_fields and configuration in full.
  readableConfig: true,
  // The catalog is the list endpoint itself: every connector the application owner enabled.
  catalog: 'api',
  // A connection is addressed by (unified_api, service_id): one per connector and consumer.
  multiplePerConnector: false,
  // "Add" is PATCH {enabled:true}, as Apideck's own UI does (POST needs credentials up front).
  add: true,
  // Vault connectors are added and authorized, never created from a form.
  create: false,
  // PATCH is a partial update of settings, metadata, enabled and configuration.
  update: 'patch',
  // `enabled` is a writable property of the connection itself.
  enable: true,
  // DELETE …/{unified_api}/{service_id} (204) removes the consumer's connection.
  delete: true,
  // Connections carry authorize_url/revoke_url and POST …/confirm completes the CSRF-safe flow.
  oauth: true,
  // POST …/token exchanges stored client_credentials/password credentials for a token.
  tokenGrant: true,
  // GET/PATCH …/{resource}/config hold per-resource defaults.
  resourceSettings: true,
  // POST …/import stores existing OAuth tokens.
  import: true,
  // POST …/validate tests the stored credentials.
  validate: true,
  // Vault credentials belong to the consumer (the host's customer account), not to each end user.
  perUserCredentials: false,
  // GET/PATCH …/consent hold the consumer's data-scope consent records.
  consent: true,
  // /vault/custom-mappings and …/{resource}/custom-fields|schema|example map fields.
  customMapping: true,
  // GET /vault/logs lists the consumer's requests, cursor-paged, filterable by connector.
  logs: true,
}

function isVaultClient(value: VaultClient | VaultClientOptions): value is VaultClient {
  return typeof (value as VaultClient).listConnections === 'function'
}

/** A ConnectionsAdapter for Apideck Vault, from a client or from the client's options. */
export function createVaultAdapter(
  clientOrOptions: VaultClient | VaultClientOptions = {},
): ConnectionsAdapter {
  const fromClient = isVaultClient(clientOrOptions)
  const client = fromClient ? clientOrOptions : createVaultClient(clientOrOptions)
  // A client keeps its token to itself, so only options carry the session's claims here.
  const session = fromClient ? undefined : sessionDefaults(clientOrOptions.token)

  return {
    kind: 'vault',
    // The consumer owns the data; without one (a server-side listing) everything is one scope.
    scope: client.consumerId ?? 'default',
    capabilities: vaultCapabilities,
    ...(session ? { session } : {}),

    listConnections: (filters, options) => client.listConnections(filters, options),
    getConnection: (ref, options) => client.getConnection(ref, options),
    updateConnection: (ref, body, options) => client.updateConnection(ref, body, options),
    deleteConnection: (ref, options) => client.deleteConnection(ref, options),
    // POST would create an *authorized* connection and needs credentials; adding a connector from
    // the catalog is enabling it for this consumer.
    addConnection: (ref, body, options) =>
      client.updateConnection(ref, { ...body, enabled: true }, options),
    importConnection: (ref, body, options) => client.importConnection(ref, body, options),
    requestToken: (ref, options) => client.requestToken(ref, options),
    confirmConnection: (ref, confirmToken, options) =>
      client.confirmConnection(ref, confirmToken, options),
    validateConnection: (ref, options) => client.validateConnection(ref, options),
    getResourceSettings: (ref, resource, options) =>
      client.getResourceSettings(ref, resource, options),
    async updateResourceSettings(ref, resource, defaults, options) {
      const updated = await client.updateResourceSettings(
        ref,
        resource,
        { configuration: [{ resource, defaults }] },
        options,
      )
      return updated ?? client.getConnection(ref, options)
    },
    listConsents: (ref, options) => client.listConsents(ref, options),
    updateConsent: (ref, body, options) => client.updateConsent(ref, body, options),
    getResourceSchema: (ref, resource, options) => client.getResourceSchema(ref, resource, options),
    getResourceExample: (ref, resource, options) =>
      client.getResourceExample(ref, resource, options),
    listCustomFields: (ref, resource, options) => client.listCustomFields(ref, resource, options),
    listCustomMappings: (ref, resource, options) =>
      client.listCustomMappings(ref, resource, options),
    createCustomMapping: (ref, id, value, options) =>
      client.createCustomMapping(ref, id, { value }, options),
    updateCustomMapping: (ref, id, value, options) =>
      client.updateCustomMapping(ref, id, { value }, options),
    deleteCustomMapping: (ref, id, options) => client.deleteCustomMapping(ref, id, options),
    async listLogs(ref, { filter, cursor, limit } = {}, options) {
      const page = await client.listLogs(
        {
          filter: { ...filter, connector_id: `${ref.unifiedApi}+${ref.serviceId}` },
          cursor,
          limit,
        },
        options,
      )
      // The spec notes that Vault may not apply `connector_id` yet (GH-10099): a log of another
      // connector must not show in this connection's list, whatever the server sent.
      const logs = page.logs.filter(
        (log) => log.service.id === ref.serviceId && log.unified_api === ref.unifiedApi,
      )
      return { ...page, logs }
    },
    authorizeUrl: (connection, options) => client.authorizeUrl(connection, options),
    revokeUrl: (connection, options) => client.revokeUrl(connection, options),
  }
}
