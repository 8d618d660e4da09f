/**
 * English messages of the field mapping family (FieldMappingSection, MappingDialog). Lazily loaded
 * with their chunk (components/useLazyT.ts), never part of the first-paint catalog; the
 * status card's one line is the family `mappingStatusEn` (./status-en.ts).
 */
export const mappingEn = {
  'mapping.section': 'Field mapping',
  'mapping.lead': 'Choose where {name} reads each of these fields from.',
  'mapping.required': 'Required',
  'mapping.notMapped': 'Not mapped',
  'mapping.mappedTo': 'Mapped to',
  'mapping.map': 'Map field',
  'mapping.mapLabel': 'Map {label}',
  // The button's name: its visible text first, so speech input and the name agree.
  'mapping.mapButtonLabel': 'Map field: {label}',
  'mapping.edit': 'Edit',
  'mapping.editLabel': 'Edit the mapping of {label}',
  'mapping.delete': 'Remove',
  'mapping.deleteLabel': 'Remove the mapping of {label}',
  'mapping.deleting': 'Removing…',
  'mapping.saved': '{label} is mapped.',
  'mapping.deleted': 'The mapping of {label} is removed.',
  'mapping.title': 'Map {label}',
  'mapping.description': 'Pick where {name} reads this field from.',
  'mapping.mode': 'Source',
  'mapping.mode.custom': 'Custom field',
  'mapping.mode.property': 'Resource property',
  'mapping.mode.advanced': 'Advanced (JSONPath)',
  'mapping.loading': 'Loading…',
  'mapping.custom.empty': '{name} has no custom fields here.',
  'mapping.custom.example': 'Example: {value}',
  'mapping.property.label': 'Property of {resource}',
  'mapping.property.choose': 'Choose a property',
  'mapping.property.empty': 'No properties are known for {resource}.',
  'mapping.path.label': 'JSONPath',
  'mapping.path.hint': 'Runs on a real {resource} response from {name}, e.g. $.name.first',
  'mapping.preview': 'Preview',
  'mapping.preview.none': 'Matches nothing in the example.',
  'mapping.preview.count': { one: '{count} match', other: '{count} matches' },
  'mapping.preview.noExample': 'No example response to preview with.',
  'mapping.path.root': 'A path starts with $.',
  'mapping.path.syntax': 'This is not a valid path (at character {position}).',
  'mapping.path.unsupported':
    'Filters, slices and lists of keys are not supported (at character {position}).',
  'mapping.choose': 'Choose a source first.',
  'mapping.save': 'Save mapping',
  'mapping.saving': 'Saving…',
  'mapping.cancel': 'Cancel',
  'mapping.close': 'Close',
  'mapping.loadFailed': 'The sources of {label} could not be loaded.',
  'mapping.saveFailed': 'The mapping of {label} could not be saved.',
  'mapping.deleteFailed': 'The mapping of {label} could not be removed.',
} as const

export type MappingMessageKey = keyof typeof mappingEn
