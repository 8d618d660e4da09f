/**
 * The mock Vault's data-scope consent: each connection's consent state and records, seeded from
 * ./vault-consent-seed.ts, answering `GET …/consent` (connectionConsentsAll) and `PATCH …/consent`
 * (connectionConsentUpdate). A refusal revokes consent that was granted and denies otherwise
 * (../consent-state.ts, the rule the hooks apply too).
 */
import { consentStateAfter } from '../consent-state'
import type { ConsentRecord, ConsentState, DataScopes } from '../types'
import type { OperationResult } from './mock-backend'
import type { VaultSeed } from './vault-consent-seed'
import { vaultErrors } from './vault-errors'

interface ConsentEntry {
  state: ConsentState
  scopes: DataScopes | undefined
  records: ConsentRecord[]
}

/** What the connection view gains: only the fields that are set. */
export interface ConsentView {
  consent_state?: ConsentState
  application_data_scopes?: DataScopes
  latest_consent?: ConsentRecord
}

export interface MockVaultConsent {
  view(connectionId: string): ConsentView
  operate(
    operationId: 'connectionConsentsAll' | 'connectionConsentUpdate',
    connectionId: string,
    body: Record<string, unknown>,
    now: number,
  ): OperationResult
}

export function createMockVaultConsent(seed: VaultSeed): MockVaultConsent {
  const entries = new Map<string, ConsentEntry>()
  for (const [id, extras] of Object.entries(seed)) {
    if (extras.consent_state !== undefined || extras.application_data_scopes !== undefined) {
      entries.set(id, {
        state: extras.consent_state ?? 'implicit',
        scopes: structuredClone(extras.application_data_scopes),
        records: structuredClone(extras.consents ?? []),
      })
    }
  }
  let sequence = 0

  return {
    view(connectionId) {
      const entry = entries.get(connectionId)
      if (!entry) {
        return {}
      }
      const view: ConsentView = { consent_state: entry.state }
      if (entry.scopes) {
        view.application_data_scopes = structuredClone(entry.scopes)
      }
      const latest = entry.records.at(-1)
      if (latest) {
        view.latest_consent = structuredClone(latest)
      }
      return view
    },

    operate(operationId, connectionId, body, now) {
      const entry = entries.get(connectionId)
      if (operationId === 'connectionConsentsAll') {
        return ok(structuredClone(entry?.records ?? []))
      }
      if (!entry?.scopes?.enabled) {
        return {
          status: 422,
          body: vaultErrors.invalidState('Data scopes are not enabled for this connection'),
        }
      }
      const granted = body.granted === true
      sequence += 1
      const record: ConsentRecord = {
        id: `con_mock_${sequence}`,
        created_at: new Date(now).toISOString(),
        granted,
        resources: structuredClone(body.resources) as ConsentRecord['resources'],
      }
      entry.records.push(record)
      entry.state = consentStateAfter(granted, entry.state)
      return ok(structuredClone(record))
    },
  }
}

function ok(data: unknown): OperationResult {
  return { status: 200, body: { status_code: 200, status: 'OK', data } }
}
