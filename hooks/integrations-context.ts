'use client'
/**
 * The React contexts behind IntegrationsProvider: the adapter, and the chain of host callbacks (each
 * provider level adds one link; events go to every link, innermost first).
 */
import { createContext, type RefObject } from 'react'
import type { ConnectionsAdapter } from '../src/adapter'
import type { IntegrationsCallbacks } from '../src/events'

export const AdapterContext = createContext<ConnectionsAdapter | null>(null)

/** Refs, so that a host passing new inline callbacks each render does not re-render our subtree. */
export type CallbackChain = ReadonlyArray<RefObject<IntegrationsCallbacks>>

export const CallbacksContext = createContext<CallbackChain>([])
