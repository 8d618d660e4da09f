/**
 * The adapter seam: the UI never talks HTTP, it talks to a ConnectionsAdapter. Each backend
 * (Vault, Kinde, Authress) implements this interface and declares in `capabilities` what it can do;
 * components show only the actions the adapter supports.
 *
 * Shapes are Vault's (see types.ts) because Vault is the richest model: Kinde and Authress map their
 * records into it. Every method rejects only with IntegrationsApiError.
 */
import type {
  ConsentRecord,
  Connection,
  ConnectionFilters,
  ConnectionRef,
  CustomField,
  CustomMapping,
  ImportConnectionBody,
  ConnectionLogsParams,
  LogsPage,
  RequestOptions,
  ResourceDefault,
  ResourceExample,
  ResourceSchema,
  ResourceSettings,
  UpdateConnectionBody,
  UpdateConsentBody,
  ValidateConnectionResult,
} from './types'
import type { SessionDefaults } from './vault/session-defaults'

export interface AdapterCapabilities {
  /**
   * How the backend pages its list. 'single' (Vault) answers everything in one response;
   * 'cursor' (Kinde, Authress) pages, and the adapter follows the cursors itself, because the
   * catalog needs the whole set for client-side search, counts and category filters.
   */
  list: 'single' | 'cursor'
  /** `getConnection` returns the full config (Vault, Authress); false where the API returns a summary only (Kinde). */
  readableConfig: boolean
  /** The catalog comes from the API (Vault) or is a static list of connectors the adapter knows (Kinde strategies, Authress types). */
  catalog: 'api' | 'static'
  /** A connector can have many connections (Kinde, Authress); Vault has exactly one per connector and consumer. */
  multiplePerConnector: boolean
  /** `addConnection` exists. */
  add: boolean
  /**
   * `createConnection` exists: a catalog entry's form creates a new instance (Kinde, Authress).
   * Vault has no such step: its connectors are added, then authorized.
   */
  create: boolean
  /** How updates are sent: 'patch' (partial) or 'put' (Authress: the adapter gets, merges and puts). */
  update: 'patch' | 'put'
  /** Connections can be enabled/disabled through `updateConnection({ enabled })`. */
  enable: boolean
  /** `deleteConnection` exists. */
  delete: boolean
  /** OAuth consent happens in a provider window (`authorizeUrl`/`revokeUrl`/`confirmConnection`). */
  oauth: boolean
  /** client_credentials/password grants via `requestToken`. */
  tokenGrant: boolean
  /** Per-resource defaults via `getResourceSettings`/`updateResourceSettings`. */
  resourceSettings: boolean
  /** Existing credentials can be imported via `importConnection`. */
  import: boolean
  /** Credentials can be tested via `validateConnection`. */
  validate: boolean
  /** Credentials belong to each end user rather than to the consumer (Authress). */
  perUserCredentials: boolean
  // The capabilities below came after the first release: absent means false, so an adapter written
  // before them (Kinde, Authress, a host's own) keeps compiling and simply lacks them.
  /** Data-scope consent: `listConsents` and `updateConsent` (Vault). */
  consent?: boolean
  /**
   * Custom field mapping: `listCustomMappings`, `createCustomMapping`, `updateCustomMapping`,
   * `deleteCustomMapping` and the sources a mapping picks from, `listCustomFields`,
   * `getResourceSchema`, `getResourceExample` (Vault).
   */
  customMapping?: boolean
  /** The consumer's request logs: `listLogs` (Vault). */
  logs?: boolean
}

export interface AuthorizeUrlOptions {
  /** Where the provider returns after consent; URL-encoded by the adapter. */
  redirectUri: string
  /** Echoed back in the result so a forged or stale message can be told apart. */
  nonce?: string
}

export interface ConnectionsAdapter {
  /** Which backend this is ('vault', 'kinde', 'authress' or a custom name). */
  readonly kind: string
  /**
   * Who the data belongs to (Vault consumer id, Kinde/Authress tenant). Part of every query key, so
   * one QueryClient can serve several consumers without mixing their data.
   */
  readonly scope: string
  readonly capabilities: AdapterCapabilities
  /**
   * Defaults the backend's session carries (Vault: the session token's settings, theme and consumer
   * metadata); every prop overrides them. Absent for backends without such a session.
   */
  readonly session?: SessionDefaults

  /** Every connector/connection for these filters (all pages). */
  listConnections(filters?: ConnectionFilters, options?: RequestOptions): Promise<Connection[]>
  getConnection(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>
  /** Partial update (settings, metadata, enabled, configuration). Returns the updated connection. */
  updateConnection(
    ref: ConnectionRef,
    body: UpdateConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  deleteConnection(ref: ConnectionRef, options?: RequestOptions): Promise<void>

  /**
   * Creates a new connection of a catalog entry (`catalogRef` has no `connectionId`) from the values
   * of its create form (`form_fields`). Resolves to the new instance, with `connection_id` set.
   * Never retried by the hooks: a POST is not safe to repeat.
   */
  createConnection?(
    catalogRef: ConnectionRef,
    values: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<Connection>
  /**
   * Whether the configured end user holds credentials from this connection (Authress). Resolves
   * to a boolean only: the credential itself never leaves the adapter.
   */
  hasUserCredentials?(ref: ConnectionRef, options?: RequestOptions): Promise<boolean>
  /**
   * Adds an available connector for this consumer (Vault: `PATCH {enabled:true}`, as Apideck's own
   * UI does; POST is "create an already authorized connection" and needs credentials).
   */
  addConnection?(
    ref: ConnectionRef,
    body?: UpdateConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  importConnection?(
    ref: ConnectionRef,
    body: ImportConnectionBody,
    options?: RequestOptions,
  ): Promise<Connection>
  /** client_credentials / password grants: the backend fetches the token; it is never returned. */
  requestToken?(ref: ConnectionRef, options?: RequestOptions): Promise<Connection>
  /** OAuth CSRF step 2: confirms the connection with the single-use token from the callback. */
  confirmConnection?(
    ref: ConnectionRef,
    confirmToken: string,
    options?: RequestOptions,
  ): Promise<{ confirmed: boolean }>
  validateConnection?(
    ref: ConnectionRef,
    options?: RequestOptions,
  ): Promise<ValidateConnectionResult>
  getResourceSettings?(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceSettings>
  updateResourceSettings?(
    ref: ConnectionRef,
    resource: string,
    defaults: ResourceDefault[],
    options?: RequestOptions,
  ): Promise<Connection>
  /** The provider consent URL, or null when the connection has none (or it is unsafe). */
  authorizeUrl?(connection: Connection, options: AuthorizeUrlOptions): string | null
  revokeUrl?(connection: Connection, options: Omit<AuthorizeUrlOptions, 'nonce'>): string | null

  /** The connection's consent records, oldest first (capability `consent`). */
  listConsents?(ref: ConnectionRef, options?: RequestOptions): Promise<ConsentRecord[]>
  /** Grants, denies or revokes data-scope consent; resolves to the new record (capability `consent`). */
  updateConsent?(
    ref: ConnectionRef,
    body: UpdateConsentBody,
    options?: RequestOptions,
  ): Promise<ConsentRecord>
  /** The approximate JSON Schema of one resource (capability `customMapping`). */
  getResourceSchema?(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceSchema>
  /** A real downstream response of one resource (capability `customMapping`). */
  getResourceExample?(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<ResourceExample>
  /** The connector's custom fields on one resource (capability `customMapping`). */
  listCustomFields?(
    ref: ConnectionRef,
    resource: string,
    options?: RequestOptions,
  ): Promise<CustomField[]>
  /**
   * The connection's custom mappings: of one resource, or all of them without `resource`
   * (capability `customMapping`).
   */
  listCustomMappings?(
    ref: ConnectionRef,
    resource?: string,
    options?: RequestOptions,
  ): Promise<CustomMapping[]>
  /** Maps a field that has no mapping yet (POST); resolves to the mapping (capability `customMapping`). */
  createCustomMapping?(
    ref: ConnectionRef,
    id: string,
    value: string,
    options?: RequestOptions,
  ): Promise<CustomMapping>
  /** Changes an existing mapping (PATCH); resolves to the mapping (capability `customMapping`). */
  updateCustomMapping?(
    ref: ConnectionRef,
    id: string,
    value: string,
    options?: RequestOptions,
  ): Promise<CustomMapping>
  /** Removes a mapping the consumer owns (capability `customMapping`). */
  deleteCustomMapping?(ref: ConnectionRef, id: string, options?: RequestOptions): Promise<void>
  /**
   * One page of the consumer's request logs for one connection, newest first (capability `logs`).
   * Only logs of `ref`'s connector are returned, whatever else `params.filter` says.
   */
  listLogs?(
    ref: ConnectionRef,
    params?: ConnectionLogsParams,
    options?: RequestOptions,
  ): Promise<LogsPage>
}
