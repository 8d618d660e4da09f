'use client'
/**
 * The sections at the top of a connector's details, each one part that reads the connection from
 * the enclosing ConnectionDetails or ConnectionDetailsInline (useConnectionDetails) and renders
 * nothing outside one: the header (logo, name, category, close), the intro (tag line, website) and
 * the status card (badge, reason, next step). With ConnectionPrimaryAction and
 * ConnectionPanelSections they make the default body; a host composes its own from the same parts.
 */
import { useContext, useEffect, useId, useRef, type ComponentProps } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useConnectionCount } from '../../hooks/query/useConnectionCount'
import { useConnectorName } from '../../hooks/query/useConnectorName'
import { connectionStatus } from '../../src/catalog/status'
import type { Connection } from '../../src/types'
import { mappingStatusEn } from '../../src/i18n/mapping/status-en'
import { missingRequiredMappings } from '../../src/mapping/missing-mappings'
import { unifiedApiLabel } from '../../src/i18n/labels'
import { safeUrl } from '../../src/safe-url'
import { ConnectionStatusBadge } from '../catalog/ConnectionStatusBadge'
import { ConnectorLogo } from '../catalog/ConnectorLogo'
import { usePanelT } from '../usePanelT'
import { ConsentShownContext } from '../catalog/useConnectionStatus'
import { Icon } from '../icons'
import { visuallyHidden } from '../visually-hidden'
import { useLazyT } from '../useLazyT'
import { useConnectionDetails } from './connection-details-context'
import { DetailsClose, DetailsDescription, DetailsTitle } from './details-frame'

/**
 * The connector an instance belongs to ("Okta SAML" for "Wayne SSO") when connectors have many
 * connections; undefined for a catalog entry and for Vault, whose records are their connectors.
 */
function useInstanceConnectorName(connection: Connection | undefined): string | undefined {
  const multiple = useIntegrationsAdapter().capabilities.multiplePerConnector
  const name = useConnectorName(
    connection ?? { unified_api: '', service_id: '', name: '', connection_id: undefined },
  )
  return multiple && connection?.connection_id !== undefined ? name : undefined
}

/* -------------------------------------------------------------------------------------------------
 * ConnectionDetailsHeader
 * -----------------------------------------------------------------------------------------------*/

export interface ConnectionDetailsHeaderProps extends Omit<ComponentProps<'header'>, 'children'> {
  /** Class of the title (the dialog's title in the side panel, a heading inline). */
  titleClassName?: string
}

export function ConnectionDetailsHeader({
  titleClassName,
  ...props
}: ConnectionDetailsHeaderProps) {
  const t = usePanelT()
  const details = useConnectionDetails()
  const titleRef = useRef<HTMLHeadingElement>(null)
  const arrived = details?.arrivedFromCreate === true
  const connectorName = useInstanceConnectorName(details?.connection)
  // A connection just created from this panel: the form that made it is gone, so focus moves to
  // the title of what it made.
  useEffect(() => {
    if (arrived) {
      titleRef.current?.focus()
    }
  }, [arrived])
  if (!details) {
    return null
  }
  const { connection } = details
  return (
    <header data-ik-slot="details-header" {...props}>
      <ConnectorLogo connection={connection} />
      <div data-ik-slot="details-heading">
        <DetailsTitle
          ref={titleRef}
          tabIndex={arrived ? -1 : undefined}
          data-ik-slot="details-title"
          dir="auto"
          className={titleClassName}
        >
          {connection.name}
        </DetailsTitle>
        <p data-ik-slot="details-category">
          {connectorName ? (
            <>
              <span dir="auto">{connectorName}</span>
              {' · '}
            </>
          ) : null}
          {unifiedApiLabel(t, connection.unified_api)}
        </p>
      </div>
      <DetailsClose data-ik-slot="details-close" aria-label={t('details.close')}>
        <Icon name="close" />
      </DetailsClose>
    </header>
  )
}

/* -------------------------------------------------------------------------------------------------
 * ConnectionDetailsIntro
 * -----------------------------------------------------------------------------------------------*/

export type ConnectionDetailsIntroProps = Omit<ComponentProps<'div'>, 'children'>

/** The tag line (the panel's description) and the connector's website, when it is a safe URL. */
export function ConnectionDetailsIntro(props: ConnectionDetailsIntroProps) {
  const t = usePanelT()
  const details = useConnectionDetails()
  const multiple = useIntegrationsAdapter().capabilities.multiplePerConnector
  const connectorName = useInstanceConnectorName(details?.connection)
  if (!details) {
    return null
  }
  const { connection } = details
  const name = connection.name
  const category = unifiedApiLabel(t, connection.unified_api)
  const website = safeUrl(connection.website)
  // Many connections per connector (Kinde, Authress) are sign-in connections, not data syncs.
  const fallback = !multiple
    ? t('details.description', { name, category })
    : connectorName !== undefined
      ? t('details.description.instance', { connector: connectorName })
      : t('details.description.toAdd', { name })
  return (
    <div data-ik-slot="details-intro" {...props}>
      <DetailsDescription data-ik-slot="details-description" dir="auto">
        {connection.tag_line?.trim() || fallback}
      </DetailsDescription>
      {website ? (
        <a data-ik-slot="details-website" href={website} target="_blank" rel="noopener noreferrer">
          {t('details.website')}
          <Icon name="external" />
          <span style={visuallyHidden}> {t('details.opensInNewTab')}</span>
        </a>
      ) : null}
    </div>
  )
}

/* -------------------------------------------------------------------------------------------------
 * ConnectionDetailsStatus
 * -----------------------------------------------------------------------------------------------*/

export type ConnectionDetailsStatusProps = Omit<ComponentProps<'section'>, 'children'>

/** The status card: the badge, why the connection is in this state, and what to do next. */
export function ConnectionDetailsStatus(props: ConnectionDetailsStatusProps) {
  const t = usePanelT()
  const id = useId()
  const details = useConnectionDetails()
  const multiple = useIntegrationsAdapter().capabilities.multiplePerConnector
  const count = useConnectionCount(details?.connection ?? { unified_api: '', service_id: '' })
  const consent = useContext(ConsentShownContext)
  if (!details) {
    return null
  }
  const { connection } = details
  const name = connection.name
  const { reasonKey, nextStepKey, status, tone } = connectionStatus(connection, { consent })
  return (
    <section
      data-ik-slot="details-status"
      data-state={status}
      data-ik-tone={tone}
      aria-labelledby={`${id}-status`}
      {...props}
    >
      <div data-ik-slot="details-status-header">
        <h3 id={`${id}-status`} data-ik-slot="details-section-title">
          {t('details.status')}
        </h3>
        {multiple && connection.connection_id === undefined ? (
          // A type to add: its count is its status, as on its catalog card ("Not connected" would
          // contradict "2 connections").
          <span data-ik-slot="card-count">{t('catalog.card.connections', { count })}</span>
        ) : (
          <ConnectionStatusBadge connection={connection} size="large" />
        )}
      </div>
      <p data-ik-slot="details-reason">{t(reasonKey, { name })}</p>
      <p data-ik-slot="details-next-step">
        <strong>{t('details.nextStep')}:</strong>{' '}
        {details.layout.primary === 'create'
          ? // The call to action is the create form: name its button, not "Connect".
            t('status.not_connected.nextCreate', { action: t('forms.create') })
          : t(nextStepKey, { name })}
      </p>
      {connection.state === 'callable' && missingRequiredMappings(connection).length > 0 ? (
        <MissingMappingsNotice mappingShown={details.layout.mapping} />
      ) : null}
    </section>
  )
}

/**
 * "Missing required field mappings": the connection works, but fields the application needs have
 * no source yet. Only here, not on the catalog card (whose badge stays "Connected"): the card is
 * first paint, and the fix is in this panel's Field mapping section, which the button focuses.
 */
function MissingMappingsNotice({ mappingShown }: { mappingShown: boolean }) {
  const t = useLazyT(mappingStatusEn)
  return (
    <div data-ik-slot="details-notice" data-ik-tone="warning" data-notice="mapping">
      <Icon name="warning" />
      <p>{t('mapping.missing')}</p>
      {mappingShown ? (
        <button
          type="button"
          data-ik-slot="button"
          onClick={(event) => {
            event.currentTarget
              .closest('[data-ik-slot="details"]')
              ?.querySelector<HTMLElement>(
                '[data-section="mapping"] [data-ik-slot="details-section-heading"]',
              )
              ?.focus()
          }}
        >
          {t('mapping.missingAction')}
        </button>
      ) : null}
    </div>
  )
}
