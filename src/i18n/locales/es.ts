/**
 * The es messages, a separate entry point (`integrations-kit/locales/es`) so the main bundle stays
 * English-only. Usage: `<IntegrationsPage locale="es" messages={es} />`.
 */
import { catalogEs } from '../catalog/es'
import { consentEs } from '../consent/es'
import { detailsEs } from '../details/es'
import type { Messages } from '../en'
import { errorsEs } from '../errors/es'
import { formsEs } from '../forms/es'
import { logsEs } from '../logs/es'
import { manageEs } from '../manage/es'
import { mappingEs } from '../mapping/es'
import { oauthEs } from '../oauth/es'
import { sessionEs } from '../session/es'
import { singleConnectionEs } from '../single-connection/es'

export const es: Partial<Messages> = {
  ...catalogEs,
  ...formsEs,
  ...oauthEs,
  ...manageEs,
  ...detailsEs,
  ...errorsEs,
  ...consentEs,
  ...mappingEs,
  ...logsEs,
  ...sessionEs,
  ...singleConnectionEs,
}
