/**
 * The Kinde contract the mock Kinde checks every request against: the connection paths of the
 * MIT-licensed Kinde Management API spec, reduced and rewritten by scripts/gen-kinde-contract.mjs
 * (src/testing/kinde-spec.json, made by `npm run gen:api`), with its precompiled body validators,
 * answering violations with Kinde's own error bodies.
 */
import { createContractChecker, type ContractDocument } from './contract-checker'
import kindeSpec from './kinde-spec.json'
import { requestBodyValidators, responseValidators } from './kinde-validators'

/** Kinde's error body: `errors` is a list, except on 404 where it is one object. */
export interface KindeErrorBody {
  errors:
    Array<{ code: string; message: string; field?: string }> | { code: string; message: string }
}

export const kindeErrors = {
  /** `{errors: [{code, message, field?}]}` (400, 401, 403, 405). */
  list(code: string, message: string, field?: string): KindeErrorBody {
    return { errors: [field === undefined ? { code, message } : { code, message, field }] }
  },
  /** The 404 body, whose `errors` is an object (spec: `not_found_response`). */
  notFound(code: string, message: string): KindeErrorBody {
    return { errors: { code, message } }
  },
}

export const kindeContract = createContractChecker<KindeErrorBody>({
  name: 'Kinde',
  spec: kindeSpec as unknown as ContractDocument,
  requestBodyValidators,
  responseValidators,
  errors: {
    notFound: (message) => kindeErrors.notFound('ROUTE_NOT_FOUND', message),
    methodNotAllowed: (message) => kindeErrors.list('METHOD_NOT_ALLOWED', message),
    unauthorized: (message) => kindeErrors.list('UNAUTHORIZED', message),
    badRequest: (detail) =>
      kindeErrors.list(
        'INVALID_REQUEST',
        typeof detail === 'string' ? detail : 'The request is not valid.',
      ),
  },
})
