'use client'
/**
 * The status of a connection as this page reads it: whether data-scope consent is asked here
 * (IntegrationsPage's `consent` prop, else the session's `data_scopes.enabled`, else on) comes from
 * the enclosing page or details, so a card's badge, the details' status and the catalog's counts
 * agree. Outside a page consent is on.
 */
import { createContext, useContext } from 'react'
import { connectionStatus } from '../../src/catalog/status'

/** True (the default) while data-scope consent is asked on this page. */
export const ConsentShownContext = createContext(true)

export function useConnectionStatus(connection: Parameters<typeof connectionStatus>[0]) {
  return connectionStatus(connection, { consent: useContext(ConsentShownContext) })
}
