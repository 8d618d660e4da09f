'use client'
/**
 * The data-scope consent section of the details panel (`data-section="consent"`), one lazily
 * loaded chunk with its messages:
 * - the consent screen while consent is due (pending, denied, revoked, re-consent): what the
 *   application asks to read and write, per resource and field, and Accept; Deny (pending and
 *   re-consent) asks to confirm;
 * - the history of decisions, and Revoke (behind a confirmation) once consent is given.
 * A decision is announced in a live region that outlives the buttons and shown where they were
 * (focus moves there); the hook updates every cached copy of the connection, so the badge, the
 * layout (the other sections appear after Accept) and the catalog follow at once.
 *
 * In a ConnectionDetails it shows that connection in the mode its layout says; given props win.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useIntegrationsAdapter } from '../../hooks/IntegrationsProvider'
import { useUpdateConsent } from '../../hooks/useUpdateConsent'
import { refOf } from '../../src/connection-ref'
import { consentDue } from '../../src/consent/consent-due'
import { consentStateAfter } from '../../src/consent-state'
import { detailsLayout } from '../../src/details/layout'
import { describeError } from '../../src/error-message'
import { consentEn } from '../../src/i18n/consent/en'
import type { Connection } from '../../src/types'
import { useConnectionDetails } from '../details/connection-details-context'
import { ErrorDetails } from '../ErrorMessage'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'
import { visuallyHidden } from '../visually-hidden'
import { ConsentConfirmDialog } from './ConsentConfirmDialog'
import { ConsentHistory } from './ConsentHistory'
import { ConsentScopes } from './ConsentScopes'

export interface ConnectionConsentProps {
  /** Default: the enclosing details' connection. */
  connection?: Connection
  /**
   * `'screen'` (ask for consent) or `'history'`. Default: the enclosing details' layout, else
   * worked out from the connection (nothing is rendered when it has no consent to show).
   */
  mode?: 'screen' | 'history'
  className?: string
}

/** A decision made here; a new object each time, so the same decision twice is said twice. */
type Outcome = { kind: 'granted' | 'denied' | 'revoked' }

export function ConnectionConsent({
  connection: given,
  mode: givenMode,
  className,
}: ConnectionConsentProps) {
  const details = useConnectionDetails()
  const adapter = useIntegrationsAdapter()
  const connection = given ?? details?.connection
  const layoutMode = connection
    ? details && details.connection === connection
      ? details.layout.consent
      : detailsLayout(connection, adapter).consent
    : false
  const mode = givenMode ?? layoutMode
  return connection && mode ? (
    <ConsentSection connection={connection} mode={mode} className={className} />
  ) : null
}

function ConsentSection({
  connection,
  mode,
  className,
}: {
  connection: Connection
  mode: 'screen' | 'history'
  className?: string
}) {
  const t = useLazyT(consentEn)
  const id = useId()
  const update = useUpdateConsent()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [confirming, setConfirming] = useState<'deny' | 'revoke' | null>(null)
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const decidedRef = useRef(false)
  const name = connection.name
  const ref = refOf(connection)
  const due = consentDue(connection)
  const screen = mode === 'screen'
  const scopes = connection.application_data_scopes?.resources

  function decide(granted: boolean) {
    if (update.isPending) {
      return
    }
    const previous = connection.consent_state
    decidedRef.current = false
    update.mutate(
      { ref, granted },
      {
        onSuccess: () => {
          decidedRef.current = true
          setConfirming(null)
          setOutcome({ kind: consentStateAfter(granted, previous) as Outcome['kind'] })
        },
      },
    )
  }

  // The button that decided is gone (the screen gives way to the history, or the other way round):
  // the outcome takes focus where it was.
  useEffect(() => {
    outcomeRef.current?.focus()
  }, [outcome])

  const error = update.error ? (
    <ConsentError error={update.error} summary={t('consent.saveError', { name })} />
  ) : null
  const outcomeText = outcome ? t(`consent.${outcome.kind}`, { name }) : ''

  const title = screen
    ? due === 'requires_reconsent'
      ? t('consent.titleUpdated')
      : t('consent.title')
    : t('consent.titleHistory')

  return (
    <section
      data-ik-slot="details-section"
      data-section="consent"
      data-state={screen ? (due ?? 'pending') : 'given'}
      data-emphasis={screen ? 'primary' : undefined}
      aria-labelledby={`${id}-consent`}
      className={className}
    >
      <div data-ik-slot="details-section-header">
        <h3 id={`${id}-consent`} tabIndex={-1} data-ik-slot="details-section-heading">
          {title}
        </h3>
        <p data-ik-slot="details-section-lead">
          {screen
            ? t(`consent.lead.${due ?? 'pending'}`, { name })
            : t('consent.leadHistory', { name })}
        </p>
      </div>
      {/* Always rendered, so the decision is announced after the buttons that made it are gone. */}
      <div role="status" data-ik-slot="consent-announcer" style={visuallyHidden}>
        {outcomeText}
      </div>
      {outcome ? (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          data-ik-slot="details-success"
          data-ik-tone={outcome.kind === 'granted' ? 'success' : 'neutral'}
        >
          <Icon name={outcome.kind === 'granted' ? 'success' : 'neutral'} />
          {outcomeText}
        </p>
      ) : null}
      <ConsentScopes
        name={name}
        resources={scopes}
        granted={
          due === 'requires_reconsent' ? (connection.latest_consent?.resources ?? null) : undefined
        }
      />
      {screen ? (
        <>
          {confirming ? null : error}
          <div data-ik-slot="details-actions">
            <button
              type="button"
              data-ik-slot="button"
              data-variant="primary"
              data-pending={(update.isPending && !confirming) || undefined}
              aria-disabled={update.isPending || undefined}
              onClick={() => decide(true)}
            >
              {update.isPending && !confirming ? t('consent.accepting') : t('consent.accept')}
            </button>
            {due === 'pending' || due === 'requires_reconsent' ? (
              <ConsentConfirmDialog
                kind="deny"
                name={name}
                open={confirming === 'deny'}
                onOpenChange={(open) => {
                  update.reset()
                  setConfirming(open ? 'deny' : null)
                }}
                onConfirm={() => decide(false)}
                pending={update.isPending}
                error={error}
                focusAfterConfirm={() => (decidedRef.current ? outcomeRef.current : null)}
                trigger={
                  <button type="button" data-ik-slot="button" data-variant="secondary">
                    {t('consent.deny')}
                  </button>
                }
              />
            ) : null}
          </div>
        </>
      ) : null}
      <ConsentHistory connectionRef={ref} headingId={id} quietWhenEmpty={screen} />
      {screen ? null : (
        <div data-ik-slot="details-actions">
          <ConsentConfirmDialog
            kind="revoke"
            name={name}
            open={confirming === 'revoke'}
            onOpenChange={(open) => {
              update.reset()
              setConfirming(open ? 'revoke' : null)
            }}
            onConfirm={() => decide(false)}
            pending={update.isPending}
            error={error}
            focusAfterConfirm={() => (decidedRef.current ? outcomeRef.current : null)}
            trigger={
              <button type="button" data-ik-slot="button" data-variant="danger">
                {t('consent.revoke')}
              </button>
            }
          />
        </div>
      )}
    </section>
  )
}

/** A failed decision: the part's own summary, the page's reason and the support details. */
function ConsentError({ error, summary }: { error: Error; summary: string }) {
  const t = useT()
  const description = describeError(error, 'enable')
  return (
    <div role="alert" data-ik-slot="details-error">
      <p data-ik-slot="error-message">
        {t('errors.sentence', { summary, reason: t(description.reason, description.values) })}
      </p>
      <ErrorDetails technical={description.technical} />
    </div>
  )
}

// For the panel's lazily loaded part (components/details/panel-parts.ts).
export default ConnectionConsent
