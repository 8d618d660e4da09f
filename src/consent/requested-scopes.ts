/**
 * What a set of data scopes asks for, in the shape the consent screen and history show: every
 * resource with the fields it may read or write (flags that are all false are left out), how many
 * of each, and which of them a previous grant did not cover (the "New" mark of a re-consent).
 * React-free; the scopes are untrusted JSON, so every level is checked before it is read.
 */
import type { DataScopesResources, FieldScope } from '../types'

export interface RequestedField {
  /** The field path, e.g. `'addresses[].city'`. */
  path: string
  read: boolean
  write: boolean
}

export interface RequestedResource {
  /** The resource id, e.g. `'hris.employees'`. */
  resource: string
  fields: RequestedField[]
}

/** `'all'` for `'*'`, else the resources that ask for at least one field. */
export type RequestedScopes = 'all' | RequestedResource[]

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function accessOf(scope: unknown): { read: boolean; write: boolean } {
  const flags = isRecord(scope) ? (scope as FieldScope) : {}
  return { read: flags.read === true, write: flags.write === true }
}

export function requestedScopes(
  resources: DataScopesResources | null | undefined,
): RequestedScopes {
  if (resources === '*') {
    return 'all'
  }
  if (!isRecord(resources)) {
    return []
  }
  const requested: RequestedResource[] = []
  for (const [resource, fields] of Object.entries(resources)) {
    if (!isRecord(fields)) {
      continue
    }
    const asked = Object.entries(fields)
      .map(([path, scope]) => ({ path, ...accessOf(scope) }))
      .filter((field) => field.read || field.write)
    if (asked.length > 0) {
      requested.push({ resource, fields: asked })
    }
  }
  return requested
}

/** How much a set of scopes covers: everything, or so many resources and fields. */
export function scopeCounts(
  resources: DataScopesResources | null | undefined,
): { all: true } | { all: false; resources: number; fields: number } {
  const scopes = requestedScopes(resources)
  if (scopes === 'all') {
    return { all: true }
  }
  return {
    all: false,
    resources: scopes.length,
    fields: scopes.reduce((sum, resource) => sum + resource.fields.length, 0),
  }
}

/**
 * True when `field` of `resource` asks for an access that `granted` (the scopes of the last grant)
 * did not give. Nothing is new after a grant of everything; everything is new without a grant.
 */
export function isNewlyRequested(
  resource: string,
  field: RequestedField,
  granted: DataScopesResources | null | undefined,
): boolean {
  if (granted === '*') {
    return false
  }
  const before = isRecord(granted) && isRecord(granted[resource]) ? granted[resource] : {}
  const had = accessOf((before as Record<string, unknown>)[field.path])
  return (field.read && !had.read) || (field.write && !had.write)
}
