'use client'
/**
 * The state every part of an IntegrationsPage shares, held by IntegrationsPageRoot: the catalog
 * request and its derived lists, the controllable page state (search, category, status, selected
 * connector, view) and the wiring between parts (the search input the "/" shortcut focuses, the
 * card focus returns to). `useIntegrationsPage()` is the public read of it, for a host's own parts.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import { createContext, useContext, type ReactNode, type RefObject } from 'react'
import type { Catalog, CatalogStatusFilter, FilteredCatalog } from '../../src/catalog/catalog'
import type { IntegrationsApiError } from '../../src/errors'
import type { Connection, ConnectionRef } from '../../src/types'
import type { Registration } from '../registration'

/** Which view of the page is open: the catalog alone, or the selected connector's details. */
export type IntegrationsPageView = 'catalog' | 'details'

/** What `useIntegrationsPage()` gives a host's own parts inside an IntegrationsPageRoot. */
export interface IntegrationsPageState {
  /** The one catalog request (useConnections with the root's `api` / `configured`). */
  list: UseQueryResult<Connection[], IntegrationsApiError>
  /** Every connector, sorted, with its categories (built once per response and locale). */
  catalog: Catalog
  /** What the search, category and status filters leave, connected first, with counts. */
  filtered: FilteredCatalog
  /** True while any filter narrows the catalog. */
  filtering: boolean
  /**
   * Data-scope consent is asked on this page (the `consent` prop, else the session's
   * `data_scopes.enabled`, else true). False: consent states count as nothing to do.
   */
  consent: boolean
  search: string
  setSearch: (search: string) => void
  /** The chosen category (a unified API id); null for all. */
  category: string | null
  /** `category` when the catalog has it, else null (all): what the filter applies. */
  activeCategory: string | null
  setCategory: (category: string | null) => void
  status: CatalogStatusFilter
  setStatus: (status: CatalogStatusFilter) => void
  /** Clears the search, or (when there is none) the category and status filters. */
  clearFilters: () => void
  /** True when the category filter has something to offer (no `api`, two or more categories). */
  showCategories: boolean
  selected: ConnectionRef | null
  /** The selected connector's entry in the list, once loaded. */
  selectedConnection: Connection | undefined
  view: IntegrationsPageView
  setView: (view: IntegrationsPageView) => void
  /** Selects a connector and opens its details; null closes them (the selection stays). */
  navigate: (ref: ConnectionRef | null) => void
  /** `navigate` for a card's `onOpen`. */
  openConnection: (connection: Connection) => void
}

/** The parts' own wiring, beyond what a host reads. */
export interface IntegrationsPageContextValue extends IntegrationsPageState {
  rootRef: RefObject<HTMLDivElement | null>
  searchRef: RefObject<HTMLInputElement | null>
  /** The id the header's title takes; the root is labelled by it while a title is rendered. */
  titleId: string
  title: Registration
  /** Registered by inline details: cards then show a current item instead of opening a dialog. */
  inlineDetails: Registration
  /** With inline details open: the key (`unified_api/service_id`) of the connector they show. */
  currentKey: string | null
  /** Reports `catalog_searched` once the query settles (the search box calls it on blur). */
  reportSearch: () => void
  /** The card of the last opened connector, else the search box: where focus goes on close. */
  returnFocusTo: () => HTMLElement | null
  /** The outcome of a same-tab authorization, for the connector it returned to. */
  notice: ((connection: Connection) => ReactNode) | undefined
}

export const IntegrationsPageContext = createContext<IntegrationsPageContextValue | null>(null)

/** For the parts: the page they belong to, or an error naming the part rendered outside one. */
export function usePageContext(part: string): IntegrationsPageContextValue {
  const context = useContext(IntegrationsPageContext)
  if (!context) {
    throw new Error(`<${part}> must be rendered inside <IntegrationsPageRoot>.`)
  }
  return context
}

/** The enclosing page's state, for a host's own parts; null outside an IntegrationsPageRoot. */
export function useIntegrationsPage(): IntegrationsPageState | null {
  return useContext(IntegrationsPageContext)
}
