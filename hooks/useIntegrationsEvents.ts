'use client'
/**
 * Guarded emitters for the host callbacks. A host callback that throws is a bug in the host, but it
 * must never break our rendering or turn a successful save into a failure: the throw is caught,
 * reported to `onError` (and to the console in development), and the next callback still runs.
 */
import { useContext, useMemo } from 'react'
import type { IntegrationsCallbacks, IntegrationsEvent } from '../src/events'
import type { Connection } from '../src/types'
import { CallbacksContext, type CallbackChain } from './integrations-context'

export interface IntegrationsEvents {
  /** A connection changed: `onConnectionChange` of every enclosing provider. */
  connectionChanged(connection: Connection): void
  /** A connection was deleted (pass it with state 'available'): `onConnectionDelete`. */
  connectionDeleted(connection: Connection): void
  /** A request failed: `onError`. */
  error(error: Error): void
  /** A funnel event: `onEvent`. */
  track(event: IntegrationsEvent): void
}

// Bundlers replace `process.env.NODE_ENV`, and a module constant lets the minifier drop the dev-only
// log from production builds; where nothing replaces it and there is no `process`, stay quiet.
const DEV = typeof process === 'undefined' ? false : process.env.NODE_ENV !== 'production'

/** An onError that throws has nowhere left to report to but the console. */
function logOnErrorFailure(thrown: unknown): void {
  console.error("integrations-kit: the host's onError callback threw.", thrown)
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value))
}

function reportCallbackFailure(chain: CallbackChain, name: string, thrown: unknown): void {
  const error = toError(thrown)
  if (DEV) {
    console.error(`integrations-kit: the host's ${name} callback threw.`, error)
  }
  for (const link of chain) {
    try {
      link.current.onError?.(error)
    } catch (errorInOnError) {
      logOnErrorFailure(errorInOnError)
    }
  }
}

function emit<K extends keyof IntegrationsCallbacks>(
  chain: CallbackChain,
  name: K,
  argument: Parameters<NonNullable<IntegrationsCallbacks[K]>>[0],
): void {
  for (const link of chain) {
    const callback = link.current[name] as ((value: typeof argument) => void) | undefined
    if (!callback) {
      continue
    }
    try {
      callback(argument)
    } catch (thrown) {
      if (name === 'onError') {
        logOnErrorFailure(thrown)
      } else {
        reportCallbackFailure(chain, name, thrown)
      }
    }
  }
}

/** Emitters bound to the callbacks of every enclosing provider; stable across renders. */
export function useIntegrationsEvents(): IntegrationsEvents {
  const chain = useContext(CallbacksContext)
  return useMemo<IntegrationsEvents>(
    () => ({
      connectionChanged: (connection) => emit(chain, 'onConnectionChange', connection),
      connectionDeleted: (connection) => emit(chain, 'onConnectionDelete', connection),
      error: (error) => emit(chain, 'onError', error),
      track: (event) => emit(chain, 'onEvent', event),
    }),
    [chain],
  )
}
