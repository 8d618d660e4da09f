/**
 * The mock Vault's custom field mapping: each connection's `custom_mappings` (seeded from
 * ./vault-consent-seed.ts) and the sources a mapping picks from (./vault-resource-seed.ts).
 * Operations: customMappingsAll, connectionCustomMappingsAll, customMappingsOne/Add/Update/Delete,
 * customFieldsAll, connectionsSchema, connectionsExample.
 *
 * Rules the mock enforces, so clients are tested against them: POST maps a field that has no
 * mapping yet (422 when it has one), PATCH changes one that has (422 when it has none), DELETE
 * removes only a mapping the consumer owns (422 for the application owner's) and leaves the field
 * unmapped; a mapping's id is `{unified_api}+{resource}+{key}`; unknown ids and resources are 404.
 * The mappings live on the consumer's connection, so while the connector is not added (state
 * `available`) the custom-mapping operations answer 404 Unknown Connection, as deleting a connection
 * that was never added does: there is no connection of this consumer to read or write them on.
 */
import type { CustomMapping } from '../types'
import type { OperationResult } from './mock-backend'
import type { VaultSeed } from './vault-consent-seed'
import { resourceCustomFields, resourceExamples, schemaOf } from './vault-resource-seed'
import { vaultErrors } from './vault-errors'

export type MappingOperationId =
  | 'customMappingsAll'
  | 'connectionCustomMappingsAll'
  | 'customMappingsOne'
  | 'customMappingsAdd'
  | 'customMappingsUpdate'
  | 'customMappingsDelete'
  | 'customFieldsAll'
  | 'connectionsSchema'
  | 'connectionsExample'

/** The operations on the consumer's mappings themselves (not on the connector's data model). */
const customMappingOperations: ReadonlySet<MappingOperationId> = new Set<MappingOperationId>([
  'customMappingsAll',
  'connectionCustomMappingsAll',
  'customMappingsOne',
  'customMappingsAdd',
  'customMappingsUpdate',
  'customMappingsDelete',
])

export const mappingOperations: ReadonlySet<string> = new Set<MappingOperationId>([
  ...customMappingOperations,
  'customFieldsAll',
  'connectionsSchema',
  'connectionsExample',
])

export interface MappingRequest {
  connectionId: string
  /** Whether the consumer has added the connection (false while its state is `available`). */
  added: boolean
  unifiedApi: string
  serviceId: string
  /** Path parameter `resource` (resource operations). */
  resource: string
  /** Path parameter `target_field_id` (one mapping). */
  targetFieldId: string
  body: Record<string, unknown>
}

export interface MockVaultMapping {
  /** The connection's mappings as its view carries them, or undefined when it has none. */
  view(connectionId: string): CustomMapping[] | undefined
  operate(operationId: MappingOperationId, request: MappingRequest): OperationResult
}

const resourceOf = (mappingId: string) => mappingId.split('+')[1] ?? ''

export function createMockVaultMapping(seed: VaultSeed, consumerId: string): MockVaultMapping {
  const mappings = new Map<string, CustomMapping[]>()
  for (const [id, extras] of Object.entries(seed)) {
    if (extras.custom_mappings !== undefined) {
      mappings.set(id, structuredClone(extras.custom_mappings))
    }
  }

  const unknownMapping = (id: string): OperationResult => ({
    status: 404,
    body: vaultErrors.notFound('Unknown Custom Mapping', {
      not_found: { entity: 'custom_mapping', id },
    }),
  })
  const unknownResource = (resource: string): OperationResult => ({
    status: 404,
    body: vaultErrors.notFound('Unknown Resource', {
      not_found: { entity: 'resource', id: resource },
    }),
  })
  const invalid = (detail: string): OperationResult => ({
    status: 422,
    body: vaultErrors.invalidState(detail),
  })

  return {
    view: (connectionId) => structuredClone(mappings.get(connectionId)),

    operate(operationId, request) {
      if (!request.added && customMappingOperations.has(operationId)) {
        return {
          status: 404,
          body: vaultErrors.notFound('Unknown Connection', {
            not_found: { entity: 'connection', id: request.connectionId },
          }),
        }
      }
      const list = mappings.get(request.connectionId) ?? []
      const resource = request.resource
      switch (operationId) {
        case 'customMappingsAll':
          return ok(structuredClone(list))
        case 'connectionCustomMappingsAll':
          return ok(structuredClone(list.filter((mapping) => resourceOf(mapping.id) === resource)))
        case 'customFieldsAll': {
          const fields = resourceCustomFields[resource]
          return fields ? ok(structuredClone(fields)) : unknownResource(resource)
        }
        case 'connectionsSchema': {
          const example = resourceExamples[resource]
          return example ? ok(schemaOf(example)) : unknownResource(resource)
        }
        case 'connectionsExample': {
          const example = resourceExamples[resource]
          return example
            ? ok({
                unified_api: request.unifiedApi,
                service_id: request.serviceId,
                resource: { id: resource, name: resource, status: 'live' },
                example_response: structuredClone(example),
              })
            : unknownResource(resource)
        }
        default:
          break
      }
      const mapping = list.find((candidate) => candidate.id === request.targetFieldId)
      if (!mapping) {
        return unknownMapping(request.targetFieldId)
      }
      const mapped = mapping.value !== undefined && mapping.value !== ''
      const value = request.body.value
      switch (operationId) {
        case 'customMappingsOne':
          return ok(structuredClone(mapping))
        case 'customMappingsAdd':
        case 'customMappingsUpdate':
          if (typeof value !== 'string' || value.trim() === '') {
            return {
              status: 400,
              body: vaultErrors.requestValidation('value must be a non-empty JSONPath'),
            }
          }
          if (operationId === 'customMappingsAdd' && mapped) {
            return invalid(`${mapping.id} is already mapped; update it instead`)
          }
          if (operationId === 'customMappingsUpdate' && !mapped) {
            return invalid(`${mapping.id} is not mapped yet; create the mapping first`)
          }
          mapping.value = value
          mapping.consumer_id = consumerId
          return ok(structuredClone(mapping))
        case 'customMappingsDelete':
          if (!mapped || mapping.consumer_id !== consumerId) {
            return invalid(`${mapping.id} has no mapping of this consumer to delete`)
          }
          delete mapping.value
          mapping.consumer_id = null
          return { status: 204 }
      }
    },
  }
}

function ok(data: unknown): OperationResult {
  return { status: 200, body: { status_code: 200, status: 'OK', data } }
}
