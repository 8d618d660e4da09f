/**
 * The request pipeline the mock backends share (mock Vault, Kinde, Authress): record the request,
 * wait the configured latency, check it against the backend's contract, record a violation, answer
 * an armed fault, else answer the violation's error or the backend's own operation. Each mock keeps
 * only its API's behaviour: its contract, its error bodies and `operate`.
 */
import type { CheckRequestOptions, ContractChecker, RequestCheck } from './contract-checker'
import { createFaultQueue, type Fault, type FaultMatch } from './fault-queue'
import { delay, latencyOf, type LatencySetting } from './mock-latency'
import type { SpecViolation } from './mock-vault'
import type { Random } from './random'
import { readRequest, type RecordedRequest } from './recorded-request'

/** A request the contract rejected: the mock Vault's `SpecViolation` with the backend's error body. */
export type MockViolation<ErrorBody> = Omit<SpecViolation, 'response'> & { response: ErrorBody }

export type Respond = (status: number, body?: unknown, headers?: Record<string, string>) => Response

/** What an operation of the backend answers (`respond` turns it into a Response). */
export interface OperationResult {
  status: number
  body?: unknown
}

export interface MockBackendOptions<ErrorBody> {
  /** The base URL's path, cut off each request's path. */
  basePath: string
  contract: ContractChecker<ErrorBody>
  /**
   * How the contract checks a request's credential (it may depend on the request's headers and on
   * its API path: Vault's session endpoint takes the API key, never a session token).
   */
  checkOptions(headers: Record<string, string>, path: string): CheckRequestOptions
  /** A rule the contract cannot state, checked after it (passes `check` through when it holds). */
  refineCheck?(check: RequestCheck<ErrorBody>, url: URL): RequestCheck<ErrorBody>
  latency: LatencySetting | undefined
  /** The mock's current random stream (a getter: mocks start a fresh one on reset). */
  random(): Random
  onViolation?(violation: MockViolation<ErrorBody>): void
  respond: Respond
  /** The 'malformed' fault: a 200 cut off mid-document, in the backend's content type. */
  malformed: { text: string; contentType: string }
  /** The body of a `{ status }` fault that brings none (undefined: no body). */
  faultBody(status: number): unknown
  /**
   * The backend's operations, run only for requests that passed the contract check. `headers`
   * (names lower-cased) carry what the operation reads from them, e.g. Vault's consumer id.
   */
  operate(
    operationId: string,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
    headers: Record<string, string>,
  ): OperationResult
}

export interface MockBackend<ErrorBody> {
  readonly requests: RecordedRequest[]
  readonly violations: MockViolation<ErrorBody>[]
  fail(match: FaultMatch, fault: Fault): void
  /** The fault armed for a request, if any (for routes outside the API, e.g. a token endpoint). */
  takeFault(method: string, path: string): Fault | undefined
  respondWithFault(fault: Fault): Response
  /** Answers one API request through the whole pipeline. */
  handleApi(request: Request): Promise<Response>
  /** Clears requests, violations and faults (the mock restores its own data). */
  reset(): void
}

function toViolation<ErrorBody>(
  check: Extract<RequestCheck<ErrorBody>, { ok: false }>,
  method: string,
  path: string,
): MockViolation<ErrorBody> {
  return {
    rule: check.rule,
    message: check.messages[0] ?? check.rule,
    messages: check.messages,
    method,
    path,
    operationId: check.operation?.operationId,
    status: check.status,
    response: check.response,
  }
}

export function createMockBackend<ErrorBody>(
  options: MockBackendOptions<ErrorBody>,
): MockBackend<ErrorBody> {
  const requests: RecordedRequest[] = []
  const violations: MockViolation<ErrorBody>[] = []
  const faults = createFaultQueue()
  const { respond } = options

  const respondWithFault = (fault: Fault): Response => {
    if (fault === 'network') {
      return Response.error()
    }
    if (fault === 'malformed') {
      return new Response(options.malformed.text, {
        status: 200,
        headers: { 'content-type': options.malformed.contentType },
      })
    }
    return respond(fault.status, fault.body ?? options.faultBody(fault.status), fault.headers)
  }

  const handleApi = async (request: Request): Promise<Response> => {
    const { recorded, url, bodyText } = await readRequest(request, options.basePath)
    const { method, path, headers } = recorded
    requests.push(recorded)

    await delay(latencyOf(options.latency, options.random()))

    let check = options.contract.checkRequest(
      { method, pathname: path, query: url.searchParams, headers, bodyText },
      options.checkOptions(headers, path),
    )
    if (options.refineCheck) {
      check = options.refineCheck(check, url)
    }
    if (!check.ok) {
      const violation = toViolation(check, method, path)
      violations.push(violation)
      options.onViolation?.(violation)
    }
    const fault = faults.take(method, path)
    if (fault) {
      return respondWithFault(fault)
    }
    if (!check.ok) {
      return respond(check.status, check.response)
    }
    const result = options.operate(
      check.operation.operationId,
      check.operation.pathParams,
      url.searchParams,
      check.body,
      headers,
    )
    return respond(result.status, result.body)
  }

  return {
    requests,
    violations,
    fail: faults.add,
    takeFault: faults.take,
    respondWithFault,
    handleApi,
    reset: () => {
      requests.length = 0
      violations.length = 0
      faults.clear()
    },
  }
}
