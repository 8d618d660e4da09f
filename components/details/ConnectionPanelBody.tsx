'use client'
/**
 * The composed body of the details panel: the primary call to action (Connect / Authorize, the plain
 * add, or the administrator notice) and the sections under it — consent, Connection settings,
 * Resource defaults, Field mapping, Manage, Request logs (consent, mapping and logs are lazily
 * loaded parts: ./panel-parts.ts) — each shown only when `detailsLayout`
 * says the connection, the adapter and the host's options offer it. ConnectionDetails renders these by default; hosts that compose their
 * own panel use them inside a ConnectionDetails or ConnectionDetailsInline, where `connection` and
 * `layout` come from its context (useConnectionDetails); given as props, they win.
 */
import { useQuery } from '@tanstack/react-query'
import { useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { connectionQueries } from '../../hooks/query/connection-queries'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useAddConnection } from '../../hooks/useAddConnection'
import { wasRetried } from '../../src/error-message'
import { missingRequiredDefaults } from '../../src/forms/form-fields'
import { refOf } from '../../src/connection-ref'
import type { Connection } from '../../src/types'
import { AuthorizeButton } from '../oauth/AuthorizeButton'
import { ConnectionActions } from '../manage/ConnectionActions'
import { ConnectionSettingsForm } from '../forms/ConnectionSettingsForm'
import { detailsLayout, type DetailsLayout } from '../../src/details/layout'
import { ErrorMessage } from '../ErrorMessage'
import type { FieldRegistryOverrides } from '../forms/fields/types'
import { usePanelT } from '../usePanelT'
import { Icon } from '../icons'
import { ResourceSettingsForm } from '../forms/ResourceSettingsForm'
import { ConnectionGuideLink } from './ConnectionGuideLink'
import { useConnectionDetails } from './connection-details-context'
import { OpeningContext } from './initial-view-landing'
import { SettingsPrompt, useSettingsPromptShown } from './settings-prompt'
import { visuallyHidden } from '../visually-hidden'
import { useLazyPart, type LazyPart } from '../lazy-part'
import { consentPart, logsPart, mappingPart } from './panel-parts'

export interface ConnectionPanelOptions {
  /** The OAuth callback URL for Connect, Re-authorize and Disconnect. */
  redirectUri?: string
  /** Where a same-tab authorization returns to. Default: the current page. */
  returnTo?: string
  /** Field component overrides for the settings and resource forms. */
  fields?: FieldRegistryOverrides
}

/** 'time-off-requests' → 'Time off requests' (Vault names resources by their URL slug). */
export function resourceLabel(resource: string): string {
  const words = resource.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The connection and layout a section shows: its props, else the enclosing details' context. */
function usePanelTarget(
  connection: Connection | undefined,
  layout: DetailsLayout | undefined,
): { connection: Connection; layout: DetailsLayout } | null {
  const details = useConnectionDetails()
  const adapter = useIntegrationsAdapter()
  const shown = connection ?? details?.connection
  if (!shown) {
    return null
  }
  return {
    connection: shown,
    layout:
      layout ??
      (details && details.connection === shown
        ? details.layout
        : detailsLayout(shown, adapter, { allowActions: details?.allowActions })),
  }
}

/* -------------------------------------------------------------------------------------------------
 * Primary call to action
 * -----------------------------------------------------------------------------------------------*/

export interface ConnectionPrimaryActionProps extends ConnectionPanelOptions {
  /** Default: the enclosing details' connection. */
  connection?: Connection
  /** Default: the enclosing details' layout (else worked out from the connection). */
  layout?: DetailsLayout
  /** The host's extra buttons, after ours. */
  actions?: ReactNode
  className?: string
}

export function ConnectionPrimaryAction({
  connection,
  layout,
  ...props
}: ConnectionPrimaryActionProps) {
  const target = usePanelTarget(connection, layout)
  return target ? <PrimaryAction {...props} {...target} /> : null
}

function PrimaryAction({
  connection,
  layout,
  actions,
  redirectUri,
  returnTo,
  fields,
  className,
}: ConnectionPrimaryActionProps & { connection: Connection; layout: DetailsLayout }) {
  const t = usePanelT()
  const id = useId()
  const add = useAddConnection()
  const details = useConnectionDetails()
  const name = connection.name
  const { primary } = layout
  const bannerRef = useRef<HTMLParagraphElement>(null)
  const { autoStart } = useContext(OpeningContext)

  // When the call to action has done its job it goes away (the connector is added or connected):
  // say so where it was, so the outcome stays visible and focus has somewhere to land. Only when it
  // was this call to action: a connection connected otherwise (a same-tab sign-in, whose outcome
  // the page shows above the status) is not said a second time.
  const [shownPrimary, setShownPrimary] = useState(primary)
  // An auto-started window is this call to action at work too: its outcome is said here.
  const [actionUsed, setActionUsed] = useState(autoStart)
  const [completed, setCompleted] = useState<'added' | 'connected' | null>(null)
  if (shownPrimary !== primary) {
    setShownPrimary(primary)
    if (actionUsed && (shownPrimary === 'authorize' || shownPrimary === 'add')) {
      const connected = connection.state === 'authorized' || connection.state === 'callable'
      setCompleted(connected ? 'connected' : connection.state === 'added' ? 'added' : null)
    }
  }
  useEffect(() => {
    if (!completed) {
      return
    }
    const panel = bannerRef.current?.closest<HTMLElement>('[data-ik-slot="details"]')
    const active = document.activeElement
    // The clicked button is gone: focus fell back to the panel (or the page).
    if (panel && active && active !== document.body && active !== panel) {
      return
    }
    const firstField = panel?.querySelector<HTMLElement>(
      '[data-section="settings"] :is(input:not([type="hidden"]), select, textarea)',
    )
    ;(completed === 'added' && firstField ? firstField : bannerRef.current)?.focus()
  }, [completed])

  let cta: ReactNode = null
  if (primary === 'authorize') {
    cta = (
      <AuthorizeButton
        connection={connection}
        onClick={() => setActionUsed(true)}
        autoStart={autoStart}
        redirectUri={redirectUri}
        returnTo={returnTo}
        renderNeedsSettings={(ids, next) => (
          <SettingsPrompt connection={connection} fieldIds={ids} next={next} fields={fields} />
        )}
      />
    )
  } else if (primary === 'add') {
    cta = (
      <button
        type="button"
        data-ik-slot="button"
        data-variant="primary"
        data-pending={add.isPending || undefined}
        aria-disabled={add.isPending || undefined}
        onClick={() => {
          setActionUsed(true)
          if (!add.isPending) {
            add.mutate({ ref: refOf(connection) })
          }
        }}
      >
        <Icon name="plus" />
        {add.isPending ? t('details.connecting') : t('details.connect')}
      </button>
    )
  } else if (primary === 'admin') {
    cta = (
      <>
        <div id={`${id}-admin`} data-ik-slot="details-notice" data-ik-tone="warning">
          <Icon name="warning" />
          <div>
            <p data-ik-slot="details-notice-title">{t('details.adminNotice.title')}</p>
            <p>{t('details.adminNotice.body', { name })}</p>
          </div>
        </div>
        <button
          type="button"
          data-ik-slot="button"
          data-variant="primary"
          disabled
          aria-describedby={`${id}-admin`}
        >
          {t('details.connect')}
        </button>
      </>
    )
  }

  if (primary === 'create') {
    // A catalog entry of a connector with many connections: its form makes a new one, and the
    // enclosing details switch to it (their `onConnectionCreated`).
    return (
      <>
        <PanelSection
          section="create"
          emphasis
          heading={t('details.section.create')}
          lead={t('details.section.createLead', { name })}
          className={className}
        >
          <ConnectionSettingsForm
            connection={connection}
            mode="create"
            fields={fields}
            onCreated={(created) => details?.created(created)}
          />
        </PanelSection>
        {actions ? <div data-ik-slot="details-actions">{actions}</div> : null}
      </>
    )
  }

  return (
    <>
      <div role="status" data-ik-slot="details-announcer" style={visuallyHidden}>
        {completed === 'connected'
          ? t('oauth.success', { name })
          : add.isSuccess
            ? t('details.connected', { name })
            : ''}
      </div>
      {completed ? (
        <p ref={bannerRef} tabIndex={-1} data-ik-slot="details-success" data-ik-tone="success">
          <Icon name="success" />
          {completed === 'connected'
            ? t('oauth.success', { name })
            : t('details.connected', { name })}
        </p>
      ) : null}
      {add.error ? (
        // No retry button of its own: the Connect button above tries again.
        <ErrorMessage
          data-ik-slot="details-error"
          error={add.error}
          place="add"
          name={name}
          retried={wasRetried(add.failureCount)}
        />
      ) : null}
      {cta || actions ? (
        <div data-ik-slot="details-actions" data-primary={primary} className={className}>
          {cta}
          {actions}
        </div>
      ) : null}
    </>
  )
}

/* -------------------------------------------------------------------------------------------------
 * Sections
 * -----------------------------------------------------------------------------------------------*/

/** One titled section of the panel: its heading names it, and a lead says what it is for. */
function PanelSection({
  section,
  emphasis,
  heading,
  lead,
  className,
  children,
}: {
  section: string
  /** The section is the panel's call to action. */
  emphasis?: boolean
  heading: string
  lead?: string | null
  className?: string
  children: ReactNode
}) {
  const id = useId()
  return (
    <section
      data-ik-slot="details-section"
      data-section={section}
      data-emphasis={emphasis ? 'primary' : undefined}
      aria-labelledby={id}
      className={className}
    >
      <div data-ik-slot="details-section-header">
        {/* Focusable from code: an `initialView` lands here. */}
        <h3 id={id} data-ik-slot="details-section-heading" tabIndex={-1}>
          {heading}
        </h3>
        {lead ? <p data-ik-slot="details-section-lead">{lead}</p> : null}
      </div>
      {children}
    </section>
  )
}

export interface ConnectionPanelSectionsProps extends ConnectionPanelOptions {
  /** Default: the enclosing details' connection. */
  connection?: Connection
  /** Default: the enclosing details' layout (else worked out from the connection). */
  layout?: DetailsLayout
}

export function ConnectionPanelSections({
  connection,
  layout,
  ...props
}: ConnectionPanelSectionsProps) {
  const target = usePanelTarget(connection, layout)
  return target ? <PanelSections {...props} {...target} /> : null
}

function PanelSections({
  connection,
  layout,
  redirectUri,
  returnTo,
  fields,
}: ConnectionPanelSectionsProps & { connection: Connection; layout: DetailsLayout }) {
  const t = usePanelT()
  const name = connection.name
  const credentialsFirst = layout.primary === 'credentials'
  // A prompt above asks for some of these settings right now: one form at a time.
  const promptShown = useSettingsPromptShown()
  const { target } = useContext(OpeningContext)

  return (
    <>
      {/* First, and at one place whatever its mode: Accept turns the screen into the history in
          place, so the outcome it says and the focus it moves stay where the user is. */}
      {layout.consent ? (
        <PanelPart
          part={consentPart}
          props={{ connection, mode: layout.consent }}
          fallback={<p data-ik-slot="details-loading">{t('details.loading', { name })}</p>}
        />
      ) : null}
      {layout.settings && !promptShown ? (
        <PanelSection
          section="settings"
          emphasis={credentialsFirst}
          heading={t('details.section.settings')}
          lead={credentialsFirst ? t('details.section.settingsLead', { name }) : null}
        >
          <ConnectionSettingsForm
            connection={connection}
            fields={fields}
            // Authorize is the call to action: Save steps back to a secondary button.
            submitVariant={layout.primary === 'authorize' ? 'secondary' : 'primary'}
          />
          {layout.guide ? <ConnectionGuideLink connection={connection} /> : null}
        </PanelSection>
      ) : null}
      {layout.resources ? (
        <PanelSection
          section="resources"
          heading={t('details.section.resources')}
          lead={t('details.section.resourcesLead', { name })}
        >
          <ul data-ik-slot="resource-list">
            {(connection.configurable_resources ?? []).map((resource) => (
              <ResourceDisclosure
                key={resource}
                connection={connection}
                resource={resource}
                fields={fields}
              />
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {layout.mapping ? (
        <PanelPart
          part={mappingPart}
          props={{ connection }}
          fallback={<div data-ik-slot="details-section" data-section="mapping" aria-busy />}
        />
      ) : null}
      {layout.manage ? (
        <PanelSection section="manage" heading={t('details.section.manage')}>
          <ConnectionActions
            connection={connection}
            redirectUri={redirectUri}
            returnTo={returnTo}
            renderNeedsSettings={(ids, next) => (
              <SettingsPrompt connection={connection} fieldIds={ids} next={next} fields={fields} />
            )}
            // No onDeleted: this section unmounts as the cache says "available", before the
            // delete's callbacks; ConnectionDetails closes itself when its connection is deleted.
          />
        </PanelSection>
      ) : null}
      {layout.logs ? (
        <PanelPart
          part={logsPart}
          props={{ connection, defaultExpanded: target === 'logs' }}
          fallback={<div data-ik-slot="details-section" aria-busy="true" />}
        />
      ) : null}
    </>
  )
}

/**
 * A section that is a chunk of its own (./panel-parts.ts): `fallback` while it loads, the section
 * once it is in (in the panel's own commit when it was loaded ahead), and where its chunk could not
 * be fetched, the error with Try again.
 */
function PanelPart<P extends { connection?: Connection }>({
  part,
  props,
  fallback,
}: {
  part: LazyPart<P>
  props: P
  fallback: ReactNode
}) {
  const { component: Part, error, retry, retried } = useLazyPart(part)
  if (Part) {
    return <Part {...props} />
  }
  return error ? (
    <ErrorMessage
      data-ik-slot="details-error"
      error={error}
      place="details"
      name={props.connection?.name}
      retried={retried}
      onRetry={retry}
      alwaysRetry
    />
  ) : (
    fallback
  )
}

/* -------------------------------------------------------------------------------------------------
 * One resource: a disclosure that loads its defaults form on first expand
 * -----------------------------------------------------------------------------------------------*/

function ResourceDisclosure({
  connection,
  resource,
  fields,
}: {
  connection: Connection
  resource: string
  fields?: FieldRegistryOverrides
}) {
  const t = usePanelT()
  const id = useId()
  const adapter = useIntegrationsAdapter()
  const [expanded, setExpanded] = useState(false)
  // Mounted on first expand and kept while collapsed, so typed values survive a collapse.
  const [opened, setOpened] = useState(false)
  const ref = refOf(connection)
  // Reads the cache only (never fetches): the form fetches when it mounts; the pill follows it.
  const settings = useQuery({
    ...connectionQueries.resourceSettings(adapter, ref, resource),
    enabled: false,
  })
  const missing = settings.data ? missingRequiredDefaults(settings.data.fields).length > 0 : false
  const panelId = `${id}-panel`

  return (
    <li data-ik-slot="resource" data-expanded={expanded || undefined}>
      <h4 data-ik-slot="resource-heading">
        <button
          type="button"
          data-ik-slot="resource-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => {
            setExpanded(!expanded)
            setOpened(true)
          }}
        >
          <Icon name="chevron" />
          <span data-ik-slot="resource-name" dir="auto">
            {resourceLabel(resource)}
          </span>
          {missing ? (
            <span data-ik-slot="pill" data-ik-tone="warning">
              {t('details.resource.missing')}
            </span>
          ) : null}
        </button>
      </h4>
      <div id={panelId} data-ik-slot="resource-panel" hidden={!expanded}>
        {opened ? (
          <ResourceSettingsForm connection={connection} resource={resource} fields={fields} />
        ) : null}
      </div>
    </li>
  )
}
