/**
 * Checks Authress's 2xx bodies before the adapter uses them: a record must be an object with a
 * `connectionId` that stays one URL path segment (it is put back into request URLs), a page must
 * carry a `connections` array, and a cursor must be a non-empty string. A wrong shape is a 'parse'
 * IntegrationsApiError, never a TypeError further down.
 */
import { IntegrationsApiError } from '../errors'
import { parseError } from '../http/errors'
import { isRecord } from '../json-guards'
import type { SkippedRecord } from '../types'
import type { AuthressConnection, AuthressUserConnectionCredentials } from './types'

/** The detail of every shape error: the operation says which shape was expected. */
const SHAPE = 'Not the documented shape.'

/**
 * The refusal of a request that cannot be sent as asked: an id that is empty or a dot segment
 * (it would address another endpoint), a connector the adapter does not know, a catalog ref where
 * a connection is needed. Nothing was sent.
 */
export function refused(): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'invalid_request',
    code: 'invalid_ref',
    message: "This connection can't be opened.",
  })
}

/** A connection record the adapter can address. */
export type AddressableConnection = AuthressConnection & { connectionId: string }

export interface ParsedPage {
  connections: AddressableConnection[]
  /** `pagination.next.cursor`; `links.next.href` is deliberately not read (see the client). */
  nextCursor: string | undefined
}

/**
 * An id that stays one path segment of a request URL once percent-encoded: not blank, and not a
 * `.`/`..` segment in any spelling a server may decode (`%2e`). Authress ids are short slugs
 * (`[a-zA-Z0-9-_.:]` for connections), so this refuses nothing real.
 */
export function isUsableId(id: string): boolean {
  return !/^(\.|%2e){0,2}$/i.test(id.trim())
}

/** A record with a usable connection id; no slash either, so deep links and keys stay unambiguous. */
export function isAddressable(value: unknown): value is AddressableConnection {
  const id = isRecord(value) ? value.connectionId : undefined
  return typeof id === 'string' && isUsableId(id) && !/[/\\]/.test(id)
}

export function parseConnection(body: unknown, status: number): AddressableConnection {
  if (!isAddressable(body)) {
    throw parseError(status, SHAPE, body)
  }
  return body
}

export function parseConnectionPage(
  body: unknown,
  status: number,
  onRecordSkipped?: (record: SkippedRecord) => void,
): ParsedPage {
  if (!isRecord(body) || !Array.isArray(body.connections)) {
    throw parseError(status, SHAPE, body)
  }
  const connections: AddressableConnection[] = []
  for (const item of body.connections as unknown[]) {
    if (isAddressable(item)) {
      connections.push(item)
      continue
    }
    try {
      onRecordSkipped?.({ reason: isRecord(item) ? 'invalid_id' : 'malformed', ids: {} })
    } catch {
      // A throwing listener must not fail the list.
    }
  }
  // Optional chaining reads through anything; only a non-empty string is a cursor.
  const cursor = (body.pagination as { next?: { cursor?: unknown } } | null)?.next?.cursor
  return { connections, nextCursor: typeof cursor === 'string' && cursor ? cursor : undefined }
}

export function parseCredentials(body: unknown, status: number): AuthressUserConnectionCredentials {
  if (!isRecord(body) || typeof body.accessToken !== 'string') {
    // The body is not kept on the error: it may hold a token in an unexpected place.
    throw parseError(status, SHAPE)
  }
  return { accessToken: body.accessToken }
}
