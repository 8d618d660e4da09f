/** English strings for the OAuth flow (AuthorizeButton, RevokeButton). Spread into the catalog by components/i18n.tsx. */
export const oauthEn = {
  'oauth.connect': 'Connect',
  'oauth.reauthorize': 'Re-authorize',
  'oauth.waiting': 'Waiting for {name}…',
  'oauth.confirming': 'Finishing connection to {name}…',
  'oauth.success': 'Connected to {name}',
  'oauth.cancel': 'Cancel',
  'oauth.blocked': 'Your browser blocked the sign-in window',
  'oauth.blockedHelp': 'Allow pop-ups for this site, or continue in this tab.',
  'oauth.blockedHelpNoTab': 'Allow pop-ups for this site, then try again.',
  'oauth.tryAgain': 'Try again',
  'oauth.continueInTab': 'Continue in this tab',
  'oauth.closed': 'Still waiting? The sign-in window was closed.',
  'oauth.reopen': 'Reopen',
  'oauth.error': 'Could not connect to {name}',
  'oauth.denied': 'Access to {name} was denied.',
  'oauth.providerMessage': 'Message from the provider: “{message}”',
  'oauth.needsSettings': 'Fill in the required settings before connecting {name}.',
  'oauth.needsConfiguration': '{name} is not configured yet. Ask an administrator to set it up.',
  'oauth.disconnect': 'Disconnect',
  'oauth.revoking': 'Disconnecting {name}…',
  'oauth.revoked': 'Disconnected from {name}',
  'oauth.revokeError': 'Could not disconnect {name}',
} as const

export type OAuthMessageKey = keyof typeof oauthEn
