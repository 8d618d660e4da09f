/**
 * The Vault contract the mock Vault checks every request against: the MIT-licensed Vault spec
 * (src/testing/vault-spec.json, made by `npm run gen:api`) with its precompiled body validators,
 * answering violations with Vault's own error bodies.
 */
import { createContractChecker, type ContractDocument } from './contract-checker'
import vaultSpec from './vault-spec.json'
import { requestBodyValidators, responseValidators } from './vault-validators'
import { vaultErrors, type VaultErrorBody } from './vault-errors'

export const vaultContract = createContractChecker<VaultErrorBody>({
  name: 'Vault',
  spec: vaultSpec as unknown as ContractDocument,
  requestBodyValidators,
  responseValidators,
  errors: {
    notFound: (message) => vaultErrors.notFound('Unknown Route', message),
    methodNotAllowed: (message) => vaultErrors.methodNotAllowed(message),
    unauthorized: (message) => vaultErrors.unauthorized(message),
    badRequest: (detail, kind) =>
      kind === 'headers'
        ? vaultErrors.headersValidation(detail)
        : vaultErrors.requestValidation(detail),
  },
})
