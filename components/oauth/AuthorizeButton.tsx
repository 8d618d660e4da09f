'use client'
/**
 * Connect / Re-authorize for one connection, with every state of the OAuth window said in words:
 * waiting (with Cancel), blocked (Try again / Continue in this tab), closed (advisory: Reopen /
 * Cancel), denied or failed (Try again), settings needed first, admin configuration needed.
 * Status changes are announced through a polite live region; blocked and failed through an alert.
 *
 * The click handler calls `authorize` synchronously, so the provider window opens inside the user's
 * gesture (Safari blocks it otherwise).
 */
import { useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react'
import {
  useAuthorizeConnection,
  type AuthorizeStatus,
} from '../../hooks/oauth/useAuthorizeConnection'
import { authorizationPlan } from '../../src/oauth/authorization-plan'
import { describeError } from '../../src/error-message'
import type { Connection } from '../../src/types'
import { ErrorLines } from '../ErrorMessage'
import { useT, type MessageKey } from '../i18n'
import { FlowButton, FlowStatus } from './FlowButton'
import { ProviderMessage } from './ProviderMessage'

export interface AuthorizeButtonClassNames {
  root?: string
  status?: string
  alert?: string
  actions?: string
}

export interface AuthorizeButtonProps extends Omit<ComponentProps<'button'>, 'children'> {
  connection: Connection
  /** The OAuth callback URL. Default `${origin}/oauth/callback` (see `defaultRedirectUri`). */
  redirectUri?: string
  /** Where a same-tab authorization returns to. Default: the current page. */
  returnTo?: string
  /** The button's content. Default 'Connect' or 'Re-authorize' by the connection's state. */
  children?: ReactNode
  /**
   * Render your own element (the one child) as the button, Radix-style: it receives our handlers,
   * `aria-*` and `data-*` attributes and the disabled state (`disabled`, `aria-disabled`,
   * `data-disabled`; a click while disabled is ignored), and keeps its own content.
   */
  asChild?: boolean
  /**
   * Shown when required settings must be filled in first (e.g.
   * `<ConnectionSettingsForm only={fieldIds} onSaved={next.onSaved} />`). Call `next.onSaved` with
   * the saved connection: a token grant goes on by itself; an OAuth window needs a click, so the
   * prompt goes and Connect is focused as the next step.
   */
  renderNeedsSettings?: (fieldIds: string[], next: NeedsSettingsNext) => ReactNode
  classNames?: AuthorizeButtonClassNames
  /**
   * Mounted with this set, start the OAuth window at once (no click) when the page is still inside
   * the user's gesture (`navigator.userActivation.isActive`; where a browser cannot tell, it does
   * not start). Without a gesture, or when the browser blocks the window, the button is shown as
   * usual and no error is said; a click afterwards works as always. Read once, when it mounts.
   */
  autoStart?: boolean
}

export interface NeedsSettingsNext {
  /** The settings asked for are saved: go on connecting (or make Connect the next step). */
  onSaved: (connection: Connection) => void
}

/** States that already hold credentials: the action is to authorize again. */
const authorizedStates = new Set(['authorized', 'callable', 'invalid'])

/** What the live region says per status; blocked and error are said by the alert, not twice. */
const statusKeys: Partial<Record<AuthorizeStatus, MessageKey>> = {
  waiting: 'oauth.waiting',
  confirming: 'oauth.confirming',
  success: 'oauth.success',
  closed: 'oauth.closed',
  needs_settings: 'oauth.needsSettings',
  needs_configuration: 'oauth.needsConfiguration',
}

export function AuthorizeButton({
  connection,
  redirectUri,
  returnTo,
  children,
  renderNeedsSettings,
  classNames,
  disabled,
  asChild = false,
  autoStart = false,
  ...props
}: AuthorizeButtonProps) {
  const t = useT()
  const {
    authorize,
    status,
    error,
    missingSettings,
    canContinueInSameTab,
    reopen,
    cancel,
    continueInSameTab,
    reset,
  } = useAuthorizeConnection({ redirectUri, returnTo })
  const rootRef = useRef<HTMLDivElement>(null)
  const statusId = useId()
  const alertId = useId()
  const name = connection.name
  // The attempt runs without a click: a window the browser blocks is not the user's problem.
  const [started, setStarted] = useState<'auto' | 'user'>('user')
  const autoStartRef = useRef(autoStart)
  const connectionRef = useRef(connection)
  connectionRef.current = connection
  useEffect(() => {
    let cancelled = false
    // After the effects of this commit (StrictMode runs them twice; the second one starts).
    queueMicrotask(() => {
      const shown = connectionRef.current
      if (cancelled || !autoStartRef.current) {
        return
      }
      autoStartRef.current = false
      // Browsers open a window without a click only while the gesture that opened us lasts.
      const gesture = typeof navigator !== 'undefined' && navigator.userActivation?.isActive
      if (gesture && authorizationPlan(shown).kind === 'oauth') {
        setStarted('auto')
        authorize(shown)
      }
    })
    return () => {
      cancelled = true
    }
  }, [authorize])

  const continueAfterSettings = (saved: Connection) => {
    const plan = authorizationPlan(saved)
    // The backend does a token grant, no window: go on. Settings still missing: ask for those.
    if (plan.kind === 'token' || plan.kind === 'needs_settings') {
      authorize(saved)
      return
    }
    // A provider window must open inside a click (browsers block it otherwise): the prompt goes
    // and Connect, focused, is the next step.
    reset()
    rootRef.current?.querySelector<HTMLElement>('[data-ik-slot="button"]')?.focus()
  }

  const label = authorizedStates.has(connection.state) ? t('oauth.reauthorize') : t('oauth.connect')
  // Said up front: nothing the end user does can connect an unconfigured integration.
  const needsConfiguration = connection.integration_state === 'needs_configuration'
  const shownStatus: AuthorizeStatus =
    needsConfiguration && status === 'idle'
      ? 'needs_configuration'
      : status === 'blocked' && started === 'auto'
        ? 'idle'
        : status
  // Only while confirming (the button is disabled then). While waiting it stays a live button:
  // a click brings the window back, and the dimmed pending look would fail contrast.
  const pending = status === 'confirming'
  const showAlert = shownStatus === 'blocked' || status === 'error'
  const statusKey = statusKeys[shownStatus]

  // A failed API call, or a sign-in address that cannot be opened: said in the user's words, the
  // API's own text only in the collapsed Details.
  const failure = error?.apiError ?? (error?.code === 'no_authorize_url' ? error : undefined)
  const failureDescription = failure
    ? describeError(failure, error?.code === 'token_failed' ? 'token' : 'connect', {
        name,
        retried: error?.retried,
      })
    : null

  return (
    <div
      ref={rootRef}
      data-ik-slot="authorize"
      data-state={shownStatus}
      className={classNames?.root}
    >
      <FlowButton
        asChild={asChild}
        data-ik-slot="button"
        data-variant="primary"
        data-state={shownStatus}
        data-pending={pending || undefined}
        aria-describedby={showAlert ? alertId : statusId}
        // While confirming there is nothing to click; while waiting a click brings the window back.
        disabled={Boolean(disabled) || pending || shownStatus === 'needs_configuration'}
        onActivate={() => {
          setStarted('user')
          authorize(connection)
        }}
        {...props}
      >
        {asChild ? children : (children ?? label)}
      </FlowButton>
      <FlowStatus id={statusId} slot="authorize-status" className={classNames?.status}>
        {statusKey ? t(statusKey, { name }) : ''}
      </FlowStatus>
      {status === 'waiting' || status === 'closed' ? (
        <div data-ik-slot="authorize-actions" className={classNames?.actions}>
          {status === 'closed' ? (
            <button
              type="button"
              data-ik-slot="button"
              onClick={() => {
                setStarted('user')
                reopen()
              }}
            >
              {t('oauth.reopen')}
            </button>
          ) : null}
          <button type="button" data-ik-slot="button" onClick={cancel}>
            {t('oauth.cancel')}
          </button>
        </div>
      ) : null}
      {status === 'needs_settings' && renderNeedsSettings
        ? renderNeedsSettings(missingSettings, { onSaved: continueAfterSettings })
        : null}
      {showAlert ? (
        <div id={alertId} role="alert" data-ik-slot="authorize-alert" className={classNames?.alert}>
          {status === 'blocked' ? (
            <>
              <p data-ik-slot="authorize-alert-title">{t('oauth.blocked')}</p>
              <p>{t(canContinueInSameTab ? 'oauth.blockedHelp' : 'oauth.blockedHelpNoTab')}</p>
              <div data-ik-slot="authorize-actions" className={classNames?.actions}>
                <button type="button" data-ik-slot="button" onClick={reopen}>
                  {t('oauth.tryAgain')}
                </button>
                {canContinueInSameTab ? (
                  <button type="button" data-ik-slot="button" onClick={continueInSameTab}>
                    {t('oauth.continueInTab')}
                  </button>
                ) : null}
              </div>
            </>
          ) : (
            <>
              {failureDescription ? (
                <ErrorLines description={failureDescription} />
              ) : (
                <>
                  <p data-ik-slot="authorize-alert-title">
                    {t(error?.code === 'access_denied' ? 'oauth.denied' : 'oauth.error', { name })}
                  </p>
                  <ProviderMessage text={error?.description} />
                </>
              )}
              {failureDescription?.retryable === false ? null : (
                <div data-ik-slot="authorize-actions" className={classNames?.actions}>
                  <button type="button" data-ik-slot="button" onClick={() => authorize(connection)}>
                    {t('oauth.tryAgain')}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      ) : null}
    </div>
  )
}
