/**
 * English messages of the composed details panel (sections, resource defaults and the admin
 * notice). Spread into the catalog by src/i18n/en.ts.
 */
export const detailsEn = {
  'details.section.settings': 'Connection settings',
  'details.section.settingsLead': 'Enter your {name} credentials to connect.',
  'details.section.create': 'New connection',
  'details.section.createLead': 'Enter the values from your {name} console to add a connection.',
  'details.created': '{name} is created',
  'details.section.resources': 'Resource defaults',
  'details.section.resourcesLead': 'Values {name} fills in when new records are created.',
  'details.section.manage': 'Manage',
  'details.resource.missing': 'Missing required defaults',
  'details.adminNotice.title': 'Waiting for your administrator',
  'details.adminNotice.body':
    '{name} has to be set up by an administrator before anyone can connect it. Ask them to finish its configuration; you can connect right after.',
} as const

export type DetailsMessageKey = keyof typeof detailsEn
