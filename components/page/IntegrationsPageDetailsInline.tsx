'use client'
/**
 * The selected connector's details as a section of the page instead of a side panel (for a
 * master-detail layout): shown while the view is 'details', with `placeholder` otherwise. While it
 * is rendered the cards mark the shown connector `aria-current` rather than announcing a dialog.
 * Its code is its own chunk, fetched like the panel's (./details-preload.ts).
 */
import { refOf } from '../../src/connection-ref'
import { lazy, Suspense } from 'react'
import type { ConnectionDetailsInlineProps } from '../details/ConnectionDetailsInline'
import { useRegistered } from '../registration'
import { useDetailsChunk } from './details-preload'
import { detailsUnavailable } from './details-unavailable'
import { usePageContext } from './integrations-page-context'

const ConnectionDetailsInline = lazy(() =>
  import('../details/ConnectionDetailsInline').then(
    (module) => ({ default: module.ConnectionDetailsInline }),
    detailsUnavailable<ConnectionDetailsInlineProps>(false),
  ),
)

export type IntegrationsPageDetailsInlineProps = Omit<
  ConnectionDetailsInlineProps,
  'connectionRef' | 'connection' | 'onOpenChange' | 'returnFocusTo'
>

export function IntegrationsPageDetailsInline({
  placeholder = null,
  ...props
}: IntegrationsPageDetailsInlineProps) {
  const {
    list,
    filtered,
    selected,
    selectedConnection,
    view,
    navigate,
    returnFocusTo,
    notice,
    inlineDetails,
  } = usePageContext('IntegrationsPageDetailsInline')
  useRegistered(inlineDetails)
  const rendered = useDetailsChunk(!list.isPending, view === 'details', filtered.connected)
  if (!rendered) {
    return placeholder
  }
  return (
    <Suspense fallback={placeholder}>
      <ConnectionDetailsInline
        connectionRef={view === 'details' ? selected : null}
        connection={selectedConnection}
        onOpenChange={(open) => {
          if (!open) {
            navigate(null)
          }
        }}
        returnFocusTo={returnFocusTo}
        notice={notice}
        placeholder={placeholder}
        {...props}
        // A connection made by the create form: the section switches to it (the host hears of it).
        onConnectionCreated={(connection) => {
          props.onConnectionCreated?.(connection)
          navigate(refOf(connection))
        }}
      />
    </Suspense>
  )
}
