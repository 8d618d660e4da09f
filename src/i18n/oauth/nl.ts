import type { OAuthMessageKey } from './en'

/** Dutch strings for the OAuth flow. */
export const oauthNl = {
  'oauth.connect': 'Verbinden',
  'oauth.reauthorize': 'Opnieuw autoriseren',
  'oauth.waiting': 'Wachten op {name}…',
  'oauth.confirming': 'Verbinding met {name} wordt afgerond…',
  'oauth.success': 'Verbonden met {name}',
  'oauth.cancel': 'Annuleren',
  'oauth.blocked': 'Je browser heeft het aanmeldvenster geblokkeerd',
  'oauth.blockedHelp': 'Sta pop-ups toe voor deze site of ga verder in dit tabblad.',
  'oauth.blockedHelpNoTab': 'Sta pop-ups toe voor deze site en probeer het opnieuw.',
  'oauth.tryAgain': 'Opnieuw proberen',
  'oauth.continueInTab': 'Verder in dit tabblad',
  'oauth.closed': 'Nog aan het wachten? Het aanmeldvenster is gesloten.',
  'oauth.reopen': 'Opnieuw openen',
  'oauth.error': 'Kan geen verbinding maken met {name}',
  'oauth.denied': 'Toegang tot {name} is geweigerd.',
  'oauth.providerMessage': 'Bericht van de provider: “{message}”',
  'oauth.needsSettings': 'Vul de verplichte instellingen in voordat je {name} verbindt.',
  'oauth.needsConfiguration':
    '{name} is nog niet ingesteld. Vraag een beheerder om het in te stellen.',
  'oauth.disconnect': 'Verbinding verbreken',
  'oauth.revoking': 'Verbinding met {name} wordt verbroken…',
  'oauth.revoked': 'Verbinding met {name} verbroken',
  'oauth.revokeError': 'Kan de verbinding met {name} niet verbreken',
} as const satisfies Record<OAuthMessageKey, string>
