/**
 * Required custom mappings that are still empty: while there are any, the connection works for the
 * unified fields but the application's own fields cannot be filled, so the details' status says
 * "Missing required field mappings" (as react-vault's details do for a callable connection).
 */
import type { Connection } from '../types'

/** A mapping as the connection record carries it (the spec's, every field optional). */
export type ConnectionMapping = NonNullable<Connection['custom_mappings']>[number]

/** True when the mapping has no source yet (absent, empty or blank value). */
export function isUnmapped(mapping: { value?: string | null }): boolean {
  return typeof mapping.value !== 'string' || mapping.value.trim() === ''
}

/** The connection's required mappings without a source, in the connection's order. */
export function missingRequiredMappings(
  connection: Pick<Connection, 'custom_mappings'>,
): ConnectionMapping[] {
  return (connection.custom_mappings ?? []).filter(
    (mapping) => mapping.required === true && isUnmapped(mapping),
  )
}
