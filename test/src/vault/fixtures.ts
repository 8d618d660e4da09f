/**
 * A small connector catalog for the Vault client tests: one connector per auth flow the client has
 * an endpoint for. Plain data, copied into each mock so tests cannot leak state into each other.
 */
import type { Connection } from 'integrations-kit'

export const pipedrive: Connection = {
  id: 'crm+pipedrive',
  service_id: 'pipedrive',
  unified_api: 'crm',
  name: 'Pipedrive',
  state: 'available',
  enabled: false,
  auth_type: 'apiKey',
  integration_state: 'configured',
  website: 'https://www.pipedrive.com',
  form_fields: [
    {
      id: 'api_key',
      label: 'API key',
      type: 'text',
      required: true,
      sensitive: true,
      allow_custom_values: false,
    },
  ],
  validation_support: true,
}

/** Already connected, with one configurable resource (resource settings need credentials). */
export const hubspot: Connection = {
  id: 'crm+hubspot',
  service_id: 'hubspot',
  unified_api: 'crm',
  name: 'HubSpot',
  state: 'callable',
  enabled: true,
  auth_type: 'apiKey',
  integration_state: 'configured',
  settings: { api_key: 'key-0' },
  form_fields: [{ id: 'api_key', label: 'API key', type: 'text', required: true, sensitive: true }],
  configurable_resources: ['leads'],
  configuration: [{ resource: 'leads', defaults: [{ id: 'source', type: 'text', value: 'web' }] }],
}

export const salesforce: Connection = {
  id: 'crm+salesforce',
  service_id: 'salesforce',
  unified_api: 'crm',
  name: 'Salesforce',
  state: 'available',
  enabled: false,
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  form_fields: [],
}

export const dynamics: Connection = {
  id: 'accounting+dynamics-365',
  service_id: 'dynamics-365',
  unified_api: 'accounting',
  name: 'Dynamics 365',
  state: 'added',
  enabled: true,
  auth_type: 'oauth2',
  oauth_grant_type: 'client_credentials',
  integration_state: 'configured',
  settings: { client_id: 'id-123', client_secret: 'secret-456' },
  form_fields: [
    { id: 'client_id', label: 'Client ID', type: 'text', required: true },
    { id: 'client_secret', label: 'Client secret', type: 'password', required: true },
  ],
}

export function catalog(): Connection[] {
  return structuredClone([pipedrive, salesforce, dynamics, hubspot])
}

export const hubspotRef = { unifiedApi: 'crm', serviceId: 'hubspot' }
export const pipedriveRef = { unifiedApi: 'crm', serviceId: 'pipedrive' }
export const salesforceRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
export const dynamicsRef = { unifiedApi: 'accounting', serviceId: 'dynamics-365' }
