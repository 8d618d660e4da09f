/**
 * Checks one incoming request against the Vault OpenAPI spec (src/testing/vault-spec.json, made by
 * `npm run gen:api`): the path and method must exist, required headers and the Bearer credential
 * must be present, query parameters must be known and of the right type, and the JSON body must
 * match the operation's request schema — where a property the spec marks `readOnly` (id, state,
 * form_fields, …) counts as a violation, because OpenAPI says clients must not send them. The body
 * schemas are precompiled at build time (src/testing/vault-validators.ts, made by
 * scripts/gen-validators.mjs with ajv's standalone code), so ajv is not a runtime dependency.
 */
import vaultSpec from './vault-spec.json'
import { requestBodyValidators, responseValidators } from './vault-validators'
import { vaultErrors, type VaultErrorBody } from './vault-errors'

type JsonSchema = { [keyword: string]: unknown }

interface OpenApiParameter {
  name: string
  in: 'query' | 'header' | 'path' | 'cookie'
  required?: boolean
  schema?: JsonSchema
}

interface OpenApiOperation {
  operationId: string
  parameters?: Array<OpenApiParameter | { $ref: string }>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
  security?: Array<Record<string, string[]>>
  responses: Record<string, { $ref?: string } | undefined>
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components: {
    schemas: Record<string, JsonSchema>
    parameters: Record<string, OpenApiParameter>
    responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
  }
}

const spec = vaultSpec as unknown as OpenApiDocument
const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']

/** What broke, one value per rule the mock enforces. */
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
  /** The spec's path template, e.g. `/vault/connections/{unified_api}/{service_id}`. */
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

export type RequestCheck =
  | { ok: true; operation: SpecOperation; body: unknown }
  | {
      ok: false
      operation: SpecOperation | undefined
      rule: SpecViolationRule
      /** Every problem found for the failing rule, human-readable. */
      messages: string[]
      status: number
      response: VaultErrorBody
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

const routes: RouteEntry[] = Object.entries(spec.paths).map(([template, item]) => {
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
})

function resolveParameter(parameter: OpenApiParameter | { $ref: string }): OpenApiParameter {
  if ('$ref' in parameter) {
    const name = parameter.$ref.split('/').pop() ?? ''
    const resolved = spec.components.parameters[name]
    if (!resolved) {
      throw new Error(`vault-spec.json: unresolved parameter ${parameter.$ref}`)
    }
    return resolved
  }
  return parameter
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

const requestBodyValidator = requestBodyValidators as Readonly<
  Record<string, CompiledValidator | undefined>
>
const responseValidator = responseValidators as Readonly<
  Record<string, CompiledValidator | undefined>
>

/** Finds the spec operation for a method and path; `undefined` operation means unknown path. */
export function findOperation(
  method: string,
  pathname: string,
): { operation: SpecOperation } | { operation: undefined; pathExists: boolean; allowed: string[] } {
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
    route.names.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(match[index + 1] ?? '')
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
    throw new Error(`vault-spec.json: no ${operation.method} ${operation.template}`)
  }
  return found
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
      return undefined
  }
}

function failure(
  operation: SpecOperation | undefined,
  rule: SpecViolationRule,
  messages: string[],
  status: number,
  response: VaultErrorBody,
): RequestCheck {
  return { ok: false, operation, rule, messages, status, response }
}

/**
 * Checks a request. `authorize` is called once the headers are known to be present; it returns a
 * reason when the credential is not accepted (answered 401).
 */
export function checkRequest(
  request: IncomingRequest,
  authorize: (bearerToken: string) => string | undefined,
): RequestCheck {
  const found = findOperation(request.method, request.pathname)
  if (!found.operation) {
    const route = `${request.method.toUpperCase()} ${request.pathname}`
    if (found.pathExists) {
      const message = `${route} is not an operation of the Vault API (allowed: ${found.allowed.join(', ')})`
      return failure(
        undefined,
        'method-not-allowed',
        [message],
        405,
        vaultErrors.methodNotAllowed(message),
      )
    }
    const message = `${route} is not a path of the Vault API`
    return failure(
      undefined,
      'unknown-path',
      [message],
      404,
      vaultErrors.notFound('Unknown Route', message),
    )
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
    const messages = missing.map((name) => `Missing Header: ${name}`)
    return failure(
      operation,
      'missing-header',
      messages,
      400,
      vaultErrors.headersValidation(
        messages.length === 1
          ? messages[0]
          : { missing: missing.map((name) => ({ [name]: 'required' })) },
      ),
    )
  }
  if (invalid.length > 0) {
    return failure(
      operation,
      'invalid-header',
      invalid,
      400,
      vaultErrors.headersValidation(invalid.join('; ')),
    )
  }

  // Security: every connections operation requires the apiKey scheme, an `Authorization: Bearer …`.
  if ((definition.security ?? []).some((requirement) => 'apiKey' in requirement)) {
    const authorization = request.headers.authorization
    if (authorization === undefined) {
      const message = 'Missing authentication'
      return failure(operation, 'unauthorized', [message], 401, vaultErrors.unauthorized(message))
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)
    if (!bearer?.[1]) {
      const message = 'Authorization header must be "Bearer <token>"'
      return failure(operation, 'unauthorized', [message], 401, vaultErrors.unauthorized(message))
    }
    const rejection = authorize(bearer[1])
    if (rejection) {
      return failure(
        operation,
        'unauthorized',
        [rejection],
        401,
        vaultErrors.unauthorized(rejection),
      )
    }
  }

  // Query parameters: only the ones the operation declares, with valid values.
  const queryParameters = parameters.filter((entry) => entry.in === 'query')
  const unknown: string[] = []
  const badValues: string[] = []
  for (const [name, value] of request.query) {
    const parameter = queryParameters.find((entry) => entry.name === name)
    if (!parameter) {
      unknown.push(`Unknown query parameter ${name}`)
      continue
    }
    const problem = checkParameterValue(parameter, value)
    if (problem) {
      badValues.push(`Query parameter ${name} ${problem}`)
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
      vaultErrors.requestValidation(unknown.join('; ')),
    )
  }
  if (badValues.length > 0) {
    return failure(
      operation,
      'invalid-query-parameter',
      badValues,
      400,
      vaultErrors.requestValidation(badValues.join('; ')),
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
        vaultErrors.requestValidation(message),
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
        vaultErrors.requestValidation(message),
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
      vaultErrors.requestValidation(message),
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
      vaultErrors.requestValidation(message),
    )
  }
  const validate = requestBodyValidator[operation.operationId]
  if (!validate) {
    throw new Error(`vault-validators.ts: no request validator for ${operation.operationId}`)
  }
  if (!validate(body)) {
    const errors = validate.errors ?? []
    const readOnly = errors.filter((error) => error.keyword === 'false schema')
    // Read-only problems first: they are the ones a client most often gets wrong.
    const others = errors.filter((error) => error.keyword !== 'false schema')
    const messages = [...new Set([...readOnly, ...others].map(describeBodyError))]
    return failure(
      operation,
      readOnly.length > 0 ? 'read-only-property' : 'body-schema',
      messages,
      400,
      vaultErrors.requestValidation(messages.length === 1 ? messages[0] : messages.join('; ')),
    )
  }
  return { ok: true, operation, body }
}

/**
 * Validates a response body against the schema the spec declares for that operation and status
 * (the plain view, readOnly allowed). Returns the error messages; empty when valid or when the spec
 * declares no JSON body. Used by the mock's own tests to prove its envelopes match the spec.
 */
export function checkResponseBody(operationId: string, status: number, body: unknown): string[] {
  const route = routes.find((entry) =>
    [...entry.operations.values()].some((operation) => operation.operationId === operationId),
  )
  const operation = [...(route?.operations.values() ?? [])].find(
    (entry) => entry.operationId === operationId,
  )
  const response = operation?.responses[String(status)] ?? operation?.responses.default
  const name = response?.$ref?.split('/').pop()
  const schema = name
    ? spec.components.responses[name]?.content?.['application/json']?.schema
    : undefined
  const schemaRef = typeof schema?.$ref === 'string' ? schema.$ref : undefined
  if (!schemaRef) {
    return []
  }
  const validate = responseValidator[schemaRef]
  if (!validate) {
    throw new Error(`vault-validators.ts: no response validator for ${schemaRef}`)
  }
  if (validate(body)) {
    return []
  }
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`,
  )
}
