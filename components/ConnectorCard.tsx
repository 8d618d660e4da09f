'use client'
/**
 * One connector in the catalog: a real <button> (opens the details) with logo, name, category,
 * status badge and tag line. DOM order is reading order (name, category, status, tag line); the
 * grid areas in catalog.css place the badge beside the logo. The logo is decorative (its initials
 * are CSS-generated, so they are not part of the visible text a name must contain). Memoised: at 1,000 connectors a search keystroke re-renders only the
 * cards whose props changed.
 */
import { memo, type ComponentProps, type MouseEvent } from 'react'
import { connectionStatus } from '../src/status'
import type { Connection } from '../src/types'
import { ConnectionStatusBadge } from './ConnectionStatusBadge'
import { ConnectorLogo } from './ConnectorLogo'
import { useT } from './i18n'
import { unifiedApiLabel } from './labels'

export interface ConnectorCardClassNames {
  card?: string
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
}

/** The stable key of a connector: `unified_api/service_id` (also the deep-link value). */
export function connectorKey(connection: Pick<Connection, 'unified_api' | 'service_id'>): string {
  return `${connection.unified_api}/${connection.service_id}`
}

function ConnectorCardImpl({
  connection,
  onOpen,
  onClick,
  classNames,
  ...props
}: ConnectorCardProps) {
  const t = useT()
  const { status, tone } = connectionStatus(connection)
  const tagLine = connection.tag_line?.trim()
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (!event.defaultPrevented) {
      onOpen?.(connection)
    }
  }
  // The name comes from the content, in reading order: name, category, status, tag line. So the
  // accessible name is exactly the visible text (WCAG 2.5.3 Label in Name; an aria-labelledby
  // without the tag line fails axe's label-content-name-mismatch). The literal spaces separate the
  // parts in the computed name and in unstyled mode; the card's grid ignores them.
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      data-ik-slot="card"
      data-ik-key={connectorKey(connection)}
      data-state={connection.state}
      data-ik-status={status}
      data-ik-tone={tone}
      data-disabled={connection.enabled === false || undefined}
      onClick={handleClick}
      {...props}
    >
      <ConnectorLogo connection={connection} className={classNames?.cardLogo} />
      <span data-ik-slot="card-title" dir="auto" className={classNames?.cardTitle}>
        {connection.name}
      </span>{' '}
      <span data-ik-slot="card-category" className={classNames?.cardCategory}>
        {unifiedApiLabel(t, connection.unified_api)}
      </span>{' '}
      <ConnectionStatusBadge connection={connection} className={classNames?.badge} />
      {tagLine ? (
        <>
          {' '}
          <span data-ik-slot="card-description" dir="auto" className={classNames?.cardDescription}>
            {tagLine}
          </span>
        </>
      ) : null}
    </button>
  )
}

export const ConnectorCard = memo(ConnectorCardImpl)
