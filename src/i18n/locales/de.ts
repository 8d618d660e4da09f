/**
 * The de messages, a separate entry point (`integrations-kit/locales/de`) so the main bundle stays
 * English-only. Usage: `<IntegrationsPage locale="de" messages={de} />`.
 */
import { catalogDe } from '../catalog/de'
import { consentDe } from '../consent/de'
import { detailsDe } from '../details/de'
import type { Messages } from '../en'
import { errorsDe } from '../errors/de'
import { formsDe } from '../forms/de'
import { logsDe } from '../logs/de'
import { manageDe } from '../manage/de'
import { mappingDe } from '../mapping/de'
import { oauthDe } from '../oauth/de'
import { sessionDe } from '../session/de'
import { singleConnectionDe } from '../single-connection/de'

export const de: Partial<Messages> = {
  ...catalogDe,
  ...formsDe,
  ...oauthDe,
  ...manageDe,
  ...detailsDe,
  ...errorsDe,
  ...consentDe,
  ...mappingDe,
  ...logsDe,
  ...sessionDe,
  ...singleConnectionDe,
}
