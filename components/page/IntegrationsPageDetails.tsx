'use client'
/**
 * The selected connector's details, bound to the page: open while the view is 'details', closing
 * clears the selection and hands focus back to the card that opened it; the outcome of a same-tab
 * authorization is shown on the connector it returned to. The panel's code is its own chunk (it is
 * half of the page's code and not needed to paint the catalog), fetched once the catalog has painted
 * and the browser is idle, or when a card is about to be opened (./details-preload.ts).
 */
import { lazy, Suspense, type ReactNode } from 'react'
import { refOf } from '../../src/connection-ref'
import type { ConnectionDetailsProps } from '../details/ConnectionDetails'
import { useDetailsChunk } from './details-preload'
import { detailsUnavailable } from './details-unavailable'
import { usePageContext } from './integrations-page-context'

const ConnectionDetails = lazy(() =>
  import('../details/ConnectionDetails').then(
    (module) => ({ default: module.ConnectionDetails }),
    detailsUnavailable<ConnectionDetailsProps>(true),
  ),
)

export interface IntegrationsPageDetailsProps extends Omit<
  ConnectionDetailsProps,
  'connectionRef' | 'connection' | 'open' | 'onOpenChange' | 'returnFocusTo'
> {
  /** Replace the panel: receives the props the page would give ConnectionDetails. */
  render?: (props: ConnectionDetailsProps) => ReactNode
}

export function IntegrationsPageDetails({ render, ...props }: IntegrationsPageDetailsProps) {
  const { list, filtered, selected, selectedConnection, view, navigate, returnFocusTo, notice } =
    usePageContext('IntegrationsPageDetails')
  // A host's own panel (`render`) does not need ours.
  const rendered = useDetailsChunk(
    !render && !list.isPending,
    view === 'details',
    filtered.connected,
  )
  const details: ConnectionDetailsProps = {
    connectionRef: view === 'details' ? selected : null,
    connection: selectedConnection,
    onOpenChange: (open) => {
      if (!open) {
        navigate(null)
      }
    },
    notice,
    returnFocusTo,
    ...props,
    // A connection made by the create form: the panel switches to it (the host hears of it).
    onConnectionCreated: (connection) => {
      props.onConnectionCreated?.(connection)
      navigate(refOf(connection))
    },
  }
  return render ? (
    render(details)
  ) : rendered ? (
    <Suspense fallback={null}>
      <ConnectionDetails {...details} />
    </Suspense>
  ) : null
}
