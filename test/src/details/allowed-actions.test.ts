import { describe, expect, it } from 'vitest'
import {
  availableActions,
  createVaultAdapter,
  type AdapterCapabilities,
  type Connection,
} from 'integrations-kit'
import {
  isActionImplemented,
  isManageActionAllowed,
  MANAGE_ACTIONS,
} from '../../../src/details/allowed-actions'
import { vaultCapabilities } from '../../../src/vault/adapter'
import { generateConnector } from 'integrations-kit/testing'

const oauthCallable = generateConnector({
  service_id: 'salesforce',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
  revoke_url: 'https://unify.apideck.com/vault/revoke?service_id=salesforce',
  configurable_resources: ['leads'],
  form_fields: [{ id: 'instance_url', label: 'Instance URL', type: 'text' }],
})

/** Kinde-like: no OAuth, tokens, import, validation or resource settings. */
const minimalCapabilities: AdapterCapabilities = {
  ...vaultCapabilities,
  oauth: false,
  tokenGrant: false,
  resourceSettings: false,
  import: false,
  validate: false,
}

describe('availableActions', () => {
  it('offers everything, in display order, for an authorized OAuth connection on Vault', () => {
    expect(availableActions(oauthCallable, vaultCapabilities)).toEqual([
      'settings',
      'resources',
      'disable',
      'validate',
      'reauthorize',
      'disconnect',
      'import',
      'delete',
    ])
  })

  it('allowActions: absent allows all, [] allows none, a list allows only its members', () => {
    expect(availableActions(oauthCallable, vaultCapabilities, { allowActions: [] })).toEqual([])
    expect(
      availableActions(oauthCallable, vaultCapabilities, { allowActions: ['delete'] }),
    ).toEqual(['delete'])
    expect(
      availableActions(oauthCallable, vaultCapabilities, {
        allowActions: ['disable', 'delete', 'reauthorize'],
      }),
    ).toEqual(['disable', 'reauthorize', 'delete'])
    expect(isManageActionAllowed(undefined, 'disconnect')).toBe(true)
    expect(isManageActionAllowed([], 'disconnect')).toBe(false)
  })

  it('an available connector offers nothing but import (it has no connection yet)', () => {
    const available = { ...oauthCallable, state: 'available', enabled: false } as Connection
    expect(availableActions(available, vaultCapabilities)).toEqual(['import'])
    const apiKey = generateConnector({ service_id: 'pipedrive', state: 'available' })
    expect(availableActions(apiKey, vaultCapabilities)).toEqual([])
  })

  it('an added OAuth connection (no credentials yet) cannot be re-authorized, revoked or tested', () => {
    const added = { ...oauthCallable, state: 'added' } as Connection
    expect(availableActions(added, vaultCapabilities)).toEqual([
      'settings',
      'disable',
      'import',
      'delete',
    ])
  })

  it('validate: with validation_support, or credentials held, or to test an invalid one again', () => {
    const base = generateConnector({ service_id: 'pipedrive', validation_support: false })
    const has = (connection: Connection) =>
      availableActions(connection, vaultCapabilities).includes('validate')
    expect(has({ ...base, state: 'added' })).toBe(false)
    expect(has({ ...base, state: 'added', validation_support: true })).toBe(true)
    expect(has({ ...base, state: 'authorized' })).toBe(true)
    expect(has({ ...base, state: 'callable' })).toBe(true)
    expect(has({ ...base, state: 'invalid' })).toBe(true)
    expect(has({ ...base, state: 'available', validation_support: true })).toBe(false)
  })

  it('reauthorize: consent-window connectors need `oauth`, token grants need `tokenGrant`', () => {
    const tokenGrant = generateConnector({
      service_id: 'netsuite',
      auth_type: 'oauth2',
      oauth_grant_type: 'client_credentials',
      state: 'callable',
    })
    const apiKey = generateConnector({ service_id: 'pipedrive', state: 'callable' })
    const reauth = (connection: Connection, capabilities: AdapterCapabilities) =>
      availableActions(connection, capabilities).includes('reauthorize')
    expect(reauth(tokenGrant, vaultCapabilities)).toBe(true)
    expect(reauth(tokenGrant, { ...vaultCapabilities, tokenGrant: false })).toBe(false)
    expect(reauth(oauthCallable, { ...vaultCapabilities, oauth: false })).toBe(false)
    expect(reauth({ ...oauthCallable, state: 'invalid' }, vaultCapabilities)).toBe(false)
    expect(reauth(apiKey, vaultCapabilities)).toBe(false)
  })

  it('disconnect needs a safe revoke_url', () => {
    const disconnect = (revokeUrl: string | null) =>
      availableActions({ ...oauthCallable, revoke_url: revokeUrl }, vaultCapabilities).includes(
        'disconnect',
      )
    expect(disconnect('https://provider.example/revoke')).toBe(true)
    expect(disconnect(null)).toBe(false)
    expect(disconnect('javascript:alert(1)')).toBe(false)
  })

  it('resources: not when disabled, hidden by the session, or without configurable resources', () => {
    const has = (connection: Connection, hideResourceSettings?: boolean) =>
      availableActions(connection, vaultCapabilities, { hideResourceSettings }).includes(
        'resources',
      )
    expect(has(oauthCallable)).toBe(true)
    expect(has(oauthCallable, true)).toBe(false)
    expect(has({ ...oauthCallable, enabled: false })).toBe(false)
    expect(has({ ...oauthCallable, configurable_resources: [] })).toBe(false)
    expect(has({ ...oauthCallable, state: 'added' })).toBe(false)
  })

  it('settings: only visible fields count', () => {
    const hiddenOnly = {
      ...oauthCallable,
      form_fields: [{ id: 'x', label: 'X', type: 'text', hidden: true }],
    }
    expect(availableActions(hiddenOnly, vaultCapabilities)).not.toContain('settings')
  })

  it('an adapter without the capabilities offers only enable/disable, settings and delete', () => {
    expect(availableActions(oauthCallable, minimalCapabilities)).toEqual([
      'settings',
      'disable',
      'delete',
    ])
    expect(
      availableActions(oauthCallable, { ...minimalCapabilities, enable: false, delete: false }),
    ).toEqual(['settings'])
  })

  it('MANAGE_ACTIONS lists every action once', () => {
    expect(new Set(MANAGE_ACTIONS).size).toBe(9)
  })
})

describe('isActionImplemented', () => {
  it('offers an action whose adapter method is optional only when the adapter has that method', () => {
    const vault = createVaultAdapter({ token: 'key', appId: 'app', consumerId: 'me' })
    // Vault implements every action except the per-user credentials check (Authress only).
    for (const action of MANAGE_ACTIONS) {
      expect(isActionImplemented(vault, action), action).toBe(action !== 'credentials')
    }
    const bare = {
      kind: 'custom',
      scope: 'me',
      capabilities: vaultCapabilities,
      listConnections: vault.listConnections,
      getConnection: vault.getConnection,
      updateConnection: vault.updateConnection,
      deleteConnection: vault.deleteConnection,
    }
    expect(MANAGE_ACTIONS.filter((action) => !isActionImplemented(bare, action)).sort()).toEqual([
      'credentials',
      'disconnect',
      'import',
      'resources',
      'validate',
    ])
  })
})

describe('the credentials action', () => {
  const instance: Connection = {
    id: 'c1',
    unified_api: 'enterprise',
    service_id: 'saml:okta',
    connection_id: 'c1',
    name: 'Acme',
    state: 'callable',
  }

  it('is offered for an added connection with perUserCredentials, never on Vault', () => {
    const perUser = { ...vaultCapabilities, perUserCredentials: true }
    expect(availableActions(instance, perUser)).toContain('credentials')
    expect(availableActions({ ...instance, state: 'available' }, perUser)).not.toContain(
      'credentials',
    )
    expect(availableActions(instance, vaultCapabilities)).not.toContain('credentials')
    expect(availableActions(instance, perUser, { allowActions: ['delete'] })).not.toContain(
      'credentials',
    )
  })
})
