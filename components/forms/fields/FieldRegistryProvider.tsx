'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { defaultFieldRegistry } from './registry'
import type { FieldRegistry, FieldRegistryOverrides } from './types'

const FieldRegistryContext = createContext<FieldRegistryOverrides>({})

export interface FieldRegistryProviderProps {
  /** Components replacing the defaults for some types, for every form below. */
  fields: FieldRegistryOverrides
  children?: ReactNode
}

/** App-wide field overrides (nested providers merge, the inner one wins). */
export function FieldRegistryProvider({ fields, children }: FieldRegistryProviderProps) {
  const parent = useContext(FieldRegistryContext)
  const value = useMemo(() => ({ ...parent, ...fields }), [parent, fields])
  return <FieldRegistryContext.Provider value={value}>{children}</FieldRegistryContext.Provider>
}

/** The registry in effect: defaults, then provider overrides, then this form's own. */
export function useFieldRegistry(overrides?: FieldRegistryOverrides): FieldRegistry {
  const provided = useContext(FieldRegistryContext)
  return { ...defaultFieldRegistry, ...provided, ...overrides }
}
