'use client'
/**
 * The header's session bar: the host's logo (the session's `theme.logo`, or the `logo` prop) at the
 * start and the signed-in consumer's card (`consumer_metadata`: avatar, user name, account name,
 * email) at the end. A lazily loaded chunk: the header imports it only when there is a logo or a
 * consumer to show, so a page without them pays nothing for it.
 *
 * Every URL passes safeUrl again here (a `logo` prop is the host's, but this is the one place that
 * renders it), and everything else is text. The images are decorative (alt ""): the title and the
 * names next to them say what they show.
 */
import { sessionEn } from '../../src/i18n/session/en'
import { safeUrl } from '../../src/safe-url'
import type { SessionDefaults } from '../../src/vault/session-defaults'
import { useLazyT } from '../useLazyT'

export interface SessionHeaderProps {
  /** The header's `logo` prop: a URL, null for none, undefined for the session's. */
  logo?: string | null
  /** The header's `hideConsumerCard` prop; undefined for the session's. */
  hideConsumerCard?: boolean
  session: SessionDefaults | undefined
}

export function SessionHeader({ logo, hideConsumerCard, session }: SessionHeaderProps) {
  const t = useLazyT(sessionEn)
  // Each prop overrides its claim (theme.logo, settings.hide_consumer_card).
  const logoUrl = safeUrl(logo === undefined ? session?.logo : logo)
  const consumer = (hideConsumerCard ?? session?.hideConsumerCard) ? undefined : session?.consumer
  const image = safeUrl(consumer?.image)
  const name = consumer?.userName ?? consumer?.accountName ?? consumer?.email
  if (!logoUrl && !name) {
    return null
  }
  return (
    <div data-ik-slot="session-bar">
      {logoUrl ? <img data-ik-slot="session-logo" src={logoUrl} alt="" /> : null}
      {consumer && name ? (
        <div data-ik-slot="consumer-card" role="group" aria-label={t('session.consumer')}>
          {image ? (
            <img data-ik-slot="consumer-image" src={image} alt="" />
          ) : (
            // Initials, as the connector logos do when they have no image.
            <span data-ik-slot="consumer-image" aria-hidden="true">
              {name.trim().charAt(0).toUpperCase()}
            </span>
          )}
          <span data-ik-slot="consumer-text">
            <span data-ik-slot="consumer-name" dir="auto">
              {name}
            </span>
            {[consumer.accountName, consumer.email]
              .filter((line) => line !== undefined && line !== name)
              .map((line) => (
                <span key={line} data-ik-slot="consumer-detail" dir="auto">
                  {line}
                </span>
              ))}
          </span>
        </div>
      ) : null}
    </div>
  )
}

// React.lazy's default export: the page loads it without a wrapper of its own.
export default SessionHeader
