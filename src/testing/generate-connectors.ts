/**
 * A deterministic, realistic connector catalog for tests, stories and demos. The first 24 entries
 * are hand-made well-known connectors (Salesforce, HubSpot, Pipedrive, Xero …) that together cover
 * every auth type, grant type, field type and field flag, every connection state, long and
 * non-Latin names; Storybook shows them, so they must look good. Entries after those are generated
 * from a seeded PRNG (no Math.random): the same (count, seed) always gives the same catalog.
 *
 * Fixture conventions the mock understands: form field `value`s are the consumer's settings; a
 * resource's settable defaults travel as full FormFields in `configuration[].defaults` (the mock
 * serves them flat from `GET …/{resource}/config`). `authorize_url`/`revoke_url` are left out: the
 * mock fills them from its own consent URL.
 *
 * Logos: none by default, so a host's tests and stories make no request to a host that does not
 * exist (the page shows initials); pass `logoBaseUrl` to get `${logoBaseUrl}/${service_id}.svg`
 * (icon) and `${logoBaseUrl}/${service_id}-logo.svg` (logo), e.g. a local folder of test images.
 */
import type {
  AuthType,
  Connection,
  ConnectionHealth,
  ConnectionState,
  FormField,
  IntegrationState,
  OAuthGrantType,
} from '../types'
import {
  field,
  option,
  optionGroup,
  options,
  withoutOptionType,
  type FieldExtras,
} from './form-field-builders'
import { createRandom, type Random } from './random'

interface CatalogEntry {
  serviceId: string
  unifiedApi: string
  name: string
  tagLine: string
  website?: string
  authType: AuthType
  grantType?: OAuthGrantType
  state: ConnectionState
  enabled?: boolean
  health?: ConnectionHealth
  integrationState?: IntegrationState
  /** With the consumer's values where the state implies they were entered. */
  fields?: FormField[]
  requiredForAuthorization?: string[]
  resources?: Record<string, FormField[]>
  validationSupport?: boolean
  hasGuide?: boolean
  status?: 'live' | 'upcoming' | 'requested'
}

export interface GenerateConnectorOptions {
  /**
   * Where the generated `icon` and `logo` point: `${logoBaseUrl}/${service_id}.svg` and
   * `${logoBaseUrl}/${service_id}-logo.svg`. Default: no logo at all (the page shows initials).
   */
  logoBaseUrl?: string
}

/** `icon` and `logo` under `logoBaseUrl`, or nothing when it is not set. */
function logos(serviceId: string, { logoBaseUrl }: GenerateConnectorOptions) {
  if (logoBaseUrl === undefined) {
    return {}
  }
  const base = logoBaseUrl.replace(/\/+$/, '')
  const id = encodeURIComponent(serviceId)
  return { icon: `${base}/${id}.svg`, logo: `${base}/${id}-logo.svg` }
}

const text = (id: string, label: string, extras?: FieldExtras) => field(id, label, 'text', extras)
const secret = (id: string, label: string, extras?: FieldExtras) =>
  field(id, label, 'text', { required: true, sensitive: true, ...extras })

/** The hand-made head of every catalog, in the order Storybook shows them. */
const wellKnown: CatalogEntry[] = [
  {
    serviceId: 'salesforce',
    unifiedApi: 'crm',
    name: 'Salesforce',
    tagLine: 'CRM software solutions and enterprise cloud computing.',
    website: 'https://www.salesforce.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'callable',
    health: 'ok',
    hasGuide: true,
    fields: [
      field('instance_url', 'Instance URL', 'url', {
        disabled: true,
        description: 'Filled in by Salesforce after authorization.',
        value: 'https://acme.my.salesforce.com',
      }),
      field('api_version', 'API version', 'select', {
        options: options('59.0', '60.0', '61.0'),
        value: '61.0',
      }),
      field('sandbox', 'Use a sandbox org', 'checkbox', { value: false }),
    ],
    resources: {
      leads: [
        field('LeadSource', 'Lead source', 'select', {
          required: true,
          target: 'resource',
          options: options('Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show'),
          value: 'Web',
        }),
        field('Status', 'Lead status', 'select', {
          target: 'resource',
          options: options('Open - Not Contacted', 'Working - Contacted', 'Qualified'),
          value: 'Open - Not Contacted',
        }),
        field('ProductInterest', 'Product interest', 'multi-select', {
          target: 'custom_fields',
          custom_field: true,
          options: options('GC1000 series', 'GC5000 series', 'GC6000 series'),
          value: ['GC5000 series'],
        }),
      ],
      opportunities: [
        field('StageName', 'Stage', 'select', {
          required: true,
          target: 'resource',
          options: options('Prospecting', 'Qualification', 'Proposal/Price Quote', 'Closed Won'),
          value: 'Prospecting',
        }),
        field('Probability', 'Probability (%)', 'number', { target: 'resource', value: 10 }),
        field('CloseDate', 'Close date', 'date', { target: 'resource' }),
      ],
    },
  },
  {
    serviceId: 'hubspot',
    unifiedApi: 'crm',
    name: 'HubSpot',
    tagLine: 'Inbound marketing, sales and service software that helps companies grow.',
    website: 'https://www.hubspot.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'added',
    health: 'needs_auth',
    hasGuide: true,
    fields: [
      field('scopes_notice', 'Permissions', 'info', {
        description:
          'Connect with a HubSpot **Super Admin** so contacts, companies and deals can be synced.',
      }),
      field('webhook_url', 'Webhook URL', 'copy', {
        description: 'Paste this URL in HubSpot → Settings → Integrations → Webhooks.',
        value: 'https://hooks.example/vault/hubspot/7f3c9a',
      }),
    ],
  },
  {
    serviceId: 'pipedrive',
    unifiedApi: 'crm',
    name: 'Pipedrive',
    tagLine: 'The easy-to-use, #1 user-rated CRM tool.',
    website: 'https://www.pipedrive.com',
    authType: 'apiKey',
    state: 'authorized',
    health: 'missing_settings',
    validationSupport: true,
    hasGuide: true,
    requiredForAuthorization: ['company_domain', 'api_token'],
    fields: [
      text('company_domain', 'Company domain', {
        required: true,
        prefix: 'https://',
        suffix: '.pipedrive.com',
        placeholder: 'acme',
        value: 'acme',
      }),
      secret('api_token', 'API token', {
        description: 'Find it under Personal preferences → API in Pipedrive.',
        value: 'pd-mock-token-0001',
      }),
    ],
    resources: {
      deals: [
        field('pipeline_id', 'Pipeline', 'select', {
          required: true,
          target: 'resource',
          options: withoutOptionType([option('Sales', '1'), option('Partnerships', '2')]),
        }),
        field('stage_id', 'Stage', 'filtered-select', {
          required: true,
          target: 'resource',
          filter: { key: 'id', value: 'pipeline_id' },
          options: withoutOptionType([
            optionGroup('1', 'Sales', [
              option('Qualified', '1'),
              option('Contact made', '2'),
              option('Proposal made', '3'),
            ]),
            optionGroup('2', 'Partnerships', [
              option('Intro call', '4'),
              option('Negotiation', '5'),
            ]),
          ]),
        }),
        field('expected_close_in_days', 'Expected close (days)', 'number', { target: 'resource' }),
      ],
    },
  },
  {
    serviceId: 'xero',
    unifiedApi: 'accounting',
    name: 'Xero',
    tagLine: 'Beautiful accounting software for small businesses.',
    website: 'https://www.xero.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'callable',
    health: 'ok',
    fields: [
      field('tenant_id', 'Organisation', 'select', {
        required: true,
        options: [option('Acme Ltd', 'org-acme'), option('Acme Holdings', 'org-holdings')],
        value: 'org-acme',
      }),
      field('tracking_categories', 'Tracking categories', 'multi-select', {
        options: options('Region', 'Department', 'Project'),
        value: ['Region'],
      }),
    ],
    resources: {
      invoices: [
        field('account_code', 'Revenue account', 'select', {
          required: true,
          allow_custom_values: true,
          target: 'resource',
          options: [
            option('200 · Sales', '200'),
            option('260 · Other Revenue', '260'),
            option('400 · Advertising', '400'),
          ],
          value: '200',
        }),
        field('due_in_days', 'Payment terms (days)', 'number', { target: 'resource', value: 30 }),
      ],
    },
  },
  {
    serviceId: 'quickbooks',
    unifiedApi: 'accounting',
    name: 'QuickBooks Online',
    tagLine: 'Smart, simple online accounting software for small businesses.',
    website: 'https://quickbooks.intuit.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'available',
    hasGuide: true,
    fields: [
      text('realm_id', 'Company ID', {
        disabled: true,
        description: 'Set by QuickBooks after authorization.',
      }),
      field('sync_start', 'Sync invoices from', 'date'),
    ],
  },
  {
    serviceId: 'bamboohr',
    unifiedApi: 'hris',
    name: 'BambooHR',
    tagLine: 'The complete HR software for small and medium businesses.',
    website: 'https://www.bamboohr.com',
    authType: 'apiKey',
    state: 'invalid',
    health: 'needs_auth',
    validationSupport: true,
    requiredForAuthorization: ['subdomain', 'api_key'],
    fields: [
      text('subdomain', 'Subdomain', { required: true, suffix: '.bamboohr.com', value: 'acme' }),
      // The mock's convention: a settings value of exactly "invalid" means rejected credentials.
      secret('api_key', 'API key', { value: 'invalid' }),
    ],
  },
  {
    serviceId: 'google-drive',
    unifiedApi: 'file-storage',
    name: 'Google Drive',
    tagLine: 'Store, share and access your files from any device.',
    website: 'https://drive.google.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'available',
    fields: [field('include_shared_drives', 'Include shared drives', 'checkbox')],
  },
  {
    serviceId: 'shopify',
    unifiedApi: 'ecommerce',
    name: 'Shopify',
    tagLine: 'The commerce platform behind millions of online stores.',
    website: 'https://www.shopify.com',
    authType: 'custom',
    state: 'available',
    requiredForAuthorization: ['shop_name', 'access_token'],
    fields: [
      text('shop_name', 'Shop name', {
        required: true,
        prefix: 'https://',
        suffix: '.myshopify.com',
        placeholder: 'my-store',
      }),
      field('access_token', 'Admin API access token', 'password', {
        required: true,
        description: 'Create a custom app in Shopify admin → Apps → Develop apps.',
      }),
      field('api_version', 'API version', 'select', { options: options('2024-10', '2025-01') }),
      text('legacy_api_key', 'Legacy API key', { deprecated: true, sensitive: true }),
    ],
  },
  {
    serviceId: 'workday',
    unifiedApi: 'hris',
    name: 'Workday',
    tagLine: 'Enterprise cloud applications for finance and HR.',
    website: 'https://www.workday.com',
    authType: 'basic',
    state: 'added',
    health: 'missing_settings',
    validationSupport: true,
    requiredForAuthorization: ['tenant_url', 'username', 'password'],
    fields: [
      field('tenant_url', 'Tenant URL', 'url', {
        required: true,
        placeholder: 'https://wd5-services1.workday.com/ccx/service/acme',
      }),
      field('username', 'Integration user', 'email', { required: true }),
      field('password', 'Password', 'password', { required: true }),
      field('support_phone', 'Support phone', 'tel', { placeholder: '+1 555 0100' }),
    ],
  },
  {
    serviceId: 'dynamics-365-business-central',
    unifiedApi: 'accounting',
    name: 'Microsoft Dynamics 365 Business Central (Cloud, Multi-Company Edition)',
    tagLine: 'A comprehensive business management solution for small and mid-sized organisations.',
    website: 'https://dynamics.microsoft.com',
    authType: 'oauth2',
    grantType: 'client_credentials',
    state: 'added',
    health: 'needs_auth',
    requiredForAuthorization: ['tenant_id', 'client_id', 'client_secret'],
    fields: [
      text('tenant_id', 'Tenant ID', { required: true }),
      text('client_id', 'Client ID', { required: true }),
      secret('client_secret', 'Client secret'),
      field('environment', 'Environment', 'select', {
        options: options('Production', 'Sandbox'),
        value: 'Production',
      }),
    ],
  },
  {
    serviceId: 'greenhouse',
    unifiedApi: 'ats',
    name: 'Greenhouse',
    tagLine: 'Hiring software that helps companies hire for what’s next.',
    website: 'https://www.greenhouse.com',
    authType: 'basic',
    state: 'callable',
    enabled: false,
    health: 'ok',
    requiredForAuthorization: ['api_key'],
    fields: [
      secret('api_key', 'Harvest API key', { value: 'gh-mock-key-0001' }),
      field('on_behalf_of', 'On behalf of (email)', 'email', { value: 'recruiting@acme.example' }),
    ],
  },
  {
    serviceId: 'lever',
    unifiedApi: 'ats',
    name: 'Lever',
    tagLine: 'Talent acquisition suite that makes it easy to source and hire.',
    website: 'https://www.lever.co',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'available',
    integrationState: 'needs_configuration',
  },
  {
    serviceId: 'freee',
    unifiedApi: 'accounting',
    name: 'freee 会計',
    tagLine: 'スモールビジネス向けのクラウド会計ソフト',
    website: 'https://www.freee.co.jp',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'available',
  },
  {
    serviceId: 'hermes-logistiki',
    unifiedApi: 'accounting',
    name: 'Ερμής Λογιστική',
    tagLine: 'Λογισμικό λογιστικής για μικρές επιχειρήσεις',
    authType: 'apiKey',
    state: 'available',
    requiredForAuthorization: ['api_key'],
    fields: [secret('api_key', 'Κλειδί API'), text('vat_number', 'ΑΦΜ εταιρείας')],
  },
  {
    serviceId: 'mawarid',
    unifiedApi: 'hris',
    name: 'موارد للموارد البشرية',
    tagLine: 'نظام سحابي لإدارة الموارد البشرية والرواتب',
    authType: 'apiKey',
    state: 'available',
    requiredForAuthorization: ['api_key'],
    fields: [secret('api_key', 'مفتاح الواجهة البرمجية')],
  },
  {
    serviceId: 'sage-intacct',
    unifiedApi: 'accounting',
    name: 'Sage Intacct',
    tagLine: 'Cloud financial management for growing organisations.',
    website: 'https://www.sage.com',
    authType: 'oauth2',
    grantType: 'password',
    state: 'available',
    requiredForAuthorization: ['company_id', 'user_id', 'user_password'],
    fields: [
      text('company_id', 'Company ID', { required: true }),
      text('user_id', 'User ID', { required: true }),
      field('user_password', 'User password', 'password', { required: true }),
    ],
  },
  {
    serviceId: 'dropbox',
    unifiedApi: 'file-storage',
    name: 'Dropbox',
    tagLine: 'Keep life organised and work moving, all in one place.',
    website: 'https://www.dropbox.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'callable',
    health: 'degraded',
  },
  {
    serviceId: 'zendesk',
    unifiedApi: 'customer-support',
    name: 'Zendesk',
    tagLine: 'Customer service software and support ticket system.',
    website: 'https://www.zendesk.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'added',
    health: 'pending_confirmation',
    requiredForAuthorization: ['subdomain'],
    fields: [
      text('subdomain', 'Subdomain', { required: true, suffix: '.zendesk.com', value: 'acme' }),
    ],
  },
  {
    serviceId: 'slack',
    unifiedApi: 'team-messaging',
    name: 'Slack',
    tagLine: 'Where work happens.',
    website: 'https://slack.com',
    authType: 'oauth2',
    grantType: 'authorization_code',
    state: 'callable',
    health: 'ok',
    fields: [
      field('channel', 'Default channel', 'select', {
        placeholder: 'Select a channel',
        options: [
          option('#general', 'general'),
          option('#sales', 'sales'),
          option('#alerts', 'alerts'),
        ],
        value: 'general',
      }),
    ],
  },
  {
    serviceId: 'mailchimp',
    unifiedApi: 'email-marketing',
    name: 'Mailchimp',
    tagLine: 'Marketing automation and email marketing platform.',
    website: 'https://mailchimp.com',
    authType: 'apiKey',
    state: 'available',
    validationSupport: true,
    requiredForAuthorization: ['api_key'],
    fields: [
      secret('api_key', 'API key'),
      text('server_prefix', 'Server prefix', { placeholder: 'us21' }),
    ],
  },
  {
    serviceId: 'jira',
    unifiedApi: 'issue-tracking',
    name: 'Jira',
    tagLine: 'Issue and project tracking for software teams.',
    website: 'https://www.atlassian.com/software/jira',
    authType: 'basic',
    state: 'available',
    validationSupport: true,
    requiredForAuthorization: ['site', 'email', 'api_token'],
    fields: [
      text('site', 'Site', { required: true, prefix: 'https://', suffix: '.atlassian.net' }),
      field('email', 'Account email', 'email', { required: true }),
      secret('api_token', 'API token'),
    ],
  },
  {
    serviceId: 'personio',
    unifiedApi: 'hris',
    name: 'Personio',
    tagLine: 'All-in-one HR software for small and medium-sized companies.',
    website: 'https://www.personio.com',
    authType: 'custom',
    grantType: 'client_credentials',
    state: 'available',
    requiredForAuthorization: ['client_id', 'client_secret'],
    fields: [
      text('client_id', 'Client ID', { required: true }),
      secret('client_secret', 'Client secret'),
    ],
  },
  {
    serviceId: 'public-holidays',
    unifiedApi: 'calendar',
    name: 'Public Holidays',
    tagLine: 'Public holidays for 100+ countries, no account needed.',
    authType: 'none',
    state: 'available',
  },
  {
    serviceId: 'odoo',
    unifiedApi: 'crm',
    name: 'Odoo',
    tagLine: 'Open-source business apps: CRM, accounting, inventory and more.',
    website: 'https://www.odoo.com',
    authType: 'basic',
    state: 'authorized',
    health: 'missing_settings',
    validationSupport: true,
    hasGuide: true,
    requiredForAuthorization: ['server_url', 'username', 'password'],
    fields: [
      field('sync_notice', 'How syncing works', 'info', {
        description: 'Records sync every 15 minutes. Archived records are skipped.',
      }),
      field('server_url', 'Server URL', 'url', {
        required: true,
        prefix: 'https://',
        value: 'acme.odoo.com',
      }),
      text('database', 'Database', { required: true, placeholder: 'acme-production' }),
      field('username', 'Username', 'email', { required: true, value: 'admin@acme.example' }),
      field('password', 'Password', 'password', { required: true, value: 'odoo-mock-password' }),
      field('company', 'Company', 'select', {
        required: true,
        options: [option('Acme BV', '1'), option('Acme GmbH', '2')],
        value: '1',
      }),
      field('journal', 'Sales journal', 'filtered-select', {
        filter: { key: 'id', value: 'company' },
        options: [
          optionGroup('1', 'Acme BV', [
            option('Sales (EUR)', 'sale-1'),
            option('Miscellaneous', 'misc-1'),
          ]),
          optionGroup('2', 'Acme GmbH', [option('Verkauf (EUR)', 'sale-2')]),
        ],
      }),
      field('tags', 'Default tags', 'multi-select', {
        allow_custom_values: true,
        options: options('VIP', 'Partner', 'Lead'),
        value: ['VIP'],
      }),
      field('sync_from', 'Sync records from', 'date'),
      field('sync_time', 'Nightly sync time', 'time', { value: '02:00' }),
      field('last_synced_at', 'Last synced at', 'datetime', {
        disabled: true,
        value: '2025-03-01T08:30:00Z',
      }),
      field('batch_size', 'Batch size', 'number', { value: 200 }),
      field('notes', 'Notes for your team', 'textarea'),
      field('support_phone', 'Support phone', 'tel'),
      field('warehouse_location', 'Warehouse location', 'location'),
      field('debug', 'Verbose logging', 'checkbox', { value: false }),
      text('odoo_version', 'Odoo version', { hidden: true, value: '17.0' }),
      field('callback_url', 'Callback URL', 'copy', {
        value: 'https://hooks.example/vault/odoo/c41e07',
      }),
    ],
  },
]

const unifiedApis = [
  'crm',
  'accounting',
  'hris',
  'ats',
  'file-storage',
  'ecommerce',
  'customer-support',
  'lead',
  'pos',
  'issue-tracking',
  'email-marketing',
  'project-management',
  'calendar',
  'sms',
  'team-messaging',
  'expense-management',
  'payroll',
  'subscription-analytics',
] as const

const categoryWords: Record<string, string[]> = {
  crm: ['CRM', 'Sales', 'Pipeline'],
  accounting: ['Books', 'Ledger', 'Accounting'],
  hris: ['HR', 'People', 'Workforce'],
  ats: ['Recruit', 'Hire', 'Talent'],
  'file-storage': ['Drive', 'Files', 'Vault'],
  ecommerce: ['Commerce', 'Shop', 'Store'],
  'customer-support': ['Desk', 'Support', 'Helpdesk'],
  lead: ['Leads', 'Prospects'],
  pos: ['POS', 'Register'],
  'issue-tracking': ['Issues', 'Tracker'],
  'email-marketing': ['Mail', 'Campaigns'],
  'project-management': ['Projects', 'Tasks'],
  calendar: ['Calendar', 'Schedule'],
  sms: ['SMS', 'Text'],
  'team-messaging': ['Chat', 'Talk'],
  'expense-management': ['Expenses', 'Spend'],
  payroll: ['Payroll', 'Pay'],
  'subscription-analytics': ['Metrics', 'Revenue'],
}

const brandStems = [
  'Nova',
  'Blue',
  'Zen',
  'Bright',
  'North',
  'Pixel',
  'Lumen',
  'Cedar',
  'Orbit',
  'Atlas',
  'Quartz',
  'Maple',
  'Vertex',
  'Harbor',
  'Summit',
  'Juniper',
  'Kestrel',
  'Fjord',
  'Sable',
  'Tandem',
]
const brandEndings = ['', 'ly', 'io', 'ify', 'hub', 'base', 'stack', 'flow']

const foreignNames = [
  { name: 'クラウド人事', slug: 'cloud-jinji', tagLine: '中小企業のための人事労務クラウド' },
  { name: 'Συνεργάτης CRM', slug: 'synergatis-crm', tagLine: 'Διαχείριση πελατών στο σύννεφο' },
  { name: 'دفتر الحسابات', slug: 'daftar-alhisabat', tagLine: 'محاسبة سحابية للشركات الصغيرة' },
  { name: 'Облачная бухгалтерия', slug: 'oblachnaya-bukhgalteriya', tagLine: 'Бухгалтерия онлайн' },
]

const resourceNames: Record<string, string[]> = {
  crm: ['leads', 'contacts', 'opportunities'],
  accounting: ['invoices', 'bills', 'payments'],
  hris: ['employees', 'time-off-requests'],
  ats: ['applicants', 'jobs'],
  ecommerce: ['orders', 'products'],
  'customer-support': ['tickets'],
  'issue-tracking': ['tickets'],
  'project-management': ['tasks'],
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Extra settings a generated connector may ask for: one of each kind users meet in practice. */
function extraField(random: Random, index: number): FormField {
  switch (random.integer(0, 9)) {
    case 0:
      return field(`region_${index}`, 'Data region', 'select', {
        options: options('EU', 'US', 'APAC'),
      })
    case 1:
      return field(`sandbox_${index}`, 'Sandbox mode', 'checkbox')
    case 2:
      return field(`admin_email_${index}`, 'Admin email', 'email')
    case 3:
      return field(`base_url_${index}`, 'API base URL', 'url', {
        placeholder: 'https://api.example.com',
      })
    case 4:
      return field(`start_date_${index}`, 'Import data from', 'date')
    case 5:
      return field(`page_size_${index}`, 'Page size', 'number', { placeholder: '100' })
    case 6:
      return field(`notes_${index}`, 'Notes', 'textarea')
    case 7:
      return field(`webhook_secret_${index}`, 'Webhook secret', 'text', { sensitive: true })
    case 8:
      return field(`entities_${index}`, 'Entities to sync', 'multi-select', {
        options: options('Customers', 'Invoices', 'Payments', 'Products'),
      })
    default:
      return field(`account_phone_${index}`, 'Account phone', 'tel')
  }
}

function generatedEntry(random: Random, index: number, usedIds: Set<string>): CatalogEntry {
  const unifiedApi = random.pick(unifiedApis)
  let name: string
  let serviceId: string
  let tagLine: string
  const words = categoryWords[unifiedApi] ?? ['Cloud']
  if (random.chance(0.06)) {
    const foreign = random.pick(foreignNames)
    name = foreign.name
    serviceId = foreign.slug
    tagLine = foreign.tagLine
  } else {
    const brand = `${random.pick(brandStems)}${random.pick(brandEndings)}`
    name = random.chance(0.05)
      ? `${brand} ${random.pick(words)} Enterprise Cloud Suite for Multi-Entity Organisations`
      : `${brand} ${random.pick(words)}`
    serviceId = slugify(name)
    tagLine = `${random.pick(words)} software for ${random.pick(['small businesses', 'growing teams', 'enterprises', 'agencies'])}.`
  }
  while (usedIds.has(`${unifiedApi}+${serviceId}`)) {
    serviceId = `${serviceId}-${index}`
  }

  const authRoll = random.next()
  const authType: AuthType =
    authRoll < 0.5
      ? 'oauth2'
      : authRoll < 0.75
        ? 'apiKey'
        : authRoll < 0.85
          ? 'basic'
          : authRoll < 0.95
            ? 'custom'
            : 'none'
  let grantType: OAuthGrantType | undefined
  if (authType === 'oauth2') {
    const grantRoll = random.next()
    grantType =
      grantRoll < 0.8 ? 'authorization_code' : grantRoll < 0.9 ? 'client_credentials' : 'password'
  } else if (authType === 'custom' && random.chance(0.3)) {
    grantType = 'client_credentials'
  }

  const stateRoll = random.next()
  const state: ConnectionState =
    authType === 'none'
      ? stateRoll < 0.85
        ? 'available'
        : 'callable'
      : stateRoll < 0.75
        ? 'available'
        : stateRoll < 0.83
          ? 'added'
          : stateRoll < 0.88
            ? 'authorized'
            : stateRoll < 0.97
              ? 'callable'
              : 'invalid'
  const entered = state !== 'available' && state !== 'added'

  const fields: FormField[] = []
  const requiredForAuthorization: string[] = []
  if (authType === 'apiKey' || (authType === 'custom' && !grantType)) {
    fields.push(
      secret(
        'api_key',
        'API key',
        entered ? { value: state === 'invalid' ? 'invalid' : `mock-key-${index}` } : {},
      ),
    )
    requiredForAuthorization.push('api_key')
  } else if (authType === 'basic') {
    fields.push(
      field('username', 'Username', 'email', {
        required: true,
        ...(entered ? { value: `api-${index}@acme.example` } : {}),
      }),
    )
    fields.push(
      field('password', 'Password', 'password', {
        required: true,
        ...(entered ? { value: state === 'invalid' ? 'invalid' : `mock-password-${index}` } : {}),
      }),
    )
    requiredForAuthorization.push('username', 'password')
  } else if (grantType === 'client_credentials' || grantType === 'password') {
    fields.push(
      text('client_id', 'Client ID', {
        required: true,
        ...(entered ? { value: `client-${index}` } : {}),
      }),
    )
    fields.push(
      secret('client_secret', 'Client secret', entered ? { value: `mock-secret-${index}` } : {}),
    )
    requiredForAuthorization.push('client_id', 'client_secret')
  }
  if (random.chance(0.3)) {
    fields.push(
      text('subdomain', 'Subdomain', {
        required: true,
        suffix: `.${serviceId}.example`,
        placeholder: 'acme',
        ...(state === 'callable' || state === 'invalid' ? { value: 'acme' } : {}),
      }),
    )
  }
  const extraCount = random.integer(0, 2)
  for (let extra = 0; extra < extraCount; extra += 1) {
    fields.push(extraField(random, extra))
  }

  let resources: Record<string, FormField[]> | undefined
  const candidates = resourceNames[unifiedApi]
  if (candidates && authType !== 'none' && random.chance(0.25)) {
    const resource = random.pick(candidates)
    resources = {
      [resource]: [
        field('owner_id', 'Default owner', 'select', {
          required: true,
          target: 'resource',
          options: [option('Alex Kim', 'u-1'), option('Sam Rivera', 'u-2')],
          ...(state === 'callable' ? { value: 'u-1' } : {}),
        }),
        field('source', 'Source', 'text', { target: 'resource', placeholder: 'Integration' }),
      ],
    }
  }

  // An authorized connection is one with credentials but a required setting or default missing.
  const somethingMissing = resources !== undefined || fields.some((item) => item.id === 'subdomain')
  if (state === 'authorized' && !somethingMissing) {
    fields.push(text('account_id', 'Account ID', { required: true }))
  }

  const health: ConnectionHealth | undefined =
    state === 'available'
      ? undefined
      : state === 'callable'
        ? 'ok'
        : state === 'invalid'
          ? 'needs_auth'
          : state === 'added' && (authType === 'oauth2' || grantType)
            ? 'needs_auth'
            : 'missing_settings'

  return {
    serviceId,
    unifiedApi,
    name,
    tagLine,
    website: `https://www.${serviceId}.example`,
    authType,
    ...(grantType ? { grantType } : {}),
    state,
    ...(health ? { health } : {}),
    ...(random.chance(0.04) ? { integrationState: 'needs_configuration' as const } : {}),
    fields,
    requiredForAuthorization,
    ...(resources ? { resources } : {}),
    validationSupport: (authType === 'apiKey' || authType === 'basic') && random.chance(0.6),
    hasGuide: random.chance(0.4),
    status: random.chance(0.05) ? 'upcoming' : 'live',
  }
}

const valueFreeTypes = new Set(['copy', 'info'])

function stripValue(fieldValue: FormField): FormField {
  if (valueFreeTypes.has(fieldValue.type) || !('value' in fieldValue)) {
    return fieldValue
  }
  const { value: _value, ...rest } = fieldValue
  return rest
}

const dayMs = 24 * 60 * 60 * 1000
/** 2024-01-01T00:00:00Z: fixture timestamps are offsets from a fixed instant, never from now. */
const epoch = Date.UTC(2024, 0, 1)

function toConnection(
  entry: CatalogEntry,
  random: Random,
  options: GenerateConnectorOptions,
): Connection {
  const available = entry.state === 'available'
  const fields = (entry.fields ?? []).map((item) => (available ? stripValue(item) : item))
  const settings: Record<string, unknown> = {}
  for (const item of fields) {
    if (!valueFreeTypes.has(item.type) && item.value !== undefined) {
      settings[item.id] = item.value
    }
  }
  const resources = Object.entries(entry.resources ?? {})
  const createdAt = epoch + random.integer(0, 400) * dayMs + random.integer(0, dayMs)
  const updatedAt = createdAt + random.integer(0, 60) * dayMs
  return {
    id: `${entry.unifiedApi}+${entry.serviceId}`,
    service_id: entry.serviceId,
    unified_api: entry.unifiedApi,
    name: entry.name,
    tag_line: entry.tagLine,
    website: entry.website ?? `https://www.${entry.serviceId}.example`,
    ...logos(entry.serviceId, options),
    auth_type: entry.authType,
    ...(entry.grantType ? { oauth_grant_type: entry.grantType } : {}),
    status: entry.status ?? 'live',
    state: entry.state,
    integration_state: entry.integrationState ?? 'configured',
    enabled: entry.enabled ?? !available,
    ...(entry.health && !available ? { health: entry.health } : {}),
    settings: available ? null : settings,
    metadata: null,
    form_fields: fields,
    configurable_resources: resources.map(([resource]) => resource),
    resource_settings_support: resources.map(([resource]) => resource),
    configuration: resources.map(([resource, defaults]) => ({
      resource,
      defaults: defaults.map((item) => (available ? stripValue(item) : item)),
    })),
    validation_support: entry.validationSupport ?? false,
    schema_support: false,
    settings_required_for_authorization: entry.requiredForAuthorization ?? [],
    has_guide: entry.hasGuide ?? false,
    ...(available
      ? {}
      : {
          created_at: createdAt,
          updated_at: updatedAt,
          ...(entry.health === 'degraded' ? { last_downstream_error_at: updatedAt } : {}),
        }),
  }
}

/**
 * `count` connectors, deterministic for a `seed`: the well-known head first (their timestamps vary
 * with the seed), then generated ones. Ids are unique.
 */
export function generateConnectors(
  count: number,
  seed: number,
  options: GenerateConnectorOptions = {},
): Connection[] {
  const random = createRandom(seed)
  const result: Connection[] = []
  const usedIds = new Set<string>()
  for (let index = 0; index < count; index += 1) {
    const entry = index < wellKnown.length ? wellKnown[index] : undefined
    const catalogEntry = entry ?? generatedEntry(random, index, usedIds)
    const connection = toConnection(catalogEntry, random, options)
    usedIds.add(connection.id)
    result.push(connection)
  }
  return result
}

/**
 * One connector from a partial: everything not given gets a plausible default (an available apiKey
 * connector of the CRM API without settings). `service_id` is required; `id` follows it.
 */
export function generateConnector(
  partial: Partial<Connection> & { service_id: string },
  options: GenerateConnectorOptions = {},
): Connection {
  const unifiedApi = partial.unified_api ?? 'crm'
  const state = partial.state ?? 'available'
  return {
    id: `${unifiedApi}+${partial.service_id}`,
    unified_api: unifiedApi,
    name: titleCase(partial.service_id),
    tag_line: `${titleCase(partial.service_id)} connector.`,
    website: `https://www.${partial.service_id}.example`,
    ...logos(partial.service_id, options),
    auth_type: 'apiKey',
    status: 'live',
    integration_state: 'configured',
    enabled: state !== 'available',
    settings: null,
    metadata: null,
    form_fields: [],
    configurable_resources: [],
    configuration: [],
    validation_support: false,
    schema_support: false,
    settings_required_for_authorization: [],
    has_guide: false,
    ...partial,
    state,
  }
}
