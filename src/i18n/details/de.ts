import type { DetailsMessageKey } from './en'

/** German messages of the composed details panel. */
export const detailsDe = {
  'details.section.settings': 'Verbindungseinstellungen',
  'details.section.settingsLead': 'Geben Sie Ihre Zugangsdaten für {name} ein, um zu verbinden.',
  'details.section.create': 'Neue Verbindung',
  'details.section.createLead':
    'Geben Sie die Werte aus Ihrer {name}-Konsole ein, um eine Verbindung hinzuzufügen.',
  'details.created': '{name} ist erstellt',
  'details.section.resources': 'Ressourcen-Standardwerte',
  'details.section.resourcesLead': 'Werte, die {name} beim Anlegen neuer Datensätze einträgt.',
  'details.section.manage': 'Verwalten',
  'details.resource.missing': 'Pflicht-Standardwerte fehlen',
  'details.adminNotice.title': 'Wartet auf Ihre Administration',
  'details.adminNotice.body':
    '{name} muss von einer Administratorin oder einem Administrator eingerichtet werden, bevor es verbunden werden kann. Bitten Sie darum, die Konfiguration abzuschließen; danach können Sie sofort verbinden.',
  'details.website': 'Website',
  'details.opensInNewTab': '(öffnet in einem neuen Tab)',
  'details.status': 'Status',
  'details.nextStep': 'Nächster Schritt',
  'details.connect': 'Verbinden',
  'details.connecting': 'Wird verbunden…',
  'details.connected': '{name} hinzugefügt',
  'details.description': 'Verbinden Sie {name}, um Ihre {category}-Daten zu synchronisieren.',
  'details.description.toAdd':
    'Fügen Sie eine {name}-Verbindung hinzu, damit sich Personen damit anmelden können.',
  'details.description.instance': 'Personen melden sich über diese Verbindung mit {connector} an.',
  'status.connected.reason': 'Alles funktioniert: {name} ist verbunden.',
  'status.connected.next': 'Keine Aktion erforderlich.',
  'status.configured.reason':
    '{name} ist eingerichtet. Anmeldungen darüber werden hier nicht geprüft.',
  'status.configured.next': 'Keine Aktion erforderlich.',
  'status.not_connected.reason': '{name} ist noch nicht verbunden.',
  'status.not_connected.next': 'Wählen Sie „Verbinden“, um {name} hinzuzufügen.',
  'status.not_connected.nextCreate': 'Füllen Sie das Formular aus und wählen Sie dann „{action}“.',
  'status.needs_authorization.reason':
    '{name} wurde hinzugefügt, aber noch nicht autorisiert, oder der Zugriff ist abgelaufen.',
  'status.needs_authorization.next': 'Autorisieren Sie {name}, um die Verbindung abzuschließen.',
  'status.needs_credentials.reason':
    '{name} wurde hinzugefügt, aber die Zugangsdaten fehlen oder werden nicht mehr akzeptiert.',
  'status.needs_credentials.next':
    'Geben Sie Ihre Zugangsdaten für {name} ein, um die Verbindung abzuschließen.',
  'status.needs_settings.reason':
    '{name} ist autorisiert, aber einige erforderliche Einstellungen fehlen.',
  'status.needs_settings.next': 'Füllen Sie die erforderlichen Einstellungen aus.',
  'status.invalid.reason': '{name} hat die Zugangsdaten abgelehnt.',
  'status.invalid.next':
    'Prüfen Sie die Zugangsdaten in den Einstellungen und speichern Sie sie erneut.',
  'status.disabled.reason': '{name} ist ausgeschaltet.',
  'status.disabled.next': 'Aktivieren Sie die Integration, um die Synchronisierung fortzusetzen.',
  'status.unavailable.reason': 'Die Administration hat {name} ausgeschaltet.',
  'status.unavailable.next': 'Bitten Sie Ihre Administration, {name} zu aktivieren.',
  'status.needs_configuration.reason':
    '{name} muss zuerst von der Administration eingerichtet werden.',
  'status.needs_configuration.next': 'Bitten Sie Ihre Administration, {name} einzurichten.',
  'status.pending_confirmation.reason': 'Die Autorisierung von {name} wartet auf Bestätigung.',
  'status.pending_confirmation.next':
    'Schließen Sie die Autorisierung ab oder autorisieren Sie erneut.',
  'status.degraded.reason': '{name} ist verbunden, aber letzte Anfragen sind fehlgeschlagen.',
  'status.degraded.next': 'Prüfen Sie die Einstellungen oder versuchen Sie es später noch einmal.',
  'status.needs_consent.reason': '{name} benötigt Ihre Zustimmung für den Datenzugriff.',
  'status.needs_consent.next': 'Prüfen und erteilen Sie den angefragten Datenzugriff.',
  'status.consent_denied.reason': 'Der Datenzugriff für {name} wurde verweigert.',
  'status.consent_denied.next': 'Erteilen Sie den Datenzugriff erneut, um {name} zu nutzen.',
  'status.consent_revoked.reason': 'Der Datenzugriff für {name} wurde widerrufen.',
  'status.consent_revoked.next': 'Erteilen Sie den Datenzugriff erneut, um {name} zu nutzen.',
  'status.needs_reconsent.reason': '{name} fragt mehr Datenzugriff an, als Sie erteilt haben.',
  'status.needs_reconsent.next': 'Prüfen und erteilen Sie den geänderten Datenzugriff.',
  'status.revoked.reason': 'Der Zugriff von {name} wurde beim Anbieter widerrufen.',
  'status.revoked.next': 'Autorisieren Sie {name} erneut.',
  'status.unknown.reason': 'Der Zustand von {name} ist nicht bekannt.',
  'status.unknown.next':
    'Laden Sie die Seite neu oder wenden Sie sich an den Support, falls das Problem bleibt.',
} as const satisfies Record<DetailsMessageKey, string>
