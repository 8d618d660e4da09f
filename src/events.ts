/**
 * The funnel event stream a host feeds into its analytics (`onEvent`). Typed so hosts can switch on
 * `type`. Events never carry secrets or field values, only ids, counts and outcomes. An event about
 * one connection of a connector that has many (Kinde, Authress) also carries its `connectionId`;
 * Vault's events never do.
 */
import type { Connection, SkippedRecord } from './types'

export type ConnectMethod = 'oauth' | 'token' | 'form' | 'import'

export type IntegrationsEvent =
  /** The catalog was first shown (not while IntegrationsPage shows one connector alone). */
  | { type: 'catalog_viewed'; total: number; connected: number }
  | { type: 'catalog_searched'; query: string; results: number }
  | {
      type: 'catalog_filtered'
      category: string | null
      status: 'all' | 'connected' | 'available' | 'attention'
    }
  | { type: 'connector_opened'; unifiedApi: string; serviceId: string; connectionId?: string }
  | { type: 'connector_closed'; unifiedApi: string; serviceId: string; connectionId?: string }
  | {
      type: 'connect_started'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      method: ConnectMethod
    }
  | {
      type: 'connect_succeeded'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      method: ConnectMethod
    }
  | {
      type: 'connect_failed'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      method: ConnectMethod
      reason: string
    }
  /**
   * The user cancelled an attempt, or left it while it waited on them (its window open, closed or
   * blocked) by closing the panel or starting another: every connect_started ends in exactly one of
   * succeeded, failed or cancelled, except one whose request was in flight when the panel closed.
   */
  | {
      type: 'connect_cancelled'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      method: ConnectMethod
    }
  | { type: 'connection_enabled'; unifiedApi: string; serviceId: string; connectionId?: string }
  | { type: 'connection_disabled'; unifiedApi: string; serviceId: string; connectionId?: string }
  | { type: 'connection_revoked'; unifiedApi: string; serviceId: string; connectionId?: string }
  /** A connection was created from a catalog entry's form; `connectionId` is the new one's. */
  | { type: 'connection_created'; unifiedApi: string; serviceId: string; connectionId?: string }
  | { type: 'connection_deleted'; unifiedApi: string; serviceId: string; connectionId?: string }
  | { type: 'settings_saved'; unifiedApi: string; serviceId: string; connectionId?: string }
  | {
      type: 'resource_settings_saved'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      resource: string
    }
  | {
      type: 'connection_validated'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      valid: boolean
    }
  /** The user granted data-scope consent (first time, after a denial, or re-consent). */
  | { type: 'consent_granted'; unifiedApi: string; serviceId: string; connectionId?: string }
  /** The user declined consent the connection had not been given. */
  | { type: 'consent_denied'; unifiedApi: string; serviceId: string; connectionId?: string }
  /** The user withdrew consent the connection had been given. */
  | { type: 'consent_revoked'; unifiedApi: string; serviceId: string; connectionId?: string }
  /** A custom field mapping was created or changed; `mappingId` is the target field id, never the value. */
  | {
      type: 'custom_mapping_saved'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      mappingId: string
      created: boolean
    }
  | {
      type: 'custom_mapping_deleted'
      unifiedApi: string
      serviceId: string
      connectionId?: string
      mappingId: string
    }
  /**
   * The backend sent a record the page cannot show as its own card (duplicate, unaddressable id or
   * malformed); it was left out. For the host's monitoring: the data needs fixing at the source.
   */
  | ({ type: 'record_skipped' } & SkippedRecord)

export type IntegrationsEventType = IntegrationsEvent['type']

/** Callbacks a host passes to the provider or the page. Each one is guarded: a throw is reported, never propagated. */
export interface IntegrationsCallbacks {
  /** A connection changed (created, added, authorized, settings saved, enabled/disabled, revoked, imported). */
  onConnectionChange?: (connection: Connection) => void
  /**
   * A connection was deleted; receives the connection as it was, with state `available` (a Vault
   * connector stays in the catalog), or as it was for an instance (`connection_id` set), which is gone.
   */
  onConnectionDelete?: (connection: Connection) => void
  /** A request failed or a host callback threw. */
  onError?: (error: Error) => void
  /** The funnel stream for analytics. */
  onEvent?: (event: IntegrationsEvent) => void
}
