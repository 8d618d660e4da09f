'use client'
/**
 * Disconnect: opens the provider's revoke page in a window (synchronously, inside the click), then
 * shows the connection's new state. Status changes go to a polite live region; a blocked window and
 * a failure to an alert with "Try again".
 */
import { useId, type ComponentProps, type ReactNode } from 'react'
import { useRevokeConnection, type RevokeStatus } from '../../hooks/oauth/useRevokeConnection'
import { describeError } from '../../src/error-message'
import type { Connection } from '../../src/types'
import { useConnectionDetails } from '../details/connection-details-context'
import { ErrorLines } from '../ErrorMessage'
import { useT, type TranslateFn } from '../i18n'
import { FlowButton, FlowStatus } from './FlowButton'
import { ProviderMessage } from './ProviderMessage'

export interface RevokeButtonClassNames {
  root?: string
  status?: string
  alert?: string
  actions?: string
}

export interface RevokeButtonProps extends Omit<ComponentProps<'button'>, 'children'> {
  connection: Connection
  /** The callback URL the revoke page returns to. Default `${origin}/oauth/callback`. */
  redirectUri?: string
  /** Default 'Disconnect'. */
  children?: ReactNode
  /**
   * Render your own element (the one child) as the button, Radix-style: it receives our handlers,
   * `aria-*` and `data-*` attributes and the disabled state (`disabled`, `aria-disabled`,
   * `data-disabled`; a click while disabled is ignored), and keeps its own content.
   */
  asChild?: boolean
  classNames?: RevokeButtonClassNames
}

function statusText(t: TranslateFn, status: RevokeStatus, name: string): string {
  switch (status) {
    case 'waiting':
    case 'refreshing':
      return t('oauth.revoking', { name })
    case 'success':
      return t('oauth.revoked', { name })
    case 'idle':
    case 'error':
    case 'blocked':
      return ''
    default:
      return status satisfies never
  }
}

export function RevokeButton({
  connection,
  redirectUri,
  children,
  classNames,
  disabled,
  asChild = false,
  ...props
}: RevokeButtonProps) {
  const t = useT()
  const { revoke, status, error, reopen, cancel } = useRevokeConnection({ redirectUri })
  const statusId = useId()
  const alertId = useId()
  const name = connection.name
  const showAlert = status === 'blocked' || status === 'error'
  // A failed API call, or a revoke address that cannot be opened: said in the user's words, the
  // API's own text only in the collapsed Details.
  const failure = error?.apiError ?? (error?.code === 'no_revoke_url' ? error : undefined)
  const failureDescription =
    status === 'error' && failure ? describeError(failure, 'revoke', { name }) : null
  // In a details panel the panel says "Disconnected" (this button goes with the credentials).
  const saidByPanel = useConnectionDetails() !== null && status === 'success'

  return (
    <div data-ik-slot="revoke" data-state={status} className={classNames?.root}>
      <FlowButton
        asChild={asChild}
        data-ik-slot="button"
        data-variant="secondary"
        data-state={status}
        data-pending={status === 'refreshing' || undefined}
        aria-describedby={showAlert ? alertId : statusId}
        disabled={Boolean(disabled) || status === 'refreshing'}
        onActivate={() => revoke(connection)}
        {...props}
      >
        {asChild ? children : (children ?? t('oauth.disconnect'))}
      </FlowButton>
      <FlowStatus id={statusId} slot="revoke-status" className={classNames?.status}>
        {saidByPanel ? '' : statusText(t, status, name)}
      </FlowStatus>
      {status === 'waiting' ? (
        <div data-ik-slot="revoke-actions" className={classNames?.actions}>
          <button type="button" data-ik-slot="button" onClick={cancel}>
            {t('oauth.cancel')}
          </button>
        </div>
      ) : null}
      {showAlert ? (
        <div id={alertId} role="alert" data-ik-slot="revoke-alert" className={classNames?.alert}>
          {failureDescription ? (
            <ErrorLines description={failureDescription} />
          ) : (
            <>
              <p data-ik-slot="revoke-alert-title">
                {status === 'blocked' ? t('oauth.blocked') : t('oauth.revokeError', { name })}
              </p>
              {status === 'error' ? <ProviderMessage text={error?.description} /> : null}
            </>
          )}
          {failureDescription?.retryable === false ? null : (
            <div data-ik-slot="revoke-actions" className={classNames?.actions}>
              <button
                type="button"
                data-ik-slot="button"
                onClick={status === 'blocked' ? reopen : () => revoke(connection)}
              >
                {t('oauth.tryAgain')}
              </button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  )
}
