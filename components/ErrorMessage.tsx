'use client'
/**
 * A failure, said to the user: one line in their language that names what failed and what to do
 * (from src/error-message.ts, never the backend's own text), a collapsed "Details" line with the
 * status, code and request id for support, and "Try again" when trying again can help.
 * Everything is a React text node: API text is never HTML and never a link.
 */
import type { ComponentProps, ReactNode } from 'react'
import {
  describeError,
  errorDetailParts,
  errorMainLine,
  type ErrorDescription,
  type ErrorPlace,
  type ErrorTechnicalDetail,
} from '../src/error-message'
import { useT } from './i18n'

export interface ErrorDetailsProps extends Omit<ComponentProps<'details'>, 'children'> {
  technical: ErrorTechnicalDetail
}

/** The support line, collapsed: "Details" → "Status 403 · Code Forbidden · Reference req_…". */
export function ErrorDetails({ technical, ...props }: ErrorDetailsProps) {
  const t = useT()
  return (
    <details data-ik-slot="error-details" {...props}>
      <summary>{t('errors.details')}</summary>
      <p>{errorDetailParts(technical, t).join(' · ')}</p>
    </details>
  )
}

export interface ErrorMessageProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** What failed: an IntegrationsApiError, a flow error (`{ code: 'no_authorize_url' }`), anything. */
  error: unknown
  /** Where it failed: picks the summary ("Xero could not be deleted."). */
  place: ErrorPlace
  /** The connector's name, for the summary. */
  name?: string
  /** The resource, for resource defaults. */
  resource?: string
  /** The library already retried (see `wasRetried`): the reason says so. */
  retried?: boolean
  /** Shows a "Try again" button when the failure is one that trying again can get past. */
  onRetry?: () => void
  /** Offer `onRetry` whatever the failure (a load the page cannot go on without). */
  alwaysRetry?: boolean
  /** An id for the main line alone, for `aria-describedby` on the control that failed. */
  messageId?: string
  /** The button's text. Default "Try again". */
  retryLabel?: ReactNode
  /** Further content after the message (the caller's own actions). */
  children?: ReactNode
}

export interface ErrorLinesProps {
  description: ErrorDescription
  /** An id for the main line alone, for `aria-describedby` on the control that failed. */
  messageId?: string
}

/** The main line and the Details line, for a container that is already the alert. */
export function ErrorLines({ description, messageId }: ErrorLinesProps) {
  const t = useT()
  return (
    <>
      <p id={messageId} data-ik-slot="error-message">
        {errorMainLine(description, t)}
      </p>
      <ErrorDetails technical={description.technical} />
    </>
  )
}

export function ErrorMessage({
  error,
  place,
  name,
  resource,
  retried,
  onRetry,
  alwaysRetry = false,
  messageId,
  retryLabel,
  children,
  ...props
}: ErrorMessageProps) {
  const t = useT()
  const description = describeError(error, place, { name, resource, retried })
  return (
    <div role="alert" data-ik-slot="error" data-ik-error={description.cause} {...props}>
      <ErrorLines description={description} messageId={messageId} />
      {onRetry && (alwaysRetry || description.retryable) ? (
        <button type="button" data-ik-slot="button" onClick={onRetry}>
          {retryLabel ??
            // A part of the page still not downloaded: the way on is a reload (lazy-part.ts).
            t(
              description.reason === 'errors.reason.notDownloadedRetried'
                ? 'errors.reload'
                : 'errors.retry',
            )}
        </button>
      ) : null}
      {children}
    </div>
  )
}
