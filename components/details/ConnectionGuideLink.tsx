'use client'
/**
 * The link to a connector's connection guide in Apideck's developer docs (react-vault's "View our
 * Connection Guide"), shown in the settings section when the connector `has_guide` and the host does
 * not hide guides. It opens in a new tab, and says so to assistive technology.
 */
import { isSafePathSegment } from '../../src/path-segment'
import { sessionEn } from '../../src/i18n/session/en'
import type { Connection } from '../../src/types'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'
import { usePanelT } from '../usePanelT'
import { visuallyHidden } from '../visually-hidden'

/** Where Apideck publishes each connector's guide (the spec's `has_guide`; docs.apideck.com moved here). */
export function connectionGuideUrl(serviceId: string): string | null {
  return isSafePathSegment(serviceId)
    ? `https://developers.apideck.com/connectors/${encodeURIComponent(serviceId)}/docs/consumer+connection`
    : null
}

export function ConnectionGuideLink({ connection }: { connection: Connection }) {
  const t = usePanelT()
  const lazyT = useLazyT(sessionEn)
  const href = connectionGuideUrl(connection.service_id)
  return href ? (
    <a data-ik-slot="details-guide" href={href} target="_blank" rel="noopener noreferrer">
      {lazyT('session.guide', { name: connection.name })}
      <Icon name="external" />
      <span style={visuallyHidden}> {t('details.opensInNewTab')}</span>
    </a>
  ) : null
}
