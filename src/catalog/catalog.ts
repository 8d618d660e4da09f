/**
 * Catalog derivation, React-free: order (connected first, then by name in the locale's collation),
 * text search over name, service id and category, category and status filters, and the counts the
 * filters show. `buildCatalog` runs once per data/locale change; `filterCatalog` is one O(n) pass per
 * keystroke over precomputed lowercase haystacks.
 *
 * Connectors with many connections (Kinde, Authress) send catalog entries and instances
 * (`connection_id` set): an instance is found by its connector's name too, each entry knows how
 * many instances it has, and an entry whose connector allows one connection (`allows_multiple:
 * false`) leaves the catalog once it has one. Vault records have neither, so none of this applies.
 */
import { refKey } from '../connection-ref'
import { connectionStatus, isConnectionAdded } from './status'
import type { Connection } from '../types'

/**
 * `'attention'`: added connections whose status asks the user to do something (authorize, fill in
 * settings, give data-scope consent, enable …; see `actionable` in ./status.ts).
 */
export type CatalogStatusFilter = 'all' | 'connected' | 'available' | 'attention'

export interface CatalogEntry {
  connection: Connection
  added: boolean
  /** Added, and its status is one the user can act on (needs consent, authorization, settings …). */
  attention: boolean
  /** Lowercased "name service_id unified_api category-label", plus the connector's name for an instance. */
  haystack: string
}

/** The connector a record belongs to: `unified_api/service_id` (an entry's card key). */
export function connectorKeyOf(connection: Pick<Connection, 'unified_api' | 'service_id'>): string {
  return refKey({ unifiedApi: connection.unified_api, serviceId: connection.service_id })
}

interface CatalogCategory {
  id: string
  label: string
}

export interface Catalog {
  entries: readonly CatalogEntry[]
  /** Every category present, sorted by label. */
  categories: readonly CatalogCategory[]
  total: number
  connected: number
  /** Entries that need the user's action (see {@link CatalogEntry.attention}). */
  attention: number
  /**
   * How many instances (`connection_id` set) each connector has, by {@link connectorKeyOf}; empty
   * for Vault.
   */
  connectionCounts: ReadonlyMap<string, number>
  /**
   * The name of each connector that has a catalog entry, by {@link connectorKeyOf}: an instance's
   * card names its connector with it ("Okta SAML · Enterprise").
   */
  connectorNames: ReadonlyMap<string, string>
}

export interface CatalogFilters {
  query?: string
  /** A unified API id, or null for all. */
  category?: string | null
  status?: CatalogStatusFilter
}

export interface FilteredCatalog {
  connected: Connection[]
  available: Connection[]
  /** connected.length + available.length */
  count: number
  /** Matches per category for the current query and status filter (the category filter itself excluded). */
  categoryCounts: ReadonlyMap<string, number>
  /** Matches over all categories for the current query and status filter. */
  allCategoriesCount: number
}

export function buildCatalog(
  connections: readonly Connection[],
  options: {
    locale: string
    categoryLabel: (unifiedApi: string) => string
    /** False when the page asks for no data-scope consent (see ConnectionStatusOptions). */
    consent?: boolean
  },
): Catalog {
  let collator: Intl.Collator
  try {
    collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true })
  } catch {
    collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
  }
  const labels = new Map<string, string>()
  const labelOf = (api: string) => {
    let label = labels.get(api)
    if (label === undefined) {
      label = options.categoryLabel(api)
      labels.set(api, label)
    }
    return label
  }
  const connectionCounts = new Map<string, number>()
  const connectorNames = new Map<string, string>()
  for (const connection of connections) {
    const key = connectorKeyOf(connection)
    if (connection.connection_id === undefined) {
      connectorNames.set(key, connection.name)
    } else {
      connectionCounts.set(key, (connectionCounts.get(key) ?? 0) + 1)
    }
  }
  const entries = connections
    .filter(
      (connection) =>
        connection.connection_id !== undefined ||
        connection.allows_multiple !== false ||
        !connectionCounts.has(connectorKeyOf(connection)),
    )
    .map<CatalogEntry>((connection) => ({
      connection,
      added: isConnectionAdded(connection),
      attention:
        isConnectionAdded(connection) &&
        connectionStatus(connection, { consent: options.consent }).actionable,
      haystack: [
        connection.name,
        connection.service_id,
        connection.unified_api,
        labelOf(connection.unified_api),
        ...(connection.connection_id === undefined
          ? []
          : [connectorNames.get(connectorKeyOf(connection)) ?? '']),
      ]
        .join(' ')
        .toLowerCase(),
    }))
  entries.sort(
    (a, b) =>
      Number(b.added) - Number(a.added) ||
      collator.compare(a.connection.name, b.connection.name) ||
      collator.compare(a.connection.unified_api, b.connection.unified_api),
  )
  const categories = [...labels.entries()]
    .map(([id, label]) => ({ id, label }))
    .sort((a, b) => collator.compare(a.label, b.label))
  const connected = entries.reduce((sum, entry) => sum + Number(entry.added), 0)
  const attention = entries.reduce((sum, entry) => sum + Number(entry.attention), 0)
  return {
    entries,
    categories,
    total: entries.length,
    connected,
    attention,
    connectionCounts,
    connectorNames,
  }
}

/** Search terms: whitespace-separated, all must match. */
function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

export function filterCatalog(catalog: Catalog, filters: CatalogFilters): FilteredCatalog {
  const terms = searchTerms(filters.query ?? '')
  const category = filters.category ?? null
  const status = filters.status ?? 'all'
  const connected: Connection[] = []
  const available: Connection[] = []
  const categoryCounts = new Map<string, number>()
  let allCategoriesCount = 0
  for (const entry of catalog.entries) {
    if (status === 'connected' && !entry.added) {
      continue
    }
    if ((status === 'available' && entry.added) || (status === 'attention' && !entry.attention)) {
      continue
    }
    if (terms.length > 0 && !terms.every((term) => entry.haystack.includes(term))) {
      continue
    }
    const api = entry.connection.unified_api
    categoryCounts.set(api, (categoryCounts.get(api) ?? 0) + 1)
    allCategoriesCount++
    if (category !== null && api !== category) {
      continue
    }
    ;(entry.added ? connected : available).push(entry.connection)
  }
  return {
    connected,
    available,
    count: connected.length + available.length,
    categoryCounts,
    allCategoriesCount,
  }
}
