/**
 * `integrations-kit/testing`: an in-memory Apideck Vault for tests, stories and demos — a
 * Fetch-standard `handle(request)`/`fetch` that validates every request against the Vault OpenAPI
 * spec — and a deterministic connector catalog. Needs neither msw nor ajv (the validators are
 * precompiled); the MSW handlers come from `integrations-kit/testing/msw`. Browser-safe (no node:
 * imports): Storybook runs it in a service worker setup.
 */
export { createMockVault, mockConfirmToken } from './mock-vault'
export type {
  Fault,
  FaultMatch,
  MockVault,
  MockVaultOptions,
  RecordedRequest,
  SpecViolation,
} from './mock-vault'
export type { SpecViolationRule } from './contract-checker'
export type { VaultErrorBody } from './vault-errors'
export type { MockSessionClaims } from './session-token'
export { INVALID_CREDENTIAL } from './mock-connection'
export { generateConnector, generateConnectors } from './generate-connectors'
export type { GenerateConnectorOptions } from './generate-connectors'
export { createMockKinde } from './mock-kinde'
export type { KindeSpecViolation, MockKinde, MockKindeOptions } from './mock-kinde'
export type { KindeErrorBody } from './kinde-contract'
export { generateKindeConnections, kindeBuiltInConnections } from './generate-kinde-connections'
export type { KindeConnectionFixture } from './generate-kinde-connections'
export { createMockAuthress } from './mock-authress'
export type { AuthressViolation, MockAuthress, MockAuthressOptions } from './mock-authress'
export { generateAuthressConnections } from './generate-authress-connections'
