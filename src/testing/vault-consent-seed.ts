/**
 * The mock Vault's seed for data-scope consent and custom field mapping, by connection id of the
 * default catalog (`generateConnectors(24, 1)`); ids absent from a catalog are ignored. Kept apart
 * from the generated catalog so its records (and the catalog's counts) stay as they were, and so a
 * test or story can pass its own seed (`createMockVault({ vaultSeed })`).
 *
 * Consent: one connection per consent state (pending, denied, revoked, requires_reconsent,
 * granted), per-field read/write scopes, and one asking for full access (`'*'`).
 * Mapping: connections with `custom_mappings`, a required one left empty (the "Missing required
 * field mappings" case), consumer-owned ones (`consumer_id` set, deletable) and ones the
 * application owner defined (`consumer_id` null).
 */
import type { ConsentRecord, ConsentState, CustomMapping, DataScopes } from '../types'

export interface SeededConnectionExtras {
  consent_state?: ConsentState
  application_data_scopes?: DataScopes
  /** Oldest first; the last one is `latest_consent`. */
  consents?: ConsentRecord[]
  custom_mappings?: CustomMapping[]
}

/** Connection id → what the mock adds to it. */
export type VaultSeed = Record<string, SeededConnectionExtras>

/** The consumer id the seeded consumer-owned mappings carry (the mock's default consumer). */
export const SEED_CONSUMER_ID = 'mock-consumer-id'

const leadScopes: DataScopes['resources'] = {
  'crm.leads': {
    id: { read: true, write: false },
    name: { read: true, write: true },
    email: { read: true, write: true },
    'phone_numbers[].number': { read: true, write: false },
  },
  'crm.opportunities': {
    id: { read: true, write: false },
    title: { read: true, write: true },
    monetary_amount: { read: true, write: false },
  },
}

const invoiceScopes: DataScopes['resources'] = {
  'accounting.invoices': {
    id: { read: true, write: false },
    number: { read: true, write: false },
    total: { read: true, write: false },
    'line_items[].description': { read: true, write: true },
  },
}

const fileScopes: DataScopes['resources'] = {
  'file-storage.files': { id: { read: true }, name: { read: true }, size: { read: true } },
}

const dealScopes: DataScopes['resources'] = {
  'crm.opportunities': {
    id: { read: true, write: false },
    title: { read: true, write: true },
    'custom_fields[].value': { read: true, write: true },
  },
}

const record = (
  id: string,
  created_at: string,
  granted: boolean,
  resources: ConsentRecord['resources'],
) => ({
  id,
  created_at,
  granted,
  resources,
})

export const defaultVaultSeed: VaultSeed = {
  'crm+salesforce': {
    consent_state: 'granted',
    application_data_scopes: {
      enabled: true,
      updated_at: '2026-10-01T09:00:00.000Z',
      resources: leadScopes,
    },
    consents: [record('con_sf_1', '2026-10-02T10:15:00.000Z', true, leadScopes)],
    custom_mappings: [
      {
        id: 'crm+leads+lead_source_detail',
        label: 'Lead source detail',
        description: 'Where the lead came from, as your sales team records it',
        key: 'lead_source_detail',
        required: true,
        custom_field: true,
        consumer_id: null,
        example: null,
      },
      {
        id: 'crm+leads+region',
        label: 'Region',
        description: 'Sales region of the lead',
        value: '$.Region__c',
        key: 'region',
        required: false,
        custom_field: true,
        consumer_id: SEED_CONSUMER_ID,
        example: 'EMEA',
      },
      {
        id: 'crm+leads+annual_revenue',
        label: 'Annual revenue',
        description: null,
        value: '$.AnnualRevenue',
        key: 'annual_revenue',
        required: false,
        custom_field: false,
        consumer_id: null,
        example: '1200000',
      },
    ],
  },
  'accounting+xero': {
    consent_state: 'pending',
    application_data_scopes: {
      enabled: true,
      updated_at: '2026-10-01T09:00:00.000Z',
      resources: invoiceScopes,
    },
    consents: [],
  },
  'file-storage+dropbox': {
    consent_state: 'denied',
    application_data_scopes: {
      enabled: true,
      updated_at: '2026-09-12T08:00:00.000Z',
      resources: fileScopes,
    },
    consents: [record('con_db_1', '2026-09-13T16:40:00.000Z', false, fileScopes)],
  },
  'team-messaging+slack': {
    consent_state: 'revoked',
    application_data_scopes: {
      enabled: true,
      updated_at: '2026-08-01T08:00:00.000Z',
      resources: '*',
    },
    consents: [
      record('con_sl_1', '2026-08-02T11:00:00.000Z', true, '*'),
      record('con_sl_2', '2026-11-20T14:05:00.000Z', false, '*'),
    ],
  },
  'crm+pipedrive': {
    consent_state: 'requires_reconsent',
    application_data_scopes: {
      enabled: true,
      // Changed after the last grant: the consumer is asked again.
      updated_at: '2026-11-25T09:00:00.000Z',
      resources: dealScopes,
    },
    consents: [
      record('con_pd_1', '2026-07-01T12:00:00.000Z', true, {
        'crm.opportunities': { id: { read: true, write: false }, title: { read: true } },
      }),
    ],
    custom_mappings: [
      {
        id: 'crm+opportunities+deal_probability',
        label: 'Deal probability',
        description: 'Win probability in percent',
        value: '$.probability',
        key: 'deal_probability',
        required: true,
        custom_field: false,
        consumer_id: SEED_CONSUMER_ID,
        example: '60',
      },
    ],
  },
  'crm+odoo': {
    consent_state: 'pending',
    application_data_scopes: {
      enabled: true,
      updated_at: '2026-10-01T09:00:00.000Z',
      resources: '*',
    },
    consents: [],
  },
  'hris+bamboohr': {
    custom_mappings: [
      {
        id: 'hris+employees+first_aid_training',
        label: 'First Aid Training',
        description: 'First Aid Training completed after 2019-01-01',
        key: 'first_aid_training',
        required: true,
        custom_field: true,
        consumer_id: null,
        example: null,
      },
      {
        id: 'hris+employees+shirt_size',
        label: 'Shirt size',
        description: null,
        value: '$.customFields.shirtSize',
        key: 'shirt_size',
        required: false,
        custom_field: true,
        consumer_id: SEED_CONSUMER_ID,
        example: 'M',
      },
    ],
  },
}
