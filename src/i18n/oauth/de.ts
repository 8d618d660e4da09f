import type { OAuthMessageKey } from './en'

/** German strings for the OAuth flow. */
export const oauthDe = {
  'oauth.connect': 'Verbinden',
  'oauth.reauthorize': 'Erneut autorisieren',
  'oauth.waiting': 'Warten auf {name}…',
  'oauth.confirming': 'Verbindung mit {name} wird abgeschlossen…',
  'oauth.success': 'Mit {name} verbunden',
  'oauth.cancel': 'Abbrechen',
  'oauth.blocked': 'Ihr Browser hat das Anmeldefenster blockiert',
  'oauth.blockedHelp': 'Erlauben Sie Pop-ups für diese Website oder fahren Sie in diesem Tab fort.',
  'oauth.blockedHelpNoTab':
    'Erlauben Sie Pop-ups für diese Website und versuchen Sie es dann erneut.',
  'oauth.tryAgain': 'Erneut versuchen',
  'oauth.continueInTab': 'In diesem Tab fortfahren',
  'oauth.closed': 'Warten Sie noch? Das Anmeldefenster wurde geschlossen.',
  'oauth.reopen': 'Erneut öffnen',
  'oauth.error': 'Verbindung mit {name} fehlgeschlagen',
  'oauth.denied': 'Der Zugriff auf {name} wurde verweigert.',
  'oauth.providerMessage': 'Nachricht des Anbieters: „{message}“',
  'oauth.needsSettings':
    'Füllen Sie die erforderlichen Einstellungen aus, bevor Sie {name} verbinden.',
  'oauth.needsConfiguration':
    '{name} ist noch nicht eingerichtet. Bitten Sie eine Administratorin oder einen Administrator, es einzurichten.',
  'oauth.disconnect': 'Trennen',
  'oauth.revoking': 'Verbindung mit {name} wird getrennt…',
  'oauth.revoked': 'Verbindung mit {name} getrennt',
  'oauth.revokeError': 'Verbindung mit {name} konnte nicht getrennt werden',
} as const satisfies Record<OAuthMessageKey, string>
