/**
 * The `fetch` front every mock backend offers (`mock.fetch`): the mock's `handle` behind the Fetch
 * contract, so a client can use the mock without MSW.
 */

/**
 * A `fetch` served by `handle` alone. Rejects with a TypeError, as `fetch` does, for a network fault
 * (`Response.error()`) and for a URL the mock does not serve; an aborted signal rejects with its
 * reason. `name` words the errors ("mock Vault").
 */
export function createMockFetch(
  name: string,
  handle: (request: Request) => Promise<Response | undefined>,
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = new Request(input, init)
    const { signal } = request
    signal.throwIfAborted()
    const answer = await new Promise<Response | undefined>((resolve, reject) => {
      const abort = () => reject(signal.reason)
      signal.addEventListener('abort', abort, { once: true })
      handle(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', abort))
    })
    if (!answer) {
      throw new TypeError(`${name}: nothing is served at ${request.method} ${request.url}`)
    }
    if (answer.type === 'error') {
      throw new TypeError(`Failed to fetch (${name} network fault)`)
    }
    return answer
  }
}
