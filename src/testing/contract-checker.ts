/**
 * One engine that checks an incoming request against a backend's API contract (an OpenAPI
 * document: Vault's spec, Kinde's reduced spec, Authress's hand-written contract): the path and
 * method must exist, required headers (and their patterns) and the Bearer credential must be
 * present, query parameters must be known and of the right type, and the JSON body must match the
 * operation's request schema — where a property the contract marks `readOnly` counts as a
 * violation, because OpenAPI says clients must not send them. The body schemas are precompiled at
 * build time (`src/testing/<backend>-validators.ts`, made by scripts/gen-validators.mjs with ajv's
 * standalone code), so ajv is not a runtime dependency. Each backend supplies its own error bodies,
 * so a violation is answered the way that backend answers.
 */
type JsonSchema = { [keyword: string]: unknown }

interface OpenApiParameter {
  name: string
  in: 'query' | 'header' | 'path' | 'cookie'
  required?: boolean
  schema?: JsonSchema
  /** `deepObject`: an object parameter sent as `name[property]=value` (Vault's log `filter`). */
  style?: string
}

interface OpenApiResponse {
  $ref?: string
  content?: Record<string, { schema?: JsonSchema }>
}

interface OpenApiOperation {
  operationId: string
  parameters?: Array<OpenApiParameter | { $ref: string }>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
  security?: Array<Record<string, string[]>>
  responses: Record<string, OpenApiResponse | undefined>
}

/** The part of an OpenAPI 3 document the checker reads. */
export interface ContractDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  security?: Array<Record<string, string[]>>
  components: {
    schemas?: Record<string, JsonSchema>
    parameters?: Record<string, OpenApiParameter>
    responses?: Record<string, OpenApiResponse>
    securitySchemes?: Record<string, { type?: string; scheme?: string; in?: string; name?: string }>
  }
}

const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']

/** What broke, one value per rule the mocks enforce. */
export type SpecViolationRule =
  | 'unknown-path'
  | 'method-not-allowed'
  | 'missing-header'
  | 'invalid-header'
  | 'unauthorized'
  | 'unknown-query-parameter'
  | 'invalid-query-parameter'
  | 'missing-body'
  | 'unexpected-body'
  | 'content-type'
  | 'invalid-json'
  | 'read-only-property'
  | 'body-schema'

export interface SpecOperation {
  operationId: string
  method: string
  /** The contract's path template, e.g. `/vault/connections/{unified_api}/{service_id}`. */
  template: string
  pathParams: Record<string, string>
}

export interface IncomingRequest {
  method: string
  pathname: string
  query: URLSearchParams
  /** Header names lower-cased. */
  headers: Record<string, string>
  /** The raw body; '' when there is none. */
  bodyText: string
}

export type RequestCheck<ErrorBody = unknown> =
  | { ok: true; operation: SpecOperation; body: unknown }
  | {
      ok: false
      operation: SpecOperation | undefined
      rule: SpecViolationRule
      /** Every problem found for the failing rule, human-readable. */
      messages: string[]
      status: number
      response: ErrorBody
    }

/** How a backend words the answers to a broken request (each backend has its own error body). */
export interface ContractErrors<ErrorBody> {
  /** 404: no such path. */
  notFound(message: string): ErrorBody
  /** 405: the path exists, the method does not. */
  methodNotAllowed(message: string): ErrorBody
  /** 401: no or a rejected credential. */
  unauthorized(message: string): ErrorBody
  /**
   * 400: `headers` for a missing/invalid header, `request` for query and body problems. `detail` is
   * one message, or (for several missing headers) `{ missing: [{ <name>: 'required' }] }`.
   */
  badRequest(detail: unknown, kind: 'headers' | 'request'): ErrorBody
}

/** One error as ajv reports it (the fields this module reads). */
interface ValidationError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
}

/** A precompiled validator: true when valid, otherwise its errors are on `.errors`. */
type CompiledValidator = ((data: unknown) => boolean) & { errors?: ValidationError[] | null }

export interface ContractCheckerOptions<ErrorBody> {
  /** The backend's name, used in messages ("is not a path of the Kinde API"). */
  name: string
  spec: ContractDocument
  /** Precompiled request body validators by operationId (scripts/gen-validators.mjs). */
  requestBodyValidators: Readonly<Record<string, unknown>>
  /** Precompiled response body validators by the schema $ref the contract declares. */
  responseValidators: Readonly<Record<string, unknown>>
  errors: ContractErrors<ErrorBody>
}

export interface CheckRequestOptions {
  /**
   * Whether operations the contract secures need `Authorization: Bearer …` (false for a mock that
   * stands behind the host's proxy, where the browser sends no credential).
   */
  requireBearer?: boolean
  /** Called with the bearer token; returns a reason when it is not accepted (answered 401). */
  authorize?: (bearerToken: string) => string | undefined
}

export interface ContractChecker<ErrorBody> {
  /** Finds the operation for a method and path; `undefined` operation means unknown path or method. */
  findOperation(
    method: string,
    pathname: string,
  ): { operation: SpecOperation } | { operation: undefined; pathExists: boolean; allowed: string[] }
  checkRequest(request: IncomingRequest, options?: CheckRequestOptions): RequestCheck<ErrorBody>
  /**
   * Validates a response body against the schema the contract declares for that operation and
   * status (the plain view, readOnly allowed). Returns the error messages; empty when valid or when
   * the contract declares no JSON body. Used by the mocks' own tests to prove their answers match.
   */
  checkResponseBody(operationId: string, status: number, body: unknown): string[]
}

interface RouteEntry {
  template: string
  pattern: RegExp
  names: string[]
  operations: Map<string, OpenApiOperation>
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function routeOf(template: string, item: Record<string, OpenApiOperation>): RouteEntry {
  const names: string[] = []
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part)
      if (param?.[1]) {
        names.push(param[1])
        return '([^/]+)'
      }
      return escapeRegExp(part)
    })
    .join('')
  const operations = new Map<string, OpenApiOperation>()
  for (const [method, operation] of Object.entries(item)) {
    if (httpMethods.includes(method)) {
      operations.set(method.toUpperCase(), operation)
    }
  }
  return { template, pattern: new RegExp(`^${source}/?$`), names, operations }
}

function instanceName(error: ValidationError): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  return path.length === 0 ? 'body' : path.join('.')
}

function describeBodyError(error: ValidationError): string {
  const name = instanceName(error)
  switch (error.keyword) {
    case 'false schema':
      return `Property ${name} is read-only and must not be sent`
    case 'required':
      return `Missing property ${name === 'body' ? '' : `${name}.`}${String(error.params.missingProperty)}`
    case 'additionalProperties':
      return `Unknown property ${name === 'body' ? '' : `${name}.`}${String(error.params.additionalProperty)}`
    case 'type':
      return `${name} must be ${String(error.params.type)}`
    case 'enum':
      return `${name} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`
    default:
      return `${name} ${error.message ?? 'is invalid'}`
  }
}

function checkParameterValue(parameter: OpenApiParameter, value: string): string | undefined {
  const schema = parameter.schema ?? {}
  switch (schema.type) {
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'must be true or false'
    case 'integer': {
      if (!/^-?\d+$/.test(value)) {
        return 'must be an integer'
      }
      const number = Number(value)
      if (typeof schema.minimum === 'number' && number < schema.minimum) {
        return `must be >= ${schema.minimum}`
      }
      if (typeof schema.maximum === 'number' && number > schema.maximum) {
        return `must be <= ${schema.maximum}`
      }
      return undefined
    }
    default:
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
        return value.length === 0
          ? 'must not be empty'
          : `must be at least ${schema.minLength} long`
      }
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
        return `must be at most ${schema.maxLength} long`
      }
      if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
        return `must be one of ${schema.enum.join(', ')}`
      }
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
        return `must match ${schema.pattern}`
      }
      return undefined
  }
}

/** The JSON schema of a response, whether declared inline or as a `components.responses` $ref. */
function responseSchema(spec: ContractDocument, response: OpenApiResponse | undefined) {
  const name = response?.$ref?.split('/').pop()
  const resolved = name ? spec.components.responses?.[name] : response
  const content = resolved?.content ?? {}
  const json = Object.keys(content).find((type) => /json/i.test(type))
  return json === undefined ? undefined : content[json]?.schema
}

/** A checker for one contract. */
export function createContractChecker<ErrorBody>(
  options: ContractCheckerOptions<ErrorBody>,
): ContractChecker<ErrorBody> {
  const { name, spec, errors } = options
  const requestBodyValidators = options.requestBodyValidators as Readonly<
    Record<string, CompiledValidator | undefined>
  >
  const responseValidators = options.responseValidators as Readonly<
    Record<string, CompiledValidator | undefined>
  >
  const routes = Object.entries(spec.paths).map(([template, item]) => routeOf(template, item))

  /** Security schemes that put a credential in `Authorization` (http bearer, or an apiKey header). */
  const bearerSchemes = new Set(
    Object.entries(spec.components.securitySchemes ?? {})
      .filter(
        ([, scheme]) =>
          (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') ||
          (scheme.type === 'apiKey' &&
            scheme.in === 'header' &&
            scheme.name?.toLowerCase() === 'authorization'),
      )
      .map(([schemeName]) => schemeName),
  )

  function resolveParameter(parameter: OpenApiParameter | { $ref: string }): OpenApiParameter {
    if ('$ref' in parameter) {
      const parameterName = parameter.$ref.split('/').pop() ?? ''
      const resolved = spec.components.parameters?.[parameterName]
      if (!resolved) {
        throw new Error(`${name} contract: unresolved parameter ${parameter.$ref}`)
      }
      return resolved
    }
    return parameter
  }

  /**
   * A `name[property]` query key of a deepObject parameter, as the parameter its property is: the
   * property's schema (from the parameter's object schema) under the full key, or undefined when
   * the key is no such property. Array properties are sent as repeated keys, each value checked
   * against the items' schema.
   */
  function deepObjectProperty(
    parameters: OpenApiParameter[],
    key: string,
  ): OpenApiParameter | undefined {
    const parts = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key)
    const parameter = parts && parameters.find((entry) => entry.name === parts[1])
    if (!parts || !parameter || parameter.style !== 'deepObject') {
      return undefined
    }
    const ref = parameter.schema?.$ref
    const schemaName = typeof ref === 'string' ? ref.split('/').pop() : undefined
    const objectSchema =
      schemaName === undefined ? parameter.schema : spec.components.schemas?.[schemaName]
    const properties = objectSchema?.properties as Record<string, JsonSchema> | undefined
    const property =
      properties !== undefined && Object.hasOwn(properties, parts[2] ?? '')
        ? properties[parts[2] ?? '']
        : undefined
    if (property === undefined) {
      return undefined
    }
    const schema =
      property.type === 'array' && typeof property.items === 'object'
        ? (property.items as JsonSchema)
        : property
    return { name: key, in: 'query', schema }
  }

  function findOperation(
    method: string,
    pathname: string,
  ):
    | { operation: SpecOperation }
    | { operation: undefined; pathExists: boolean; allowed: string[] } {
    for (const route of routes) {
      const match = route.pattern.exec(pathname)
      if (!match) {
        continue
      }
      const operation = route.operations.get(method.toUpperCase())
      if (!operation) {
        return { operation: undefined, pathExists: true, allowed: [...route.operations.keys()] }
      }
      const pathParams: Record<string, string> = {}
      route.names.forEach((paramName, index) => {
        pathParams[paramName] = decodeURIComponent(match[index + 1] ?? '')
      })
      return {
        operation: {
          operationId: operation.operationId,
          method: method.toUpperCase(),
          template: route.template,
          pathParams,
        },
      }
    }
    return { operation: undefined, pathExists: false, allowed: [] }
  }

  function operationOf(operation: SpecOperation): OpenApiOperation {
    const route = routes.find((entry) => entry.template === operation.template)
    const found = route?.operations.get(operation.method)
    if (!found) {
      throw new Error(`${name} contract: no ${operation.method} ${operation.template}`)
    }
    return found
  }

  function failure(
    operation: SpecOperation | undefined,
    rule: SpecViolationRule,
    messages: string[],
    status: number,
    response: ErrorBody,
  ): RequestCheck<ErrorBody> {
    return { ok: false, operation, rule, messages, status, response }
  }

  function checkRequest(
    request: IncomingRequest,
    { requireBearer = true, authorize }: CheckRequestOptions = {},
  ): RequestCheck<ErrorBody> {
    const found = findOperation(request.method, request.pathname)
    if (!found.operation) {
      const route = `${request.method.toUpperCase()} ${request.pathname}`
      if (found.pathExists) {
        const message = `${route} is not an operation of the ${name} API (allowed: ${found.allowed.join(', ')})`
        return failure(
          undefined,
          'method-not-allowed',
          [message],
          405,
          errors.methodNotAllowed(message),
        )
      }
      const message = `${route} is not a path of the ${name} API`
      return failure(undefined, 'unknown-path', [message], 404, errors.notFound(message))
    }
    const operation = found.operation
    const definition = operationOf(operation)
    const parameters = (definition.parameters ?? []).map(resolveParameter)

    // Headers: required ones present, values valid (x-apideck-app-id has minLength 1).
    const missing: string[] = []
    const invalid: string[] = []
    for (const parameter of parameters.filter((entry) => entry.in === 'header')) {
      const value = request.headers[parameter.name.toLowerCase()]
      if (value === undefined) {
        if (parameter.required) {
          missing.push(parameter.name)
        }
        continue
      }
      const problem = checkParameterValue(parameter, value)
      if (problem) {
        invalid.push(`Header ${parameter.name} ${problem}`)
      }
    }
    if (missing.length > 0) {
      const messages = missing.map((header) => `Missing Header: ${header}`)
      return failure(
        operation,
        'missing-header',
        messages,
        400,
        errors.badRequest(
          messages.length === 1
            ? messages[0]
            : { missing: missing.map((header) => ({ [header]: 'required' })) },
          'headers',
        ),
      )
    }
    if (invalid.length > 0) {
      return failure(
        operation,
        'invalid-header',
        invalid,
        400,
        errors.badRequest(invalid.join('; '), 'headers'),
      )
    }

    // Security: an operation secured by a scheme that sends `Authorization` needs `Bearer …`.
    const security = definition.security ?? spec.security ?? []
    const secured = security.some((requirement) =>
      Object.keys(requirement).some((scheme) => bearerSchemes.has(scheme)),
    )
    if (secured && requireBearer) {
      const authorization = request.headers.authorization
      if (authorization === undefined) {
        const message = 'Missing authentication'
        return failure(operation, 'unauthorized', [message], 401, errors.unauthorized(message))
      }
      const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)
      if (!bearer?.[1]) {
        const message = 'Authorization header must be "Bearer <token>"'
        return failure(operation, 'unauthorized', [message], 401, errors.unauthorized(message))
      }
      const rejection = authorize?.(bearer[1])
      if (rejection) {
        return failure(operation, 'unauthorized', [rejection], 401, errors.unauthorized(rejection))
      }
    }

    // Query parameters: only the ones the operation declares, with valid values.
    const queryParameters = parameters.filter((entry) => entry.in === 'query')
    const unknown: string[] = []
    const badValues: string[] = []
    for (const [parameterName, value] of request.query) {
      const parameter =
        queryParameters.find((entry) => entry.name === parameterName) ??
        deepObjectProperty(queryParameters, parameterName)
      if (!parameter) {
        unknown.push(`Unknown query parameter ${parameterName}`)
        continue
      }
      const problem = checkParameterValue(parameter, value)
      if (problem) {
        badValues.push(`Query parameter ${parameterName} ${problem}`)
      }
    }
    for (const parameter of queryParameters) {
      if (parameter.required && !request.query.has(parameter.name)) {
        badValues.push(`Missing query parameter ${parameter.name}`)
      }
    }
    if (unknown.length > 0) {
      return failure(
        operation,
        'unknown-query-parameter',
        unknown,
        400,
        errors.badRequest(unknown.join('; '), 'request'),
      )
    }
    if (badValues.length > 0) {
      return failure(
        operation,
        'invalid-query-parameter',
        badValues,
        400,
        errors.badRequest(badValues.join('; '), 'request'),
      )
    }

    // Body.
    const requestBody = definition.requestBody
    const hasBody = request.bodyText.length > 0
    if (!requestBody) {
      if (hasBody) {
        const message = `${operation.method} ${operation.template} takes no request body`
        return failure(
          operation,
          'unexpected-body',
          [message],
          400,
          errors.badRequest(message, 'request'),
        )
      }
      return { ok: true, operation, body: undefined }
    }
    if (!hasBody) {
      if (requestBody.required) {
        const message = 'Missing request body'
        return failure(
          operation,
          'missing-body',
          [message],
          400,
          errors.badRequest(message, 'request'),
        )
      }
      return { ok: true, operation, body: undefined }
    }
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
    if (contentType !== 'application/json') {
      const message = `Content-Type must be application/json (got ${contentType || 'none'})`
      return failure(
        operation,
        'content-type',
        [message],
        400,
        errors.badRequest(message, 'request'),
      )
    }
    let body: unknown
    try {
      body = JSON.parse(request.bodyText)
    } catch {
      const message = 'Request body is not valid JSON'
      return failure(
        operation,
        'invalid-json',
        [message],
        400,
        errors.badRequest(message, 'request'),
      )
    }
    const validate = requestBodyValidators[operation.operationId]
    if (!validate) {
      throw new Error(`${name} contract: no request validator for ${operation.operationId}`)
    }
    if (!validate(body)) {
      const validationErrors = validate.errors ?? []
      const readOnly = validationErrors.filter((error) => error.keyword === 'false schema')
      // Read-only problems first: they are the ones a client most often gets wrong.
      const others = validationErrors.filter((error) => error.keyword !== 'false schema')
      const messages = [...new Set([...readOnly, ...others].map(describeBodyError))]
      return failure(
        operation,
        readOnly.length > 0 ? 'read-only-property' : 'body-schema',
        messages,
        400,
        errors.badRequest(messages.length === 1 ? messages[0] : messages.join('; '), 'request'),
      )
    }
    return { ok: true, operation, body }
  }

  function checkResponseBody(operationId: string, status: number, body: unknown): string[] {
    const operation = routes
      .flatMap((route) => [...route.operations.values()])
      .find((entry) => entry.operationId === operationId)
    if (!operation) {
      throw new Error(`${name} contract: no operation ${operationId}`)
    }
    const schema = responseSchema(
      spec,
      operation.responses[String(status)] ?? operation.responses.default,
    )
    const schemaRef = typeof schema?.$ref === 'string' ? schema.$ref : undefined
    if (!schemaRef) {
      return []
    }
    const validate = responseValidators[schemaRef]
    if (!validate) {
      throw new Error(`${name} contract: no response validator for ${schemaRef}`)
    }
    if (validate(body)) {
      return []
    }
    return (validate.errors ?? []).map(
      (error) =>
        `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
    )
  }

  return { findOperation, checkRequest, checkResponseBody }
}
