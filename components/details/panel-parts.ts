'use client'
/**
 * The details panel's sections that are chunks of their own, each with its messages: rarely shown,
 * so loaded only for a panel that shows them. ConnectionPanelBody renders them; the page loads them
 * ahead (../page/details-preload.ts: when idle after a catalog with connected connectors painted,
 * and on a connected card's intent), into these same parts, so an opened panel has them at once.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ConnectionsAdapter } from '../../src/adapter'
import { refOf } from '../../src/connection-ref'
import { consentSection } from '../../src/details/layout'
import type { Connection } from '../../src/types'
import { lazyPart } from '../lazy-part'

// Consent is rarely shown: its screen, history and messages load only when a connection has one.
export const consentPart = lazyPart(() => import('../consent/ConnectionConsent'))

// Field mapping (issue 10 §3).
export const mappingPart = lazyPart(() => import('../mapping/FieldMappingSection'))

// The Request logs section.
export const logsPart = lazyPart(() => import('../logs/ConnectionLogs'))

/**
 * Loads ahead the sections the panels of `connected` (connected connectors) show: field mapping and
 * logs, and consent where one of them shows it (`consent`: the page asks for consent). Given a
 * `queryClient` (a card's intent), the consent records those sections list are fetched too. A chunk
 * that fails is said by the panel, where its section would be.
 */
export function loadSections(
  connected: readonly Connection[],
  adapter: ConnectionsAdapter,
  consent: boolean,
  queryClient?: QueryClient,
) {
  const showing = connected.filter((connection) => consentSection(connection, adapter, consent))
  for (const part of showing.length
    ? [mappingPart, logsPart, consentPart]
    : [mappingPart, logsPart]) {
    part.load().catch(() => {})
  }
  if (queryClient) {
    for (const connection of showing) {
      void import('../consent/prefetch-consents').then((module) =>
        module.prefetchConsents(queryClient, adapter, refOf(connection)),
      )
    }
  }
}
