/** Connectors for the Forms stories: one field of every type, resource defaults, an importable one. */
import type { Connection, FormField } from 'integrations-kit'

export const everyField: FormField[] = [
  {
    id: 'subdomain',
    label: 'Subdomain',
    type: 'text',
    required: true,
    prefix: 'https://',
    suffix: '.acme.io',
    description: 'The first part of your Acme address.',
  },
  { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true },
  { id: 'contact', label: 'Contact email', type: 'email' },
  { id: 'docs', label: 'Documentation URL', type: 'url' },
  { id: 'phone', label: 'Support phone', type: 'tel' },
  { id: 'notes', label: 'Notes', type: 'textarea' },
  { id: 'sandbox', label: 'Use sandbox', type: 'checkbox' },
  { id: 'limit', label: 'Daily limit', type: 'number' },
  { id: 'start', label: 'Start date', type: 'date' },
  { id: 'sync_at', label: 'First sync', type: 'datetime' },
  { id: 'cutoff', label: 'Cut-off time', type: 'time' },
  {
    id: 'region',
    label: 'Region',
    type: 'select',
    options: [
      { label: 'EU', value: 'eu' },
      { label: 'US', value: 'us' },
    ],
  },
  {
    id: 'pipeline_id',
    label: 'Pipeline',
    type: 'select',
    options: [
      { label: 'Sales', value: 'sales' },
      { label: 'Hiring', value: 'hiring' },
    ],
  },
  {
    id: 'stage_id',
    label: 'Stage',
    type: 'filtered-select',
    filter: { key: 'id', value: 'pipeline_id' },
    options: [
      {
        id: 'sales',
        label: 'Sales',
        options: [
          { label: 'Lead', value: 'lead' },
          { label: 'Won', value: 'won' },
        ],
      },
      { id: 'hiring', label: 'Hiring', options: [{ label: 'Interview', value: 'interview' }] },
    ],
  },
  {
    id: 'scopes',
    label: 'Scopes',
    type: 'multi-select',
    allow_custom_values: true,
    options: [
      { label: 'Read', value: 'read' },
      { label: 'Write', value: 'write' },
    ],
  },
  {
    id: 'team',
    label: 'Team',
    type: 'select',
    allow_custom_values: true,
    options: [{ label: 'Growth', value: 'growth' }],
  },
  {
    id: 'webhook',
    label: 'Webhook URL',
    type: 'copy',
    value: 'https://hooks.example.com/acme/123',
  },
  { id: 'office', label: 'Office', type: 'location' },
  {
    id: 'about',
    label: 'About these settings',
    type: 'info',
    description: 'Ask your Acme admin for the API key.\nIt starts with "sk_".',
  },
  { id: 'plan', label: 'Plan', type: 'text', disabled: true, value: 'pro' },
  { id: 'account_id', label: 'Account', type: 'text', hidden: true, value: 'acc-1' },
]

export const acme: Connection = {
  id: 'crm+acme',
  service_id: 'acme',
  unified_api: 'crm',
  name: 'Acme CRM',
  state: 'added',
  enabled: true,
  auth_type: 'apiKey',
  integration_state: 'configured',
  validation_support: true,
  settings: {},
  form_fields: everyField,
  settings_required_for_authorization: ['subdomain', 'api_key'],
}

export const pipedrive: Connection = {
  id: 'crm+pipedrive',
  service_id: 'pipedrive',
  unified_api: 'crm',
  name: 'Pipedrive',
  state: 'callable',
  enabled: true,
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  configurable_resources: ['leads'],
  form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text' }],
  configuration: [
    {
      resource: 'leads',
      defaults: [
        { id: 'source', label: 'Lead source', type: 'text' },
        {
          id: 'owner_id',
          label: 'Owner',
          type: 'select',
          required: true,
          options: [
            { label: 'Ada', value: 'u1' },
            { label: 'Grace', value: 'u2' },
          ],
        },
      ] as unknown as Array<{ id: string }>,
    },
  ],
}

export const hubspotAvailable: Connection = {
  id: 'crm+hubspot',
  service_id: 'hubspot',
  unified_api: 'crm',
  name: 'HubSpot',
  state: 'available',
  enabled: false,
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  form_fields: [{ id: 'portal_id', label: 'Portal ID', type: 'text' }],
}
