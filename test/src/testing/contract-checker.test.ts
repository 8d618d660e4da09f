// The engine on a tiny contract of its own: the parts the Vault mock's tests do not reach (another
// backend's error bodies, bearer schemes, header patterns, inline responses, proxy mode).
import {
  createContractChecker,
  type ContractDocument,
  type IncomingRequest,
} from '../../../src/testing/contract-checker'

const spec: ContractDocument = {
  security: [{ bearer: [] }],
  paths: {
    '/v1/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          {
            name: 'Accept',
            in: 'header',
            required: true,
            schema: { type: 'string', pattern: 'application/(links\\+)?json|\\*/\\*' },
          },
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
        ],
        responses: {
          '200': {
            content: {
              'application/json; charset=utf-8': { schema: { $ref: '#/components/schemas/List' } },
            },
          },
        },
      },
      post: {
        operationId: 'createThing',
        security: [],
        requestBody: { required: true, content: { 'application/json': { schema: {} } } },
        responses: { '201': {} },
      },
    },
  },
  components: {
    schemas: { List: { type: 'object' } },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
}

const listValidator = Object.assign((data: unknown) => Array.isArray(data), {
  errors: [
    { keyword: 'type', instancePath: '', params: { type: 'array' }, message: 'must be array' },
  ],
})

const checker = createContractChecker<unknown>({
  name: 'Things',
  spec,
  requestBodyValidators: { createThing: () => true },
  responseValidators: { '#/components/schemas/List': listValidator },
  errors: {
    notFound: (message) => ({ status: 404, message }),
    methodNotAllowed: (message) => ({ status: 405, message }),
    unauthorized: (message) => ({ status: 401, message }),
    badRequest: (detail, kind) => ({ status: 400, kind, detail }),
  },
})

function request(
  init: Partial<Omit<IncomingRequest, 'query'>> & { query?: string },
): IncomingRequest {
  return {
    method: init.method ?? 'GET',
    pathname: init.pathname ?? '/v1/things',
    query: new URLSearchParams(init.query ?? ''),
    headers: init.headers ?? { accept: 'application/links+json', authorization: 'Bearer t' },
    bodyText: init.bodyText ?? '',
  }
}

describe('createContractChecker', () => {
  it('accepts a request that keeps the contract', () => {
    expect(checker.checkRequest(request({ query: 'limit=100' }))).toMatchObject({
      ok: true,
      operation: { operationId: 'listThings' },
    })
  })

  it("answers an unknown path and method with the backend's own error bodies", () => {
    expect(checker.checkRequest(request({ pathname: '/v1/other' }))).toMatchObject({
      ok: false,
      rule: 'unknown-path',
      status: 404,
      response: { status: 404, message: 'GET /v1/other is not a path of the Things API' },
    })
    expect(checker.checkRequest(request({ method: 'DELETE' }))).toMatchObject({
      rule: 'method-not-allowed',
      response: { status: 405 },
    })
  })

  it('checks a header against its pattern', () => {
    const check = checker.checkRequest(
      request({ headers: { accept: 'text/html', authorization: 'Bearer t' } }),
    )
    expect(check).toMatchObject({
      ok: false,
      rule: 'invalid-header',
      response: { kind: 'headers' },
    })
  })

  it('needs a bearer on a secured operation (the document-wide default), unless in proxy mode', () => {
    const anonymous = request({ headers: { accept: '*/*' } })
    expect(checker.checkRequest(anonymous)).toMatchObject({ ok: false, rule: 'unauthorized' })
    expect(checker.checkRequest(anonymous, { requireBearer: false })).toMatchObject({ ok: true })
    expect(
      checker.checkRequest(request({}), { authorize: (token) => `token ${token} is revoked` }),
    ).toMatchObject({ ok: false, rule: 'unauthorized', messages: ['token t is revoked'] })
  })

  it('lets an operation opt out of security with an empty list', () => {
    const create = request({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      bodyText: '{}',
    })
    expect(checker.checkRequest(create)).toMatchObject({ ok: true })
  })

  it('checks query parameter bounds', () => {
    expect(checker.checkRequest(request({ query: 'limit=101' }))).toMatchObject({
      ok: false,
      rule: 'invalid-query-parameter',
      messages: ['Query parameter limit must be <= 100'],
    })
  })

  it('validates a response declared inline under a JSON content type with parameters', () => {
    expect(checker.checkResponseBody('listThings', 200, [])).toEqual([])
    expect(checker.checkResponseBody('listThings', 200, {})).toHaveLength(1)
    expect(checker.checkResponseBody('createThing', 201, {})).toEqual([])
  })
})
