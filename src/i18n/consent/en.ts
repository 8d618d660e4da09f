/**
 * English messages of the data-scope consent part (ConnectionConsent: the consent screen and the
 * consent history). They ship in that part's lazily loaded chunk, read through `useLazyT`, never in
 * the built-in catalog of src/i18n/en.ts.
 */
export const consentEn = {
  'consent.title': 'Requested data access',
  'consent.titleUpdated': 'Updated permissions requested',
  'consent.titleHistory': 'Data access',
  'consent.lead.pending': '{name} asks to read and write the data below. Accept to use {name}.',
  'consent.lead.requires_reconsent':
    '{name} now asks for more access than you granted. Accept the updated access to keep using {name}.',
  'consent.lead.denied': 'You denied {name} access to this data. Accept to use {name}.',
  'consent.lead.revoked': 'You revoked the access of {name} to this data. Accept to use it again.',
  'consent.leadHistory': 'What {name} may read and write, and the decisions made so far.',
  'consent.scopes': 'Access requested by {name}',
  'consent.all': 'Full data access',
  'consent.allDescription': '{name} can read and write all data, in every resource.',
  'consent.read': 'Read',
  'consent.write': 'Write',
  'consent.readWrite': 'Read and write',
  'consent.new': 'New',
  'consent.fields': { one: '{count} field', other: '{count} fields' },
  'consent.accept': 'Accept',
  'consent.accepting': 'Accepting…',
  'consent.deny': 'Deny',
  'consent.denyTitle': 'Deny access?',
  'consent.denyDescription':
    '{name} will not be able to read or write this data, and it cannot be used until you accept. You can grant access later.',
  'consent.denyConfirm': 'Deny access',
  'consent.denying': 'Denying…',
  'consent.revoke': 'Revoke access',
  'consent.revokeTitle': 'Revoke access?',
  'consent.revokeDescription':
    '{name} stops reading and writing your data now, and it cannot be used until you grant access again.',
  'consent.revokeConfirm': 'Revoke access',
  'consent.revoking': 'Revoking…',
  'consent.cancel': 'Cancel',
  'consent.granted': 'You granted {name} access to your data.',
  'consent.denied': 'You denied {name} access to your data.',
  'consent.revoked': 'You revoked the access of {name} to your data.',
  'consent.history': 'History',
  'consent.historyLoading': 'Loading the consent history…',
  'consent.historyError': 'The consent history could not be loaded.',
  'consent.saveError': 'Your decision on the data access of {name} could not be saved.',
  'consent.historyEmpty': 'No decisions yet.',
  'consent.record.granted': 'Granted',
  'consent.record.denied': 'Denied',
  'consent.record.revoked': 'Revoked',
  'consent.record.all': 'All data',
  'consent.record.scope': '{resources}, {fields}',
  'consent.record.resources': { one: '{count} resource', other: '{count} resources' },
} as const
