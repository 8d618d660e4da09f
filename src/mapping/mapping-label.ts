/**
 * What a custom mapping is called on screen: its label, else its key, else its id (Vault always
 * sends a label; the spec makes it optional).
 */
import type { ConnectionMapping } from './missing-mappings'

/** A mapping that can be addressed: Vault always sends the id, the spec makes it optional. */
export type FieldMapping = ConnectionMapping & { id: string }

export function mappingLabel(mapping: FieldMapping): string {
  return mapping.label?.trim() || mapping.key?.trim() || mapping.id
}
