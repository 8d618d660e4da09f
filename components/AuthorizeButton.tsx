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
import { useId, type ComponentProps, type MouseEvent, type ReactNode } from 'react'
import {
  useAuthorizeConnection,
  type AuthorizeError,
  type AuthorizeStatus,
} from '../hooks/useAuthorizeConnection'
import type { Connection } from '../src/types'
import { useT, type TranslateFn } from './i18n'

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
  /** Shown when required settings must be filled in first (e.g. `<ConnectionSettingsForm only={fieldIds} />`). */
  renderNeedsSettings?: (fieldIds: string[]) => ReactNode
  classNames?: AuthorizeButtonClassNames
}

/** States that already hold credentials: the action is to authorize again. */
const authorizedStates = new Set(['authorized', 'callable', 'invalid'])

function statusText(t: TranslateFn, status: AuthorizeStatus, name: string): string {
  switch (status) {
    case 'waiting':
      return t('oauth.waiting', { name })
    case 'confirming':
      return t('oauth.confirming', { name })
    case 'success':
      return t('oauth.success', { name })
    case 'closed':
      return t('oauth.closed')
    case 'needs_settings':
      return t('oauth.needsSettings', { name })
    case 'needs_configuration':
      return t('oauth.needsConfiguration', { name })
    case 'idle':
    case 'blocked':
    case 'error':
      // Blocked and error are said by the alert, not twice.
      return ''
    default:
      return status satisfies never
  }
}

function errorText(t: TranslateFn, error: AuthorizeError | null, name: string): string {
  if (error?.code === 'access_denied') {
    return t('oauth.denied', { name })
  }
  return t('oauth.error', { name })
}

function errorDetail(error: AuthorizeError | null): string {
  // Provider and API text is plain text, rendered as a text node, never as HTML.
  return error?.description || error?.apiError?.message || ''
}

export function AuthorizeButton({
  connection,
  redirectUri,
  returnTo,
  children,
  renderNeedsSettings,
  className,
  classNames,
  onClick,
  disabled,
  ...props
}: AuthorizeButtonProps) {
  const t = useT()
  const { authorize, status, error, missingSettings, reopen, cancel, continueInSameTab } =
    useAuthorizeConnection({ redirectUri, returnTo })
  const statusId = useId()
  const alertId = useId()
  const name = connection.name

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) {
      return
    }
    // Synchronously, inside the gesture.
    authorize(connection)
  }

  const label = authorizedStates.has(connection.state) ? t('oauth.reauthorize') : t('oauth.connect')
  // Said up front: nothing the end user does can connect an unconfigured integration.
  const needsConfiguration = connection.integration_state === 'needs_configuration'
  const shownStatus: AuthorizeStatus =
    needsConfiguration && status === 'idle' ? 'needs_configuration' : status
  // Only while confirming (the button is disabled then). While waiting it stays a live button:
  // a click brings the window back, and the dimmed pending look would fail contrast.
  const pending = status === 'confirming'
  const showAlert = status === 'blocked' || status === 'error'

  return (
    <div data-ik-slot="authorize" data-state={shownStatus} className={classNames?.root}>
      <button
        type="button"
        data-ik-slot="button"
        data-variant="primary"
        data-state={shownStatus}
        data-pending={pending || undefined}
        aria-describedby={showAlert ? alertId : statusId}
        // While confirming there is nothing to click; while waiting a click brings the window back.
        disabled={disabled || status === 'confirming' || shownStatus === 'needs_configuration'}
        className={className}
        onClick={handleClick}
        {...props}
      >
        {children ?? label}
      </button>
      <p
        id={statusId}
        role="status"
        aria-live="polite"
        data-ik-slot="authorize-status"
        className={classNames?.status}
      >
        {statusText(t, shownStatus, name)}
      </p>
      {status === 'waiting' || status === 'closed' ? (
        <div data-ik-slot="authorize-actions" className={classNames?.actions}>
          {status === 'closed' ? (
            <button type="button" data-ik-slot="button" onClick={reopen}>
              {t('oauth.reopen')}
            </button>
          ) : null}
          <button type="button" data-ik-slot="button" onClick={cancel}>
            {t('oauth.cancel')}
          </button>
        </div>
      ) : null}
      {status === 'needs_settings' && renderNeedsSettings
        ? renderNeedsSettings(missingSettings)
        : null}
      {showAlert ? (
        <div id={alertId} role="alert" data-ik-slot="authorize-alert" className={classNames?.alert}>
          {status === 'blocked' ? (
            <>
              <p data-ik-slot="authorize-alert-title">{t('oauth.blocked')}</p>
              <p>{t('oauth.blockedHelp')}</p>
              <div data-ik-slot="authorize-actions" className={classNames?.actions}>
                <button type="button" data-ik-slot="button" onClick={reopen}>
                  {t('oauth.tryAgain')}
                </button>
                <button type="button" data-ik-slot="button" onClick={continueInSameTab}>
                  {t('oauth.continueInTab')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p data-ik-slot="authorize-alert-title">{errorText(t, error, name)}</p>
              {errorDetail(error) ? <p>{errorDetail(error)}</p> : null}
              <div data-ik-slot="authorize-actions" className={classNames?.actions}>
                <button type="button" data-ik-slot="button" onClick={() => authorize(connection)}>
                  {t('oauth.tryAgain')}
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </div>
  )
}
