import { describe, expect, it } from 'vitest'
import { connectionStatus, en, type Connection } from 'integrations-kit'

type Input = Pick<
  Connection,
  'state' | 'enabled' | 'health' | 'integration_state' | 'consent_state'
> &
  Partial<Pick<Connection, 'auth_type' | 'oauth_grant_type' | 'application_data_scopes'>>

/** A callable connection whose application asks to read and write two fields of one resource. */
const consenting: Input = {
  state: 'callable',
  enabled: true,
  consent_state: 'pending',
  application_data_scopes: {
    enabled: true,
    resources: { 'crm.leads': { name: { read: true }, email: { read: true, write: true } } },
  },
}
const everything: Input = {
  state: 'callable',
  enabled: true,
  application_data_scopes: { enabled: true, resources: '*' },
}

// The vocabulary, first match wins. Each row is [input, status, tone].
const table: Array<[Input, string, string]> = [
  [{ state: 'callable', enabled: true, health: 'ok' }, 'connected', 'success'],
  [{ state: 'available', enabled: false }, 'not_connected', 'neutral'],
  [{ state: 'added', enabled: true }, 'needs_authorization', 'warning'],
  [{ state: 'callable', enabled: true, health: 'needs_auth' }, 'needs_authorization', 'warning'],
  // Key and basic-auth connectors are not "authorized": they need their credentials entered.
  [{ state: 'added', enabled: true, auth_type: 'apiKey' }, 'needs_credentials', 'warning'],
  [{ state: 'added', enabled: true, auth_type: 'basic' }, 'needs_credentials', 'warning'],
  [
    { state: 'callable', enabled: true, health: 'needs_auth', auth_type: 'apiKey' },
    'needs_credentials',
    'warning',
  ],
  [{ state: 'added', enabled: true, auth_type: 'oauth2' }, 'needs_authorization', 'warning'],
  [
    { state: 'added', enabled: true, auth_type: 'basic', oauth_grant_type: 'password' },
    'needs_authorization',
    'warning',
  ],
  [{ state: 'invalid', enabled: true, auth_type: 'apiKey' }, 'invalid', 'danger'],
  [{ state: 'authorized', enabled: true }, 'needs_settings', 'warning'],
  [{ state: 'callable', enabled: true, health: 'missing_settings' }, 'needs_settings', 'warning'],
  [{ state: 'invalid', enabled: true, health: 'needs_auth' }, 'invalid', 'danger'],
  [{ state: 'callable', enabled: false, health: 'ok' }, 'disabled', 'neutral'],
  [
    { state: 'available', integration_state: 'needs_configuration' },
    'needs_configuration',
    'warning',
  ],
  [{ state: 'callable', enabled: true, integration_state: 'disabled' }, 'unavailable', 'neutral'],
  [
    { state: 'added', enabled: true, health: 'pending_confirmation' },
    'pending_confirmation',
    'info',
  ],
  [{ state: 'callable', enabled: true, health: 'degraded' }, 'degraded', 'warning'],
  // Consent counts where the application asks for data access: Apideck's labels and tones.
  [{ ...consenting, consent_state: 'pending' }, 'needs_consent', 'warning'],
  [{ ...consenting, consent_state: 'requires_reconsent' }, 'needs_reconsent', 'danger'],
  [{ ...consenting, consent_state: 'denied' }, 'consent_denied', 'danger'],
  [{ ...consenting, consent_state: 'revoked' }, 'consent_revoked', 'danger'],
  [{ ...consenting, consent_state: 'granted' }, 'connected', 'success'],
  [{ ...consenting, consent_state: 'implicit' }, 'connected', 'success'],
  [{ ...everything, consent_state: 'denied' }, 'consent_denied', 'danger'],
  // Nothing asked for (no scopes, scopes switched off, only false flags): no consent to give.
  [{ state: 'callable', enabled: true, consent_state: 'pending' }, 'connected', 'success'],
  [
    { ...consenting, application_data_scopes: { enabled: false, resources: '*' } },
    'connected',
    'success',
  ],
  [
    {
      ...consenting,
      application_data_scopes: { resources: { 'crm.leads': { name: { read: false } } } },
    },
    'connected',
    'success',
  ],
  [{ state: 'callable', enabled: true, health: 'needs_consent' }, 'needs_consent', 'warning'],
  // Disabled wins over consent.
  [{ ...consenting, enabled: false, consent_state: 'denied' }, 'disabled', 'neutral'],
  [{ state: 'callable', enabled: true, health: 'revoked' }, 'revoked', 'danger'],
  [{ state: 'callable', enabled: true, health: 'pending_refresh' }, 'connected', 'success'],
  // Disabled wins over health problems; admin blockers win over everything.
  [{ state: 'callable', enabled: false, health: 'degraded' }, 'disabled', 'neutral'],
  [
    { state: 'invalid', enabled: true, integration_state: 'needs_configuration' },
    'needs_configuration',
    'warning',
  ],
  // An available connector has no consent to ask for yet.
  [{ ...consenting, state: 'available', enabled: false }, 'not_connected', 'neutral'],
]

describe('connectionStatus', () => {
  it.each(table)('%o → %s (%s)', (input, status, tone) => {
    const info = connectionStatus(input)
    expect(info.status).toBe(status)
    expect(info.tone).toBe(tone)
  })

  it('points at existing label, reason and next-step messages for every status', () => {
    for (const [input] of table) {
      const info = connectionStatus(input)
      expect(en).toHaveProperty([info.labelKey])
      expect(en).toHaveProperty([info.reasonKey])
      expect(en).toHaveProperty([info.nextStepKey])
    }
  })

  it('tells an added API-key connector to enter its credentials, not to authorize', () => {
    const info = connectionStatus({ state: 'added', enabled: true, auth_type: 'apiKey' })
    expect(en[info.labelKey]).toBe('Needs credentials')
    expect(en[info.nextStepKey]).toBe('Enter your {name} credentials to finish connecting.')
    expect(info.actionable).toBe(true)
  })

  it('never judges an unknown state as connected', () => {
    const info = connectionStatus({ state: 'mystery' as Connection['state'], enabled: true })
    expect(info.status).toBe('unknown')
    expect(info.tone).toBe('neutral')
  })
})

describe('the configured status of an instance (a connector with many connections)', () => {
  it('is "Set up", success, not actionable, when the instance has no health information', () => {
    const info = connectionStatus({ state: 'callable', connection_id: 'c1' })
    expect(info).toMatchObject({ status: 'configured', tone: 'success', actionable: false })
    expect(en[info.labelKey]).toBe('Set up')
    expect(en[info.reasonKey]).toBe(
      "{name} is set up. Sign-ins through it aren't checked from here.",
    )
  })

  it('leaves Vault records and instances that do report health as they were', () => {
    expect(connectionStatus({ state: 'callable' }).status).toBe('connected')
    expect(connectionStatus({ state: 'callable', connection_id: 'c1', health: 'ok' }).status).toBe(
      'connected',
    )
    expect(
      connectionStatus({ state: 'callable', connection_id: 'c1', health: 'degraded' }).status,
    ).toBe('degraded')
  })
})
