import type { Message } from '../format'
import type { ErrorsMessageKey } from './en'

/** Dutch messages for failures. */
export const errorsNl = {
  'errors.sentence': '{summary} {reason}',

  'errors.summary.catalog': 'De integraties konden niet worden geladen.',
  'errors.summary.details': 'De details van {name} konden niet worden geladen.',
  'errors.summary.enable': '{name} kon niet worden ingeschakeld.',
  'errors.summary.disable': '{name} kon niet worden uitgeschakeld.',
  'errors.summary.settingsLoad': 'De instellingen konden niet worden geladen.',
  'errors.summary.deleteDialog': 'De verwijderbevestiging kon niet worden geladen.',
  'errors.summary.settingsSave': 'De instellingen van {name} konden niet worden opgeslagen.',
  'errors.summary.resourceLoad': 'De standaardwaarden voor {resource} konden niet worden geladen.',
  'errors.summary.resourceSave':
    'De standaardwaarden voor {resource} konden niet worden opgeslagen.',
  'errors.summary.add': '{name} kon niet worden toegevoegd.',
  'errors.summary.create': 'De {name}-koppeling kon niet worden gemaakt.',
  'errors.summary.credentials': 'Je inloggegevens van {name} konden niet worden gecontroleerd.',
  'errors.summary.connect': '{name} kon niet worden verbonden.',
  'errors.summary.import': 'De inloggegevens voor {name} konden niet worden geïmporteerd.',
  'errors.summary.delete': '{name} kon niet worden verwijderd.',
  'errors.summary.validate': 'De verbinding met {name} kon niet worden getest.',
  'errors.summary.revoke': 'De verbinding met {name} kon niet worden verbroken.',

  'errors.reason.invalidValues':
    'Sommige waarden zijn niet geaccepteerd. Controleer ze en probeer het opnieuw.',
  'errors.reason.rejected':
    'Het verzoek is niet geaccepteerd. Neem contact op met support als dit blijft gebeuren.',
  'errors.reason.session': 'Je sessie is verlopen of niet meer geldig. Log opnieuw in.',
  'errors.reason.plan': 'Je abonnement bevat dit niet. Vraag een beheerder om het uit te breiden.',
  'errors.reason.permission': 'Je hebt geen toestemming om dit te doen. Vraag het een beheerder.',
  'errors.reason.permissionScope':
    'Hiervoor is de machtiging {scope} nodig, die niet is toegekend. Vraag een beheerder om die toe te kennen.',
  'errors.reason.notFound':
    'Het bestaat niet meer. Laad de pagina opnieuw om de huidige stand te zien.',
  'errors.reason.conflict':
    'Het is tegelijk ergens anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  'errors.reason.rateLimited': 'Er zijn nu te veel verzoeken. Wacht even en probeer het opnieuw.',
  'errors.reason.rateLimitedWait': {
    one: 'Er zijn nu te veel verzoeken. Probeer het over {count} seconde opnieuw.',
    other: 'Er zijn nu te veel verzoeken. Probeer het over {count} seconden opnieuw.',
  },
  'errors.reason.rateLimitedRetried':
    'Er zijn nu te veel verzoeken, ook na automatisch opnieuw proberen. Probeer het later opnieuw.',
  'errors.reason.server': 'De dienst had een probleem. Probeer het zo opnieuw.',
  'errors.reason.serverRetried':
    'De dienst had een probleem, ook na automatisch opnieuw proberen. Probeer het later opnieuw.',
  'errors.reason.offline':
    'De dienst is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
  'errors.reason.offlineRetried':
    'De dienst is niet bereikbaar, ook na automatisch opnieuw proberen. Controleer je internetverbinding en probeer het later opnieuw.',
  'errors.reason.timeout': 'De dienst deed er te lang over om te antwoorden. Probeer het opnieuw.',
  'errors.reason.timeoutRetried':
    'De dienst deed er te lang over om te antwoorden, ook na automatisch opnieuw proberen. Probeer het later opnieuw.',
  'errors.reason.unreadable':
    'De dienst stuurde een antwoord dat niet gelezen kon worden. Probeer het opnieuw; neem contact op met support als dit blijft gebeuren.',
  'errors.reason.cancelled': 'Het verzoek is geannuleerd. Probeer het opnieuw.',
  'errors.reason.unsupported': 'Dit is niet beschikbaar voor deze integratie.',
  'errors.reason.notDownloaded':
    'Een deel van de pagina kon niet worden gedownload. Controleer je internetverbinding en probeer het opnieuw.',
  'errors.reason.notDownloadedRetried':
    'Een deel van de pagina kon nog steeds niet worden gedownload. Laad de pagina opnieuw om het nog eens te proberen.',
  'errors.reason.unexpected':
    'Er ging iets mis. Probeer het opnieuw; neem contact op met support als dit blijft gebeuren.',
  'errors.reason.noAuthorizeUrl':
    'Het aanmeldadres ontbreekt of is niet veilig. Neem contact op met support.',
  'errors.reason.noRevokeUrl':
    'Het afmeldadres ontbreekt of is niet veilig. Neem contact op met support.',

  'errors.retry': 'Opnieuw proberen',
  'errors.reload': 'Pagina opnieuw laden',
  'errors.details': 'Details',
  'errors.details.status': 'Status {status}',
  'errors.details.failure': 'Fout {failure}',
  'errors.details.code': 'Code {code}',
  'errors.details.reference': 'Referentie {requestId}',
} as const satisfies Record<ErrorsMessageKey, Message>
