/** Dutch messages of the data-scope consent part (see ./en.ts). */
import type { Message } from '../format'
import type { consentEn } from './en'

export const consentNl: Record<keyof typeof consentEn, Message> = {
  'consent.title': 'Gevraagde toegang tot gegevens',
  'consent.titleUpdated': 'Gewijzigde toestemming gevraagd',
  'consent.titleHistory': 'Toegang tot gegevens',
  'consent.lead.pending':
    '{name} vraagt de gegevens hieronder te lezen en te schrijven. Accepteer om {name} te gebruiken.',
  'consent.lead.requires_reconsent':
    '{name} vraagt nu meer toegang dan je hebt gegeven. Accepteer de gewijzigde toegang om {name} te blijven gebruiken.',
  'consent.lead.denied':
    'Je hebt {name} toegang tot deze gegevens geweigerd. Accepteer om {name} te gebruiken.',
  'consent.lead.revoked':
    'Je hebt de toegang van {name} tot deze gegevens ingetrokken. Accepteer om het weer te gebruiken.',
  'consent.leadHistory': 'Wat {name} mag lezen en schrijven, en de beslissingen tot nu toe.',
  'consent.scopes': 'Toegang gevraagd door {name}',
  'consent.all': 'Volledige toegang tot gegevens',
  'consent.allDescription': '{name} kan alle gegevens lezen en schrijven, in elke resource.',
  'consent.read': 'Lezen',
  'consent.write': 'Schrijven',
  'consent.readWrite': 'Lezen en schrijven',
  'consent.new': 'Nieuw',
  'consent.fields': { one: '{count} veld', other: '{count} velden' },
  'consent.accept': 'Accepteren',
  'consent.accepting': 'Accepteren…',
  'consent.deny': 'Weigeren',
  'consent.denyTitle': 'Toegang weigeren?',
  'consent.denyDescription':
    '{name} kan deze gegevens dan niet lezen of schrijven, en is niet te gebruiken tot je accepteert. Je kunt later alsnog toegang geven.',
  'consent.denyConfirm': 'Toegang weigeren',
  'consent.denying': 'Weigeren…',
  'consent.revoke': 'Toegang intrekken',
  'consent.revokeTitle': 'Toegang intrekken?',
  'consent.revokeDescription':
    '{name} stopt nu met het lezen en schrijven van je gegevens, en is niet te gebruiken tot je opnieuw toegang geeft.',
  'consent.revokeConfirm': 'Toegang intrekken',
  'consent.revoking': 'Intrekken…',
  'consent.cancel': 'Annuleren',
  'consent.granted': 'Je hebt {name} toegang tot je gegevens gegeven.',
  'consent.denied': 'Je hebt {name} toegang tot je gegevens geweigerd.',
  'consent.revoked': 'Je hebt de toegang van {name} tot je gegevens ingetrokken.',
  'consent.history': 'Geschiedenis',
  'consent.historyLoading': 'De toestemmingsgeschiedenis wordt geladen…',
  'consent.historyError': 'De toestemmingsgeschiedenis kon niet worden geladen.',
  'consent.saveError':
    'Je beslissing over de toegang van {name} tot gegevens kon niet worden opgeslagen.',
  'consent.historyEmpty': 'Nog geen beslissingen.',
  'consent.record.granted': 'Gegeven',
  'consent.record.denied': 'Geweigerd',
  'consent.record.revoked': 'Ingetrokken',
  'consent.record.all': 'Alle gegevens',
  'consent.record.scope': '{resources}, {fields}',
  'consent.record.resources': { one: '{count} resource', other: '{count} resources' },
}
