/**
 * Which resource a custom mapping belongs to. Vault names a mapping by its target field id,
 * `{unified_api}+{resource}+{field}` (e.g. `hris+employees+first_aid_training`); the picker's
 * sources (custom fields, schema, example) are read per resource, so the resource comes from the
 * id, as react-vault does (`mapping.id.split('+')[1]`).
 */
import { isSafePathSegment } from '../path-segment'

/** The resource of a mapping id, or null when the id does not name one that can be requested. */
export function mappingResource(id: string): string | null {
  const [unifiedApi, resource, ...field] = id.split('+')
  if (!unifiedApi || field.length === 0 || !isSafePathSegment(resource)) {
    return null
  }
  return resource
}
