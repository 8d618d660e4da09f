/**
 * The faults a test arms on a mock backend (`mock.fail(match, fault)`): each mock keeps one queue
 * and asks it, per request, whether that request fails instead of being answered.
 */

// Declared first so the file comment above stays off the public FaultMatch (API report).
export interface FaultQueue {
  /** Arms `fault` for the next `match.times` (default 1) matching requests. */
  add(match: FaultMatch, fault: Fault): void
  /** The fault armed for this request, if any; counts one use of it. */
  take(method: string, path: string): Fault | undefined
  clear(): void
}

interface PendingFault {
  match: FaultMatch
  fault: Fault
  /** Matching requests left to fail. */
  remaining: number
}

export interface FaultMatch {
  /** Any method when absent. */
  method?: string
  /** The API path (`/vault/connections/crm/hubspot`) or a RegExp tested against it; any when absent. */
  path?: string | RegExp
  /** How many matching requests fail. Default 1; `Infinity` for all. */
  times?: number
}

export type Fault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** The request fails without a response (`fetch` rejects). */
  | 'network'
  /** A 200 whose body is not JSON. */
  | 'malformed'

function matches({ method, path }: FaultMatch, requestMethod: string, requestPath: string) {
  if (method && method.toUpperCase() !== requestMethod) {
    return false
  }
  if (path === undefined) {
    return true
  }
  return typeof path === 'string' ? path === requestPath : path.test(requestPath)
}

export function createFaultQueue(): FaultQueue {
  let faults: PendingFault[] = []
  return {
    add: (match, fault) => {
      faults.push({ match, fault, remaining: match.times ?? 1 })
    },
    take: (method, path) => {
      // The oldest armed fault that matches wins, as a test arms them in order.
      const pending = faults.find(({ match }) => matches(match, method, path))
      if (!pending) {
        return undefined
      }
      pending.remaining -= 1
      if (pending.remaining <= 0) {
        faults = faults.filter((entry) => entry !== pending)
      }
      return pending.fault
    },
    clear: () => {
      faults = []
    },
  }
}
