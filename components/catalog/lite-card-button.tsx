/**
 * A catalog card far from the screen (see src/catalog/grid-window.ts), as one element: its button,
 * directly in the grid's list item, whose text is the full card's accessible name ("Okta SAML ·
 * Enterprise 2 connections"), so search counts, arrow keys, screen readers and find-in-page see the
 * whole catalog at two elements a card (list item and button) instead of eleven.
 *
 * A plain function, not a component: no hooks and no context reads per card. The grid reads the
 * translator and the consent setting once and passes them in `shared` with its handlers. The tag
 * line is the button's `aria-description` (an attribute, not an element): assistive tech still
 * hears it, find-in-page does not find it until the card is near the screen and in full.
 */
import type { FocusEvent, MouseEvent } from 'react'
import { connectionStatus } from '../../src/catalog/status'
import type { TranslateFn } from '../../src/i18n/en'
import { unifiedApiLabel } from '../../src/i18n/labels'
import type { Connection } from '../../src/types'

/** What every lite card of one grid render shares (one object, so a card can be reused as is). */
export interface LiteCardShared {
  t: TranslateFn
  /** Whether data-scope consent is asked on this page (ConsentShownContext). */
  consent: boolean
  opens: 'dialog' | 'inline'
  className: string | undefined
  onClick: (event: MouseEvent<HTMLButtonElement>) => void
  onFocus: (event: FocusEvent<HTMLButtonElement>) => void
  /**
   * Texts every card repeats (a category's label, a status's), by message key: worked out once per
   * grid render instead of once per card. Make a new map whenever `t` or `consent` changes.
   */
  labels: Map<string, string>
}

export interface LiteCardProps {
  connection: Connection
  /** The card's key (connectorKey). */
  cardKey: string
  tabIndex: 0 | -1
  current: boolean
  connectionCount: number | undefined
  connectorName: string | undefined
}

/** The full card's accessible name as one string (ConnectorCard: title, category, status). */
export function liteCardName(
  { connection, connectionCount, connectorName }: LiteCardProps,
  { t, consent, labels }: Pick<LiteCardShared, 't' | 'consent' | 'labels'>,
): string {
  const categoryKey = `api.${connection.unified_api}`
  let category = labels.get(categoryKey)
  if (category === undefined) {
    category = unifiedApiLabel(t, connection.unified_api)
    labels.set(categoryKey, category)
  }
  let statusText: string
  if (connectionCount !== undefined) {
    statusText = t('catalog.card.connections', { count: connectionCount })
  } else {
    const { labelKey } = connectionStatus(connection, { consent })
    const known = labels.get(labelKey)
    statusText = known ?? t(labelKey)
    if (known === undefined) {
      labels.set(labelKey, statusText)
    }
  }
  return `${connection.name} ${connectorName ? `${connectorName} · ` : ''}${category} ${statusText}`
}

export function liteCardButton(props: LiteCardProps, shared: LiteCardShared) {
  const { connection, cardKey, tabIndex, current } = props
  return (
    <button
      type="button"
      aria-haspopup={shared.opens === 'dialog' ? 'dialog' : undefined}
      aria-current={shared.opens === 'inline' && current ? 'true' : undefined}
      aria-description={connection.tag_line?.trim() || undefined}
      data-ik-slot="card-button"
      data-ik-key={cardKey}
      data-ik-lite=""
      tabIndex={tabIndex}
      className={shared.className}
      onClick={shared.onClick}
      onFocus={shared.onFocus}
    >
      {liteCardName(props, shared)}
    </button>
  )
}
