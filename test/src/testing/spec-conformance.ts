/**
 * Checks a mock response against the response schema the Vault spec declares, minus the two
 * documented spec ↔ reality differences the mock reproduces on purpose (reference §5.5): field
 * types `copy`/`info`/`location` outside the spec's enum, and options without `option_type`.
 */
import { vaultContract } from '../../../src/testing/vault-contract'

const knownDifferences = [/\/form_fields\/\d+\/type must be equal to one of/, /\/options\/\d+/]

export function specErrors(operationId: string, status: number, body: unknown): string[] {
  return vaultContract
    .checkResponseBody(operationId, status, body)
    .filter((message) => !knownDifferences.some((pattern) => pattern.test(message)))
}
