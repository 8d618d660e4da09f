/**
 * Connectors for the hooks tests: one per state the hooks care about, in two unified APIs so that a
 * list filtered by `api` and the unfiltered list are different queries holding the same connection.
 * Functions, not constants: each test gets fresh objects it may not share.
 */
import type { Connection } from 'integrations-kit'

export function salesforce(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'crm+salesforce',
    service_id: 'salesforce',
    unified_api: 'crm',
    name: 'Salesforce',
    state: 'callable',
    enabled: true,
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    integration_state: 'configured',
    settings: { instance_url: 'https://acme.my.salesforce.com' },
    form_fields: [
      {
        id: 'instance_url',
        label: 'Instance URL',
        type: 'text',
        required: false,
        placeholder: '',
        description: '',
      },
    ],
    configurable_resources: ['leads'],
    configuration: [
      { resource: 'leads', defaults: [{ id: 'status', type: 'text', value: 'new' }] },
    ],
    ...overrides,
  }
}

export function hubspot(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'crm+hubspot',
    service_id: 'hubspot',
    unified_api: 'crm',
    name: 'HubSpot',
    state: 'available',
    enabled: false,
    auth_type: 'oauth2',
    oauth_grant_type: 'authorization_code',
    integration_state: 'configured',
    ...overrides,
  }
}

export function exact(overrides: Partial<Connection> = {}): Connection {
  return {
    id: 'accounting+exact-online',
    service_id: 'exact-online',
    unified_api: 'accounting',
    name: 'Exact Online',
    state: 'callable',
    enabled: true,
    auth_type: 'apiKey',
    integration_state: 'configured',
    settings: { api_key: 'stored' },
    form_fields: [
      { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true },
    ],
    ...overrides,
  }
}

export const crmRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
export const hubspotRef = { unifiedApi: 'crm', serviceId: 'hubspot' }
export const exactRef = { unifiedApi: 'accounting', serviceId: 'exact-online' }
