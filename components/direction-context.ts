'use client'
/**
 * The text direction an IntegrationsRoot resolved: the host's `dir`, the locale's, or the one it
 * inherits from the page (read from the DOM after mount). `useDirection()` prefers it over the
 * locale's, so arrow keys follow what the user sees. Null outside a root.
 */
import { createContext } from 'react'

export type Direction = 'ltr' | 'rtl'

export const DirectionContext = createContext<Direction | null>(null)
