/**
 * The Authress contract the mock Authress checks every request against: the hand-written, MIT
 * contract src/testing/authress-contract.json (its `info.description` names its Apache-2.0
 * sources; nothing in it comes from Authress's AGPL OpenAPI document) with its precompiled body
 * validators, answering violations with Authress's own error body (`title`, `errorCode`, `errorId`).
 */
import type { AuthressErrorBody } from '../authress/types'
import authressContractDocument from './authress-contract.json'
import { requestBodyValidators, responseValidators } from './authress-validators'
import { createContractChecker, type ContractDocument } from './contract-checker'

let errorCount = 0

/** An Authress error body; `errorId` is unique per answer, as a request id is. */
export function authressErrorBody(errorCode: string, title: string): AuthressErrorBody {
  errorCount += 1
  return { title, errorCode, errorId: `mock-error-${errorCount}` }
}

export const authressContract = createContractChecker<AuthressErrorBody>({
  name: 'Authress',
  spec: authressContractDocument as unknown as ContractDocument,
  requestBodyValidators,
  responseValidators,
  errors: {
    notFound: (message) => authressErrorBody('NotFound', message),
    methodNotAllowed: (message) => authressErrorBody('MethodNotAllowed', message),
    unauthorized: (message) => authressErrorBody('Unauthorized', message),
    badRequest: (detail) =>
      authressErrorBody(
        'InvalidRequest',
        typeof detail === 'string' ? detail : 'The request is not valid.',
      ),
  },
})
