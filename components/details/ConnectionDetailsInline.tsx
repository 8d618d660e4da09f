'use client'
/**
 * A connector's details as a section of the host's page instead of a side panel: the same body as
 * ConnectionDetails (header, intro, status, call to action, sections; useConnectionDetails() for
 * the host's parts), labelled by the connector's name, with a Close button that hands focus back
 * (`returnFocusTo`). Not modal: the rest of the page stays usable next to it. A deleted connection
 * stays shown (now available) with "deleted" said in the section, since the host's page decides
 * what to show next.
 */
import { useId, type ComponentProps, type ReactNode } from 'react'
import { IntegrationsCallbacksProvider } from '../../hooks/IntegrationsProvider'
import { connectionStatus } from '../../src/catalog/status'
import type { Connection, ConnectionRef } from '../../src/types'
import type { ConnectionDetailsClassNames } from './ConnectionDetails'
import { DetailsFrameContext, type DetailsFrame } from './details-frame'
import {
  DetailsView,
  splitBodyOptions,
  useDetailsState,
  type ConnectionDetailsBodyOptions,
} from './details-view'

export interface ConnectionDetailsInlineProps
  extends ConnectionDetailsBodyOptions, Omit<ComponentProps<'section'>, 'children' | 'title'> {
  /** Which connector to show; null shows `placeholder` (or nothing). */
  connectionRef: ConnectionRef | null
  /** Data to show before (or instead of) the detail request, e.g. the catalog's list entry. */
  connection?: Connection
  /** Called with false by the Close button. */
  onOpenChange?: (open: boolean) => void
  /** Where focus goes after Close (e.g. the card that showed this connector). */
  returnFocusTo?: () => HTMLElement | null
  /** Shown while no connector is selected (e.g. "Pick an integration"). */
  placeholder?: ReactNode
  /**
   * Render the Close button. Default true; false where these details are all the page shows
   * (IntegrationsPage's single-connection mode), so there is nothing to close them to.
   */
  closable?: boolean
  classNames?: Omit<ConnectionDetailsClassNames, 'overlay'>
}

export function ConnectionDetailsInline(props: ConnectionDetailsInlineProps) {
  const [
    options,
    {
      connectionRef,
      connection,
      onOpenChange,
      returnFocusTo,
      placeholder,
      closable = true,
      className,
      ...elementProps
    },
  ] = splitBodyOptions(props)
  const titleId = useId()
  // No onOpenChange for the outcomes: inline details never close themselves.
  const state = useDetailsState({
    connectionRef,
    connection,
    open: undefined,
    onOpenChange: undefined,
  })
  if (connectionRef === null) {
    return placeholder ? <>{placeholder}</> : null
  }
  const close = () => {
    onOpenChange?.(false)
    returnFocusTo?.()?.focus()
  }
  const frame: DetailsFrame = { kind: 'inline', titleId, close: closable ? close : undefined }
  const shown = state.connection
  return (
    <IntegrationsCallbacksProvider {...state.outcomes.callbacks}>
      <section
        data-ik-slot="details-inline"
        data-ik-state={shown?.state}
        data-ik-status={shown ? connectionStatus(shown).status : 'loading'}
        aria-labelledby={titleId}
        aria-busy={!shown || undefined}
        className={[options.classNames?.details, className].filter(Boolean).join(' ') || undefined}
        {...elementProps}
      >
        <DetailsFrameContext.Provider value={frame}>
          <DetailsView state={state} close={close} options={options} />
        </DetailsFrameContext.Provider>
      </section>
    </IntegrationsCallbacksProvider>
  )
}
