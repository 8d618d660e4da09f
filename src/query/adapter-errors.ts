/**
 * Keeps the hooks' promise that every error is an IntegrationsApiError: adapters must reject only with
 * one, but a custom adapter may not, and a missing optional method must fail the same way.
 */
import type { AdapterCapabilities, ConnectionsAdapter } from '../adapter'
import { IntegrationsApiError, isIntegrationsApiError } from '../errors'

/**
 * Wraps anything a custom adapter threw. A foreign throw is most often `fetch`'s TypeError (no answer)
 * or a DOMException from an AbortSignal, so those map to 'network', 'abort' and 'timeout'.
 */
function toIntegrationsApiError(error: unknown): IntegrationsApiError {
  if (isIntegrationsApiError(error)) {
    return error
  }
  const name = error instanceof Error ? error.name : undefined
  const kind = name === 'AbortError' ? 'abort' : name === 'TimeoutError' ? 'timeout' : 'network'
  const message = error instanceof Error ? error.message : 'The request failed.'
  return new IntegrationsApiError({ kind, status: 0, message, cause: error })
}

/** The adapter methods that are optional, or that a capability flag can switch off. */
type GuardedOperation =
  | 'addConnection'
  | 'createConnection'
  | 'hasUserCredentials'
  | 'deleteConnection'
  | 'importConnection'
  | 'requestToken'
  | 'confirmConnection'
  | 'validateConnection'
  | 'getResourceSettings'
  | 'updateResourceSettings'
  | 'listConsents'
  | 'updateConsent'
  | 'getResourceSchema'
  | 'getResourceExample'
  | 'listCustomFields'
  | 'listCustomMappings'
  | 'createCustomMapping'
  | 'updateCustomMapping'
  | 'deleteCustomMapping'
  | 'listLogs'

const capabilityOf: Record<GuardedOperation, keyof AdapterCapabilities> = {
  addConnection: 'add',
  createConnection: 'create',
  hasUserCredentials: 'perUserCredentials',
  deleteConnection: 'delete',
  importConnection: 'import',
  requestToken: 'tokenGrant',
  confirmConnection: 'oauth',
  validateConnection: 'validate',
  getResourceSettings: 'resourceSettings',
  updateResourceSettings: 'resourceSettings',
  listConsents: 'consent',
  updateConsent: 'consent',
  getResourceSchema: 'customMapping',
  getResourceExample: 'customMapping',
  listCustomFields: 'customMapping',
  listCustomMappings: 'customMapping',
  createCustomMapping: 'customMapping',
  updateCustomMapping: 'customMapping',
  deleteCustomMapping: 'customMapping',
  listLogs: 'logs',
}

/**
 * The error an operation fails with when the adapter lacks it: kind 'unsupported', status 0, code
 * 'unsupported'. No request is sent, and the retry policy never repeats it.
 */
export function unsupportedOperationError(
  adapter: ConnectionsAdapter,
  operation: GuardedOperation,
): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'unsupported',
    status: 0,
    code: 'unsupported',
    message: `The ${adapter.kind} adapter does not support ${operation}.`,
  })
}

/**
 * The adapter's method for `operation`, or a throw of {@link unsupportedOperationError} when the method
 * is missing or its capability is off. Call it inside {@link withApiErrors} and with `.call(adapter, …)`.
 */
export function supportedOperation<K extends GuardedOperation>(
  adapter: ConnectionsAdapter,
  operation: K,
): NonNullable<ConnectionsAdapter[K]> {
  const method = adapter[operation]
  if (typeof method !== 'function' || adapter.capabilities[capabilityOf[operation]] === false) {
    throw unsupportedOperationError(adapter, operation)
  }
  return method as NonNullable<ConnectionsAdapter[K]>
}

/** Runs an adapter call and turns a synchronous throw or a foreign rejection into an IntegrationsApiError. */
export async function withApiErrors<T>(call: () => Promise<T> | T): Promise<Awaited<T>> {
  try {
    return await call()
  } catch (error) {
    throw toIntegrationsApiError(error)
  }
}
