'use client'
/**
 * Whether the page shows its catalog: false while IntegrationsPage is in single-connection mode
 * (one connector's details, no catalog), so the root does not report `catalog_viewed` for a catalog
 * nobody saw; it does once the user goes back to it. True for a root a host composes itself.
 * IntegrationsPage provides it in both modes, so leaving the mode keeps the root (and its cache).
 */
import { createContext } from 'react'

export const CatalogShownContext = createContext(true)
