'use client'
import type { ResumeSameTabAuthorizationState } from '../../hooks/oauth/useResumeSameTabAuthorization'
import { ErrorMessage } from '../ErrorMessage'
import { type MessageKey, type TranslateFn } from '../i18n'
import { Icon } from '../icons'
import { ProviderMessage } from '../oauth/ProviderMessage'

/** What the notice says while the backend is asked, and once it said yes, per flow. */
const resumeStatusKeys = {
  authorize: { confirming: 'oauth.confirming', success: 'oauth.success' },
  revoke: { confirming: 'oauth.revoking', success: 'oauth.revoked' },
} as const satisfies Record<string, Record<'confirming' | 'success', MessageKey>>

/**
 * The outcome of a same-tab authorization or revoke, on the connector it was for: the one place it
 * is said (the panel's Connect does not repeat it). Only ever a verified return, and "connected" /
 * "disconnected" only once the backend said so.
 */
export function ResumeNotice({
  state,
  name,
  t,
}: {
  state: ResumeSameTabAuthorizationState
  name: string
  t: TranslateFn
}) {
  const revoke = state.flow === 'revoke'
  switch (state.status) {
    case 'idle':
      return null
    case 'confirming':
    case 'success': {
      const done = state.status === 'success'
      return (
        <p role="status" data-ik-slot="details-success" data-ik-tone={done ? 'success' : 'info'}>
          {done ? <Icon name="success" /> : null}
          {t(resumeStatusKeys[revoke ? 'revoke' : 'authorize'][state.status], { name })}
        </p>
      )
    }
    case 'error': {
      const code = state.error?.code
      if (state.error?.apiError) {
        // The confirm call failed: said in the user's words, the API's text only in Details.
        return (
          <ErrorMessage
            data-ik-slot="details-error"
            error={state.error.apiError}
            place="connect"
            name={name}
          />
        )
      }
      return (
        <div role="alert" data-ik-slot="details-error">
          <p>
            {revoke
              ? t('oauth.revokeError', { name })
              : t(code === 'access_denied' ? 'oauth.denied' : 'oauth.error', { name })}
          </p>
          <ProviderMessage text={state.error?.description} />
        </div>
      )
    }
    default:
      return state.status satisfies never
  }
}

// React.lazy's default export: the page loads it without a wrapper of its own.
export default ResumeNotice
