/**
 * English messages of the catalog and its status labels: what the page may paint before the details
 * panel's chunk is in (the panel's own sentences are in ../details/en.ts). Keys are stable ids (not
 * English sentences) so a wording change never breaks a translation. Plural messages are objects
 * picked by `count` (see ../format.ts).
 */
export const catalogEn = {
  'page.title': 'Integrations',
  'page.description': 'Connect the tools your team already uses.',

  'catalog.search.label': 'Search integrations',
  'catalog.search.placeholder': 'Search by name, id or category',
  'catalog.search.shortcut': 'Press / to search',
  'catalog.count.connectors': { one: '{count} integration', other: '{count} integrations' },
  'catalog.count.connected': '{count} connected',
  'catalog.count.attention': '{count} need action',
  'catalog.count.results': {
    zero: 'No results',
    one: '{count} result',
    other: '{count} results',
  },
  'catalog.filter.category.label': 'Category',
  'catalog.filter.category.all': 'All',
  'catalog.filter.status.label': 'Show',
  'catalog.filter.status.all': 'All',
  'catalog.filter.status.connected': 'Connected',
  'catalog.filter.status.available': 'Available',
  'catalog.filter.status.attention': 'Needs action',
  'catalog.section.connected': 'Connected',
  'catalog.section.available': 'Available',
  'catalog.section.instances': 'Your connections',
  'catalog.section.toAdd': 'Add a connection',
  'catalog.filter.status.instances': 'Your connections',
  'catalog.filter.status.toAdd': 'Types to add',
  'catalog.count.instances': { one: '{count} connection', other: '{count} connections' },
  'catalog.count.toAdd': { one: '{count} type to add', other: '{count} types to add' },
  'catalog.card.connections': {
    zero: 'No connections yet',
    one: '{count} connection',
    other: '{count} connections',
  },
  'catalog.loading': 'Loading integrations…',
  'catalog.loaded': { one: '{count} integration loaded', other: '{count} integrations loaded' },
  'catalog.empty.title': 'No integrations available yet',
  'catalog.empty.description':
    'The application owner has not made any integrations available. Check back later.',
  'catalog.noMatch.title': 'No integrations match “{query}”',
  'catalog.noMatch.titleFiltered': 'No integrations match these filters',
  'catalog.noMatch.description': 'Try another name, or look in all categories.',
  'catalog.noMatch.clearSearch': 'Clear search',
  'catalog.noMatch.clearFilters': 'Show all integrations',
  'catalog.error.title': 'Integrations could not be loaded',
  'catalog.error.retry': 'Retry',
  'catalog.error.retrying': 'Retrying…',

  'details.close': 'Close',
  'details.loading': 'Loading {name}…',

  'status.connected': 'Connected',
  'status.configured': 'Set up',
  'status.not_connected': 'Not connected',
  'status.needs_authorization': 'Needs authorization',
  'status.needs_credentials': 'Needs credentials',
  'status.needs_settings': 'Needs settings',
  'status.invalid': 'Invalid credentials',
  'status.disabled': 'Disabled',
  'status.unavailable': 'Unavailable',
  'status.needs_configuration': 'Needs admin setup',
  'status.pending_confirmation': 'Pending confirmation',
  'status.degraded': 'Degraded',
  'status.needs_consent': 'Permission required',
  'status.consent_denied': 'Permission denied',
  'status.consent_revoked': 'Permission revoked',
  'status.needs_reconsent': 'New permissions required',
  'status.revoked': 'Access revoked',
  'status.unknown': 'Unknown',

  // Category names whose English is not the humanised id; the others are derived from the id
  // ("file-storage" → "File storage", see unifiedApiLabel) and may still be translated.
  'api.ats': 'ATS',
  'api.crm': 'CRM',
  'api.csp': 'Cloud storage',
  'api.form': 'Forms',
  'api.hris': 'HRIS',
  'api.pos': 'POS',
  'api.sms': 'SMS',
  // Kinde's and Authress's built-in sign-in methods (Kinde's id uses _, Authress's -).
  'api.built_in': 'Built-in',
  'api.built-in': 'Built-in',
} as const

type DerivedApiId =
  | 'accounting'
  | 'calendar'
  | 'customer-support'
  | 'ecommerce'
  | 'email'
  | 'email-marketing'
  | 'expense-management'
  | 'file-storage'
  | 'lead'
  | 'payroll'
  | 'procurement'
  | 'project-management'
  | 'script'
  | 'spreadsheet'
  | 'subscription-analytics'
  | 'team-messaging'
  | 'issue-tracking'
  | 'time-registration'
  | 'transactional-email'
  | 'data-warehouse'
  // The identity providers of Kinde and Authress.
  | 'social'
  | 'enterprise'

/** Unified APIs whose English label is derived from the id; translations name them. */
export type DerivedApiLabelKey = `api.${DerivedApiId}`

export type CatalogMessageKey = keyof typeof catalogEn | DerivedApiLabelKey
