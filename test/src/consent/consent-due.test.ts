import { describe, expect, it } from 'vitest'
import { consentDue, requestsDataAccess } from '../../../src/consent/consent-due'
import type { DataScopes } from '../../../src/types'

const leads: DataScopes = { enabled: true, resources: { 'crm.leads': { name: { read: true } } } }

describe('requestsDataAccess', () => {
  it('is true for "*" and for any read or write flag', () => {
    expect(requestsDataAccess({ enabled: true, resources: '*' })).toBe(true)
    expect(requestsDataAccess(leads)).toBe(true)
    expect(requestsDataAccess({ resources: { 'crm.leads': { name: { write: true } } } })).toBe(true)
  })

  it('is false when scopes are off, empty, only false flags, or malformed', () => {
    expect(requestsDataAccess(undefined)).toBe(false)
    expect(requestsDataAccess({ enabled: false, resources: '*' })).toBe(false)
    expect(requestsDataAccess({ enabled: true })).toBe(false)
    expect(requestsDataAccess({ enabled: true, resources: {} })).toBe(false)
    expect(
      requestsDataAccess({ resources: { 'crm.leads': { name: { read: false, write: false } } } }),
    ).toBe(false)
    expect(
      requestsDataAccess({ resources: { 'crm.leads': null, 'crm.x': { y: 'read' } } } as never),
    ).toBe(false)
  })
})

describe('consentDue', () => {
  it.each(['pending', 'denied', 'revoked', 'requires_reconsent'] as const)(
    'is %s when the application asks for data access',
    (consent_state) => {
      expect(consentDue({ state: 'callable', consent_state, application_data_scopes: leads })).toBe(
        consent_state,
      )
    },
  )

  it('is null when consent is given, not asked for, or the connector is not added', () => {
    const scoped = { application_data_scopes: leads }
    expect(consentDue({ state: 'callable', consent_state: 'granted', ...scoped })).toBeNull()
    expect(consentDue({ state: 'callable', consent_state: 'implicit', ...scoped })).toBeNull()
    expect(consentDue({ state: 'callable', ...scoped })).toBeNull()
    expect(consentDue({ state: 'available', consent_state: 'pending', ...scoped })).toBeNull()
    expect(consentDue({ state: 'callable', consent_state: 'pending' })).toBeNull()
  })
})
