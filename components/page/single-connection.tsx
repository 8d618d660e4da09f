'use client'
/**
 * IntegrationsPage's single-connection mode (react-vault's, issue 10 §6): with `initialView` and a
 * selected connector the page shows that connector's details, inline and opened on the view, and
 * nothing of the catalog: the host embeds one integration, where the catalog would be noise.
 * `backToCatalog` adds "All integrations", which leaves the mode for the full page and puts focus
 * on the connector's card there.
 *
 * A chunk of its own (with its message), loaded only by a page in this mode: the catalog's first
 * paint does not carry it. It gets the page's selection as the props IntegrationsPageDetails
 * gives a details panel, so it needs nothing else of the page.
 */
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { singleConnectionEn } from '../../src/i18n/single-connection/en'
import type { ConnectionDetailsProps } from '../details/ConnectionDetails'
import { ConnectionDetailsInline } from '../details/ConnectionDetailsInline'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'

export interface IntegrationsPageSingleConnectionProps extends ConnectionDetailsProps {
  /** Offer "All integrations", back to the full catalog. */
  backToCatalog?: boolean
  /** Leave the mode: the page renders its catalog from now on. */
  onLeave: () => void
}

export function IntegrationsPageSingleConnection({
  backToCatalog,
  onLeave,
  connectionRef,
  onOpenChange,
  returnFocusTo,
  // A side panel's own: the details are the page here.
  open: _open,
  container: _container,
  ...props
}: IntegrationsPageSingleConnectionProps) {
  const t = useLazyT(singleConnectionEn)
  // Nothing selected (no connector given, or the host cleared it): the page is the catalog.
  useEffect(() => {
    if (!connectionRef) {
      onLeave()
    }
  }, [connectionRef, onLeave])
  return (
    <>
      {backToCatalog ? (
        <button
          type="button"
          data-ik-slot="button"
          data-variant="back"
          onClick={() => {
            // The catalog renders now, so its card can take focus right after.
            flushSync(() => {
              onOpenChange?.(false)
              onLeave()
            })
            returnFocusTo?.()?.focus()
          }}
        >
          <Icon name="chevron" />
          {t('page.allIntegrations')}
        </button>
      ) : null}
      <ConnectionDetailsInline connectionRef={connectionRef} closable={false} {...props} />
    </>
  )
}

export default IntegrationsPageSingleConnection
