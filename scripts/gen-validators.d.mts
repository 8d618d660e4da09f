/** Types of scripts/gen-validators.mjs, for the test that keeps the generated files up to date. */
export interface ValidatorContract {
  /** Names the contract's schemas inside the generated code. */
  id: string
  /** The contract (an OpenAPI document as JSON), relative to the repository root. */
  specFile: string
  /** The generated module, relative to the repository root. */
  outputFile: string
}
export const contracts: readonly ValidatorContract[]
export function generateValidators(contract: ValidatorContract): string
