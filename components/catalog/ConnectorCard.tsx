'use client'
/**
 * One connector in the catalog. The card (`data-ik-slot="card"`, a <div>) is the visual tile and
 * carries the state attributes; inside it a real <button> (`card-button`) holds the logo, name,
 * category and status badge, and the tag line (`card-description`) follows the button.
 *
 * Why the tag line sits outside the button: a button's name comes from its content, and WCAG 2.5.3
 * (Label in Name) requires the name to contain the visible label. With the tag line inside, every
 * card was announced with a sentence of marketing copy. Now the name is short ("Salesforce CRM
 * Connected"), still exactly the visible text of the button, and the tag line is its description
 * (aria-describedby). The whole tile stays clickable with the "stretched button" pattern: the
 * button's ::after covers the card (catalog.css), and draws the focus ring.
 *
 * `className` and `style` go to the card; every other prop (onClick, onFocus, tabIndex, ref,
 * aria-*) goes to the button, the interactive element. The logo is decorative (CSS-drawn initials).
 * Memoised: at 1,000 connectors a search keystroke re-renders only the cards whose props changed.
 *
 * In the catalog grid, a card far from the screen renders as liteCardButton instead (see
 * src/catalog/grid-window.ts): only its button, with the same name.
 */
import { memo, useId, type ComponentProps, type MouseEvent } from 'react'
import { refKey, refOf } from '../../src/connection-ref'
import type { Connection } from '../../src/types'
import { ConnectionStatusBadge } from './ConnectionStatusBadge'
import { ConnectorLogo } from './ConnectorLogo'
import { useConnectionStatus } from './useConnectionStatus'
import { useT } from '../i18n'
import { unifiedApiLabel } from '../../src/i18n/labels'

export interface ConnectorCardClassNames {
  card?: string
  cardButton?: string
  cardLogo?: string
  cardTitle?: string
  cardCategory?: string
  cardDescription?: string
  badge?: string
}

export interface ConnectorCardProps extends Omit<ComponentProps<'button'>, 'children'> {
  connection: Connection
  /** Called on activation unless the host's own onClick called preventDefault(). */
  onOpen?: (connection: Connection) => void
  classNames?: Omit<ConnectorCardClassNames, 'card'>
  /**
   * How many connections this catalog entry has (connectors with many connections, Kinde and
   * Authress): shown on the card, "2 connections". Omit for none shown (Vault).
   */
  connectionCount?: number
  /**
   * The name of the connector an instance belongs to (many connections per connector): shown
   * before its category, "Okta SAML · Enterprise", so "Wayne SSO" says what it is.
   */
  connectorName?: string
}

/**
 * The stable key of a card: `unified_api/service_id`, plus `/<connection id>` for an instance (also
 * the deep-link value; see refKey).
 */
export function connectorKey(
  connection: Pick<Connection, 'unified_api' | 'service_id' | 'connection_id'>,
): string {
  return refKey(refOf(connection))
}

function ConnectorCardImpl({
  connection,
  onOpen,
  onClick,
  classNames,
  className,
  style,
  connectionCount,
  connectorName,
  ...props
}: ConnectorCardProps) {
  const t = useT()
  const descriptionId = useId()
  const { status, tone, labelKey } = useConnectionStatus(connection)
  const key = connectorKey(connection)
  const tagLine = connection.tag_line?.trim()
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (!event.defaultPrevented) {
      onOpen?.(connection)
    }
  }
  // The literal spaces separate the parts in the computed name ("Salesforce CRM Connected") and in
  // unstyled mode; the button's grid ignores them. API text (name, tag line) gets dir="auto" so an
  // Arabic name reads right-to-left in an English page and vice versa, isolated from the text
  // around it. A long name is cut to one line: `title` shows it whole on hover, the panel always.
  const category = unifiedApiLabel(t, connection.unified_api)
  const statusText =
    connectionCount !== undefined
      ? t('catalog.card.connections', { count: connectionCount })
      : t(labelKey)
  return (
    <div
      data-ik-slot="card"
      data-ik-key={key}
      data-state={connection.state}
      data-ik-status={status}
      data-ik-tone={tone}
      data-disabled={connection.enabled === false || undefined}
      className={className}
      style={style}
    >
      <button
        type="button"
        aria-haspopup="dialog"
        aria-describedby={tagLine ? descriptionId : undefined}
        data-ik-slot="card-button"
        data-ik-key={key}
        className={classNames?.cardButton}
        onClick={handleClick}
        {...props}
      >
        <ConnectorLogo connection={connection} className={classNames?.cardLogo} />
        <span
          data-ik-slot="card-title"
          dir="auto"
          title={connection.name}
          className={classNames?.cardTitle}
        >
          {connection.name}
        </span>{' '}
        <span data-ik-slot="card-category" className={classNames?.cardCategory}>
          {connectorName ? (
            <>
              <span dir="auto">{connectorName}</span>
              {' · '}
            </>
          ) : null}
          {category}
        </span>{' '}
        {connectionCount !== undefined ? (
          // A type to add: its count is its status. A "Not connected" badge would contradict it
          // ("Okta SAML · 3 connections · Not connected").
          <span data-ik-slot="card-count">{statusText}</span>
        ) : (
          <ConnectionStatusBadge connection={connection} className={classNames?.badge} />
        )}
      </button>
      {tagLine ? (
        <p
          id={descriptionId}
          data-ik-slot="card-description"
          dir="auto"
          className={classNames?.cardDescription}
        >
          {tagLine}
        </p>
      ) : null}
    </div>
  )
}

export const ConnectorCard = memo(ConnectorCardImpl)
