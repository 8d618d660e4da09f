'use client'
/**
 * The connection an enclosing ConnectionDetails (or ConnectionDetailsInline) shows, for the parts composed into it (its own
 * sections, ConnectionActions, a host's slots). A file of its own so those parts do not import the
 * panel that renders them.
 */
import { createContext, useContext } from 'react'
import type { ManageAction } from '../../src/details/allowed-actions'
import type { DetailsLayout } from '../../src/details/layout'
import type { Connection, ConnectionRef } from '../../src/types'

export interface ConnectionDetailsContextValue {
  connection: Connection
  connectionRef: ConnectionRef
  /** undefined = all actions allowed; [] = none. */
  allowActions: readonly ManageAction[] | undefined
  /** Which call to action and sections the connection, the adapter and the host's options offer. */
  layout: DetailsLayout
  close: () => void
  /**
   * The create form made a new connection of this catalog entry: announce it, and let the host
   * switch the panel to it (`onConnectionCreated`).
   */
  created: (connection: Connection) => void
  /** The panel has just switched to a connection it created: its title takes focus. */
  arrivedFromCreate: boolean
}

export const ConnectionDetailsContext = createContext<ConnectionDetailsContextValue | null>(null)

/** The connection shown by the enclosing ConnectionDetails (null outside one, or while loading). */
export function useConnectionDetails(): ConnectionDetailsContextValue | null {
  return useContext(ConnectionDetailsContext)
}
