/**
 * The nl messages, a separate entry point (`integrations-kit/locales/nl`) so the main bundle stays
 * English-only. Usage: `<IntegrationsPage locale="nl" messages={nl} />`.
 */
import { catalogNl } from '../catalog/nl'
import { consentNl } from '../consent/nl'
import { detailsNl } from '../details/nl'
import type { Messages } from '../en'
import { errorsNl } from '../errors/nl'
import { formsNl } from '../forms/nl'
import { logsNl } from '../logs/nl'
import { manageNl } from '../manage/nl'
import { mappingNl } from '../mapping/nl'
import { oauthNl } from '../oauth/nl'
import { sessionNl } from '../session/nl'
import { singleConnectionNl } from '../single-connection/nl'

export const nl: Partial<Messages> = {
  ...catalogNl,
  ...formsNl,
  ...oauthNl,
  ...manageNl,
  ...detailsNl,
  ...errorsNl,
  ...consentNl,
  ...mappingNl,
  ...logsNl,
  ...sessionNl,
  ...singleConnectionNl,
}
