/**
 * English of the status card's field-mapping line, apart from the mapping family: the card is in
 * the details chunk, which should carry these two messages, not the whole mapping table.
 */
export const mappingStatusEn = {
  'mapping.missing': 'Missing required field mappings.',
  'mapping.missingAction': 'Map fields',
} as const

export type MappingStatusMessageKey = keyof typeof mappingStatusEn
