/**
 * Error bodies exactly as Vault sends them (spec: BadRequestResponse, UnauthorizedResponse,
 * NotFoundResponse, UnprocessableResponse, UnexpectedErrorResponse; reference §5.3), so the client's
 * error parsing is exercised against the real shapes.
 */
export interface VaultErrorBody {
  status_code: number
  error: string
  type_name: string
  message: string
  detail?: unknown
  ref: string
}

const reasonPhrases: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function reasonPhrase(status: number): string {
  return reasonPhrases[status] ?? (status >= 500 ? 'Server Error' : 'Error')
}

export function vaultErrorBody(
  status: number,
  typeName: string,
  message: string,
  detail?: unknown,
): VaultErrorBody {
  return {
    status_code: status,
    error: reasonPhrase(status),
    type_name: typeName,
    message,
    ...(detail === undefined ? {} : { detail }),
    ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
  }
}

export const vaultErrors = {
  requestValidation: (detail: unknown) =>
    vaultErrorBody(400, 'RequestValidationError', 'Invalid Params', detail),
  headersValidation: (detail: unknown) =>
    vaultErrorBody(400, 'RequestHeadersValidationError', 'Invalid Params', detail),
  unauthorized: (detail: unknown) =>
    vaultErrorBody(401, 'UnauthorizedError', 'Unauthorized Request', detail),
  notFound: (message: string, detail: unknown) =>
    vaultErrorBody(404, 'EntityNotFoundError', message, detail),
  methodNotAllowed: (detail: unknown) =>
    vaultErrorBody(405, 'MethodNotAllowedError', 'Method Not Allowed', detail),
  invalidState: (detail: unknown) =>
    vaultErrorBody(422, 'InvalidStateError', 'Invalid State', detail),
}

/** The body of an injected fault whose test gave none: a plausible Vault error for that status. */
export function defaultFaultBody(status: number): VaultErrorBody {
  switch (status) {
    case 400:
      return vaultErrors.requestValidation('Injected fault')
    case 401:
      return vaultErrors.unauthorized('Invalid Authorization Token')
    case 402:
      return vaultErrorBody(402, 'RequestLimitError', 'Request Limit Reached', 'Injected fault')
    case 404:
      return vaultErrors.notFound('Unknown Connection', 'Injected fault')
    case 409:
      return vaultErrorBody(409, 'ConflictError', 'Conflict', 'Injected fault')
    case 422:
      return vaultErrors.invalidState('Injected fault')
    case 429:
      return vaultErrorBody(429, 'TooManyRequestsError', 'Too Many Requests', 'Injected fault')
    default:
      return vaultErrorBody(
        status,
        status >= 500 ? 'UnexpectedError' : 'RequestError',
        reasonPhrase(status),
        'Injected fault',
      )
  }
}
