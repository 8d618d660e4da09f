/**
 * The properties of a resource's schema (`GET …/{resource}/schema`) as a flat list a user picks one
 * from: every property, nested ones under their parents, each with the JSONPath a mapping stores.
 * The schema is the connector's and only roughly JSON Schema, so everything is read with guards.
 * When it wraps the record in an envelope (`response_data_path`, e.g. `data`), the list starts
 * inside it: the user picks fields of the record, not of the envelope.
 */
import { isRecord, type JsonObject } from '../json-guards'
import { ownValue } from '../own-property'
import { formatJsonPath } from './json-path'

export interface SchemaProperty {
  /** The JSONPath the mapping stores, e.g. `$.training.first_aid`. */
  path: string
  /** The member names from the record down to this property, e.g. `['training', 'first_aid']`. */
  keys: string[]
  /** The schema's `title`, when it has one. */
  title?: string
  /** The schema's `type` (first of a list), e.g. `'string'`. */
  type?: string
  description?: string
}

/** Deep or wide schemas are cut here: a picker list longer than this is not usable anyway. */
const MAX_PROPERTIES = 500
const MAX_DEPTH = 8

function propertiesOf(schema: unknown): JsonObject | undefined {
  const properties = isRecord(schema) ? ownValue(schema, 'properties') : undefined
  return isRecord(properties) ? properties : undefined
}

function typeOf(schema: JsonObject): string | undefined {
  const type = ownValue(schema, 'type')
  const first = Array.isArray(type) ? type.find((entry) => entry !== 'null') : type
  return typeof first === 'string' ? first : undefined
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** The schema the record lives in: inside the `response_data_path` envelope when there is one. */
function recordSchema(schema: JsonObject): unknown {
  const dataPath = text(ownValue(schema, 'response_data_path'))
  if (!dataPath) {
    return schema
  }
  let inner: unknown = schema
  for (const key of dataPath
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)) {
    inner = ownValue(propertiesOf(inner), key)
    // An array envelope (a list endpoint): the record is one of its items.
    if (isRecord(inner) && typeOf(inner) === 'array') {
      inner = ownValue(inner, 'items')
    }
  }
  return propertiesOf(inner) ? inner : schema
}

/** Every property of the schema's record, depth first, in the schema's order. */
export function schemaProperties(schema: unknown): SchemaProperty[] {
  const found: SchemaProperty[] = []
  const visit = (node: unknown, keys: string[]) => {
    const properties = propertiesOf(node)
    if (!properties || keys.length >= MAX_DEPTH) {
      return
    }
    for (const [key, child] of Object.entries(properties)) {
      if (found.length >= MAX_PROPERTIES || !isRecord(child)) {
        continue
      }
      const path = [...keys, key]
      found.push({
        path: formatJsonPath(path),
        keys: path,
        title: text(ownValue(child, 'title')),
        type: typeOf(child),
        description: text(ownValue(child, 'description')),
      })
      visit(child, path)
    }
  }
  visit(isRecord(schema) ? recordSchema(schema) : undefined, [])
  return found
}
