/**
 * Checks Authress's 2xx bodies before the adapter uses them: a record must be an object with a
 * `connectionId` that stays one URL path segment (it is put back into request URLs), a page must
 * carry a `connections` array, and a cursor must be a non-empty string. A wrong shape is a 'parse'
 * IntegrationsApiError, never a TypeError further down.
 */
import { parseError } from '../http/errors'
import { isRecord } from '../json-guards'
import { isSafePathSegment } from '../path-segment'
import type { SkippedRecord } from '../types'
import type { AuthressConnection, AuthressUserConnectionCredentials } from './types'

/** A connection record the adapter can address. */
export type AddressableConnection = AuthressConnection & { connectionId: string }

export interface ParsedPage {
  connections: AddressableConnection[]
  /** `pagination.next.cursor`; `links.next.href` is deliberately not read (see the client). */
  nextCursor: string | undefined
}

export function isAddressable(value: unknown): value is AddressableConnection {
  return isRecord(value) && isSafePathSegment(value.connectionId)
}

export function parseConnection(body: unknown, status: number): AddressableConnection {
  if (!isAddressable(body)) {
    throw parseError(status, 'Expected a connection with a usable connectionId.', body)
  }
  return body
}

export function parseConnectionPage(
  body: unknown,
  status: number,
  onRecordSkipped?: (record: SkippedRecord) => void,
): ParsedPage {
  if (!isRecord(body) || !Array.isArray(body.connections)) {
    throw parseError(status, 'Expected a connection collection with a connections array.', body)
  }
  const connections: AddressableConnection[] = []
  for (const item of body.connections as unknown[]) {
    if (isAddressable(item)) {
      connections.push(item)
      continue
    }
    try {
      onRecordSkipped?.({
        reason:
          isRecord(item) && typeof item.connectionId === 'string' ? 'invalid_id' : 'malformed',
        ids: {},
      })
    } catch {
      // A throwing listener must not fail the list.
    }
  }
  const pagination = isRecord(body.pagination) ? body.pagination : undefined
  const next = isRecord(pagination?.next) ? pagination.next : undefined
  const cursor = next?.cursor
  return {
    connections,
    nextCursor: typeof cursor === 'string' && cursor !== '' ? cursor : undefined,
  }
}

export function parseCredentials(body: unknown, status: number): AuthressUserConnectionCredentials {
  if (!isRecord(body) || typeof body.accessToken !== 'string') {
    // The body is not kept on the error: it may hold a token in an unexpected place.
    throw parseError(status, 'Expected user credentials with an accessToken.')
  }
  return { accessToken: body.accessToken }
}
