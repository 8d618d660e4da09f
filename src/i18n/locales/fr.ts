/**
 * The fr messages, a separate entry point (`integrations-kit/locales/fr`) so the main bundle stays
 * English-only. Usage: `<IntegrationsPage locale="fr" messages={fr} />`.
 */
import { catalogFr } from '../catalog/fr'
import { consentFr } from '../consent/fr'
import { detailsFr } from '../details/fr'
import type { Messages } from '../en'
import { errorsFr } from '../errors/fr'
import { formsFr } from '../forms/fr'
import { logsFr } from '../logs/fr'
import { manageFr } from '../manage/fr'
import { mappingFr } from '../mapping/fr'
import { oauthFr } from '../oauth/fr'
import { sessionFr } from '../session/fr'
import { singleConnectionFr } from '../single-connection/fr'

export const fr: Partial<Messages> = {
  ...catalogFr,
  ...formsFr,
  ...oauthFr,
  ...manageFr,
  ...detailsFr,
  ...errorsFr,
  ...consentFr,
  ...mappingFr,
  ...logsFr,
  ...sessionFr,
  ...singleConnectionFr,
}
