'use client'
/**
 * The Request logs section of the details panel: the consumer's recent requests to this connector
 * (`GET /vault/logs` filtered by the connector), newest first, a page at a time.
 *
 * It opens behind a "Show logs" disclosure: opening a panel to connect or edit settings should not
 * cost a logs request it does not need, and the rows are for the few who are debugging. The logs
 * load when the user expands the section, when `defaultExpanded` is set, or when its heading is
 * focused from outside (how `initialView: 'logs'` brings a user here): arriving at the section
 * shows it loaded. Once expanded the table stays mounted while collapsed, so closing and reopening
 * it re-sends nothing.
 *
 * A lazily loaded chunk of its own (with its messages): the panel body imports it with `lazy`.
 */
import { useId, useState } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { detailsLayout } from '../../src/details/layout'
import { logsEn } from '../../src/i18n/logs/en'
import type { Connection } from '../../src/types'
import { useConnectionDetails } from '../details/connection-details-context'
import { useLazyT } from '../useLazyT'
import { LogsTable } from './LogsTable'

/** The props of {@link ConnectionLogs}. */
export interface ConnectionLogsProps {
  /** Default: the enclosing details' connection. */
  connection?: Connection
  /** Show (and load) the logs from the start instead of behind "Show logs". Default false. */
  defaultExpanded?: boolean
  /** Logs per page, 1–200. Default 10. */
  pageSize?: number
  /** On the section. */
  className?: string
}

/**
 * The request logs of one connection, as a section of the details panel. Renders nothing when the
 * adapter has no logs (capability `logs`), when the host hid them (`hideLogs`), or for a connector
 * that was never added.
 */
export function ConnectionLogs({
  connection,
  defaultExpanded = false,
  pageSize = 10,
  className,
}: ConnectionLogsProps) {
  const details = useConnectionDetails()
  const adapter = useIntegrationsAdapter()
  const shown = connection ?? details?.connection
  if (!shown) {
    return null
  }
  // Not the enclosing details' layout: its `hideLogs` hides the panel's own section, and a host
  // that places this part (in its own panel, say) wants it shown wherever the backend has logs.
  return detailsLayout(shown, adapter).logs ? (
    <LogsSection
      connection={shown}
      defaultExpanded={defaultExpanded}
      pageSize={pageSize}
      className={className}
    />
  ) : null
}

function LogsSection({
  connection,
  defaultExpanded,
  pageSize,
  className,
}: Required<Omit<ConnectionLogsProps, 'className'>> & { className?: string }) {
  const t = useLazyT(logsEn)
  const id = useId()
  const [expanded, setExpanded] = useState(defaultExpanded)
  // Mounted on first expand and kept while collapsed: its pages stay as loaded.
  const [opened, setOpened] = useState(defaultExpanded)
  const expand = () => {
    setExpanded(true)
    setOpened(true)
  }
  const headingId = `${id}-heading`
  const panelId = `${id}-panel`
  const name = connection.name

  return (
    <section
      data-ik-slot="details-section"
      data-section="logs"
      aria-labelledby={headingId}
      className={className}
    >
      <div data-ik-slot="details-section-header">
        <h3
          id={headingId}
          data-ik-slot="details-section-heading"
          tabIndex={-1}
          onFocus={(event) => {
            // Focused from outside (initialView: 'logs', a host's link): arrive at loaded logs.
            if (event.target === event.currentTarget && !expanded) {
              expand()
            }
          }}
        >
          {t('logs.heading')}
        </h3>
        <p data-ik-slot="details-section-lead">{t('logs.lead', { name })}</p>
      </div>
      <button
        type="button"
        data-ik-slot="button"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => (expanded ? setExpanded(false) : expand())}
      >
        {expanded ? t('logs.hide') : t('logs.show')}
      </button>
      <div id={panelId} data-ik-slot="logs-panel" hidden={!expanded}>
        {opened ? <LogsTable connection={connection} pageSize={pageSize} /> : null}
      </div>
    </section>
  )
}

export default ConnectionLogs
