/**
 * English messages of the catalog, status vocabulary and details panel. Keys are stable ids (not
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
  'details.website': 'Website',
  'details.opensInNewTab': '(opens in a new tab)',
  'details.status': 'Status',
  'details.nextStep': 'What to do next',
  'details.connect': 'Connect',
  'details.connecting': 'Connecting…',
  'details.connected': '{name} added',
  'details.loading': 'Loading {name}…',
  'details.description': 'Connect {name} to sync your {category} data.',
  'details.description.toAdd': 'Add a {name} connection so people can sign in with it.',
  'details.description.instance': 'People sign in with {connector} through this connection.',

  'status.connected': 'Connected',
  'status.connected.reason': 'Everything works: {name} is connected.',
  'status.connected.next': 'No action needed.',
  'status.configured': 'Set up',
  'status.configured.reason': "{name} is set up. Sign-ins through it aren't checked from here.",
  'status.configured.next': 'No action needed.',
  'status.not_connected': 'Not connected',
  'status.not_connected.reason': '{name} is not connected yet.',
  'status.not_connected.next': 'Select Connect to add {name}.',
  'status.not_connected.nextCreate': 'Fill in the form, then select {action}.',
  'status.needs_authorization': 'Needs authorization',
  'status.needs_authorization.reason':
    '{name} is added but not authorized yet, or its access expired.',
  'status.needs_authorization.next': 'Authorize {name} to finish connecting.',
  'status.needs_credentials': 'Needs credentials',
  'status.needs_credentials.reason':
    '{name} is added, but its credentials are missing or no longer accepted.',
  'status.needs_credentials.next': 'Enter your {name} credentials to finish connecting.',
  'status.needs_settings': 'Needs settings',
  'status.needs_settings.reason': '{name} is authorized but some required settings are missing.',
  'status.needs_settings.next': 'Fill in the required settings.',
  'status.invalid': 'Invalid credentials',
  'status.invalid.reason': '{name} rejected the credentials.',
  'status.invalid.next': 'Check the credentials in the settings and save them again.',
  'status.disabled': 'Disabled',
  'status.disabled.reason': '{name} is turned off.',
  'status.disabled.next': 'Enable it to resume syncing.',
  'status.unavailable': 'Unavailable',
  'status.unavailable.reason': 'The administrator has turned off {name}.',
  'status.unavailable.next': 'Ask your administrator to enable {name}.',
  'status.needs_configuration': 'Needs admin setup',
  'status.needs_configuration.reason': '{name} must be configured by the administrator first.',
  'status.needs_configuration.next': 'Ask your administrator to configure {name}.',
  'status.pending_confirmation': 'Pending confirmation',
  'status.pending_confirmation.reason': 'The authorization of {name} is waiting to be confirmed.',
  'status.pending_confirmation.next': 'Finish the authorization, or authorize again.',
  'status.degraded': 'Degraded',
  'status.degraded.reason': '{name} is connected, but recent requests to it failed.',
  'status.degraded.next': 'Check the settings, or wait and try again later.',
  'status.needs_consent': 'Permission required',
  'status.needs_consent.reason': '{name} needs your permission to access data.',
  'status.needs_consent.next': 'Review and grant the requested data access.',
  'status.consent_denied': 'Permission denied',
  'status.consent_denied.reason': 'Data access for {name} was denied.',
  'status.consent_denied.next': 'Grant data access again to use {name}.',
  'status.consent_revoked': 'Permission revoked',
  'status.consent_revoked.reason': 'Data access for {name} was revoked.',
  'status.consent_revoked.next': 'Grant data access again to use {name}.',
  'status.needs_reconsent': 'New permissions required',
  'status.needs_reconsent.reason': '{name} asks for more data access than you granted.',
  'status.needs_reconsent.next': 'Review and grant the updated data access.',
  'status.revoked': 'Access revoked',
  'status.revoked.reason': 'The access of {name} was revoked at the provider.',
  'status.revoked.next': 'Authorize {name} again.',
  'status.unknown': 'Unknown',
  'status.unknown.reason': 'The state of {name} is not known.',
  'status.unknown.next': 'Reload the page, or contact support if this persists.',

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
