/**
 * A catalog of records an attacker or an unlucky backend could send: names and descriptions of any
 * length (one unbroken string, or hundreds of words), right-to-left names, a U+202E RIGHT-TO-LEFT
 * OVERRIDE, emoji, markup-looking text, a category id no catalog knows, and one connector whose
 * settings form, resource defaults and import dialog carry long labels, help, options and adornments.
 * Every record is schema-valid: the page must lay it out, not refuse it. Used by the
 * Demo/Hostile data stories and by test/e2e/hostile-data.e2e.ts, which measures the boxes.
 */
import type { Connection, FormField } from 'integrations-kit'
import { generateConnector, generateConnectors } from 'integrations-kit/testing'

/** U+202E RIGHT-TO-LEFT OVERRIDE: reverses the text after it, up to the end of its paragraph. */
export const RLO = '\u202e'

const unbroken = (stem: string, length: number) =>
  stem.repeat(Math.ceil(length / stem.length)).slice(0, length)

export const LONG_UNBROKEN_NAME = `Supercalifragilistic${unbroken('Expialidocious', 90)}Connector`
const LONG_WORDS_NAME =
  'Microsoft Dynamics 365 Business Central Enterprise Resource Planning for Multi-National, Multi-Currency and Multi-Company Organisations (Cloud Edition, Early Access Preview)'
const LONG_URL = `https://docs.example.com/integrations/${unbroken('very-long-path-segment/', 160)}setup`

/** The connector the e2e opens for the settings form, resources, import and delete dialogs. */
export const HOSTILE_FORM = { unifiedApi: 'crm', serviceId: 'hostile-form' } as const
/** The connector whose name carries the override character (a short one: the e2e reads its order). */
export const OVERRIDE = { unifiedApi: 'crm', serviceId: 'override-name' } as const
export const OVERRIDE_NAME = `${RLO}Evil Corp`

function formField(id: string, label: string, type: string, extras: Partial<FormField> = {}) {
  return { id, label, type, ...extras } satisfies FormField
}

const longOptions = [
  { label: unbroken('OptionWithoutAnySpaceToBreakAt', 140), value: 'unbroken' },
  {
    label:
      'An option label written as a whole paragraph, because the backend sends whatever its administrators typed into the field editor years ago',
    value: 'paragraph',
  },
  { label: 'خيار باللغة العربية مع نص طويل جدا', value: 'arabic' },
  { label: `${RLO}desrever`, value: 'override' },
  { label: '🚀 Launch 🧑‍🚀 🛰️ 👩🏽‍💻', value: 'emoji' },
]

const hostileFields: FormField[] = [
  formField('notice', `Read this first: ${unbroken('ImportantNotice', 90)}`, 'info', {
    description: `**Bold** and \`code\` and a [link](${LONG_URL}) and a bare ${LONG_URL} in one help text.`,
  }),
  formField('subdomain', unbroken('SubdomainLabelWithoutSpaces', 96), 'text', {
    required: true,
    prefix: `https://${unbroken('customer-specific-prefix-', 70)}.`,
    suffix: `.${unbroken('eu-central-1.enterprise.', 90)}example.com/api/v2`,
    placeholder: 'acme',
    description: `Your address is ${LONG_URL}, or in words: ${'long help text '.repeat(24)}`,
  }),
  formField('tenant', 'اسم المستأجر في النظام', 'text', {
    required: true,
    description: 'הזן את שם הדייר כפי שהוא מופיע בלוח הבקרה של הספק.',
  }),
  formField('override_label', `${RLO}Label with an override`, 'text', { required: true }),
  formField('markup_label', '<img src=x onerror=alert(1)> **not bold** <script>', 'text'),
  formField('api_secret', `Client secret for ${unbroken('VeryLongTenantName', 60)}`, 'password', {
    required: true,
    sensitive: true,
  }),
  formField('region', `Region ${unbroken('WithAnEndlessQualifier', 80)}`, 'select', {
    required: true,
    options: longOptions,
  }),
  formField('stage', 'Stage', 'filtered-select', {
    filter: { key: 'id', value: 'region' },
    options: [
      {
        id: 'unbroken',
        label: unbroken('GroupLabel', 80),
        options: [{ label: unbroken('StageWithoutSpaces', 120), value: 'stage-1' }],
      },
    ],
  }),
  formField('tags', unbroken('TagsLabel', 70), 'multi-select', {
    allow_custom_values: true,
    options: [
      ...longOptions,
      {
        id: 'group',
        label: unbroken('OptionGroupLabel', 90),
        options: [{ label: unbroken('GroupedOption', 110), value: 'grouped' }],
      },
    ],
    value: ['unbroken', unbroken('CustomTagTypedByAUser', 100)],
  }),
  formField('limit', 'Daily limit', 'number', {
    prefix: unbroken('€', 30),
    suffix: unbroken('requests per day per tenant ', 120),
  }),
  formField('notes', `${'Notes for the team '.repeat(12)}`, 'textarea'),
  formField('sandbox', unbroken('UseTheSandboxEnvironmentInstead', 110), 'checkbox'),
  formField('webhook', 'Webhook URL', 'copy', { value: LONG_URL }),
]

const resourceField = formField('owner_id', unbroken('DefaultOwnerForNewRecords', 90), 'select', {
  required: true,
  description: LONG_URL,
  options: longOptions,
})

/** The hostile records, then a few ordinary ones to compare with. */
export function hostileCatalog(): Connection[] {
  const longResource = unbroken('TimeOffRequestsAndAbsences', 120)
  return [
    generateConnector({
      service_id: HOSTILE_FORM.serviceId,
      unified_api: HOSTILE_FORM.unifiedApi,
      name: `${LONG_UNBROKEN_NAME} Form`,
      tag_line: `${LONG_URL} ${'A description that never ends. '.repeat(12)}`,
      auth_type: 'oauth2',
      oauth_grant_type: 'authorization_code',
      state: 'authorized',
      health: 'missing_settings',
      enabled: true,
      settings: { tags: ['unbroken', unbroken('CustomTagTypedByAUser', 100)] },
      form_fields: hostileFields,
      configurable_resources: [longResource, 'leads'],
      resource_settings_support: [longResource, 'leads'],
      configuration: [
        { resource: longResource, defaults: [resourceField] },
        { resource: 'leads', defaults: [resourceField] },
      ],
      validation_support: true,
    }),
    generateConnector({
      service_id: OVERRIDE.serviceId,
      unified_api: OVERRIDE.unifiedApi,
      name: OVERRIDE_NAME,
      tag_line: `${RLO}This tag line starts with an override character.`,
      state: 'callable',
      health: 'ok',
      enabled: true,
      settings: {},
    }),
    generateConnector({
      service_id: 'long-words',
      unified_api: 'accounting',
      name: LONG_WORDS_NAME,
      tag_line: `${LONG_WORDS_NAME}. ${'Every feature listed twice, to be sure. '.repeat(8)}`,
      state: 'available',
      // Needs an administrator: the notice names the connector in a long sentence.
      integration_state: 'needs_configuration',
    }),
    generateConnector({
      service_id: 'arabic-crm',
      unified_api: 'crm',
      name: 'نظام إدارة علاقات العملاء المتكامل للشركات',
      tag_line: 'اربط بيانات العملاء والمبيعات في مكان واحد، بدون نسخ يدوي.',
      state: 'callable',
      health: 'ok',
      enabled: true,
      settings: {},
    }),
    generateConnector({
      service_id: 'hebrew-hr',
      unified_api: 'hris',
      name: 'מערכת משאבי אנוש 2024',
      tag_line: 'ניהול עובדים, חופשות ושכר במקום אחד.',
      state: 'available',
    }),
    generateConnector({
      service_id: 'emoji-sync',
      unified_api: 'team-messaging',
      name: '🚀 Rocket 🧑‍🚀 Sync 👩🏽‍💻🛰️✨',
      tag_line: `${'🎉'.repeat(60)} Emoji everywhere 🧑‍🤝‍🧑🏳️‍🌈`,
      state: 'invalid',
      health: 'needs_auth',
      enabled: true,
      settings: {},
    }),
    generateConnector({
      service_id: 'markup-name',
      unified_api: 'crm',
      name: '<img src=x onerror=alert(1)>',
      tag_line:
        '<script>alert(document.cookie)</script> **bold** _italic_ [link](javascript:alert(1))',
      state: 'available',
    }),
    generateConnector({
      service_id: 'markdown-name',
      unified_api: unbroken('supercalifragilisticexpialidociouscategory', 90),
      name: `**bold** _italic_ \`code\` ${unbroken('x', 60)}`,
      tag_line: `A connector of a category no catalog knows, with a long id: ${unbroken('category', 80)}`,
      state: 'added',
      health: 'needs_auth',
      enabled: true,
    }),
    ...generateConnectors(6, 1),
  ]
}
