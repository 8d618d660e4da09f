'use client'
/**
 * A field-mapping failure: the mapping family's own summary ("The mapping of First aid could not be
 * saved.") with the shared reason and support details of ErrorMessage. The shared summaries are
 * first-paint messages; mapping's live in its chunk, so the summary is passed in, already worded.
 */
import { describeError, wasRetried, type ErrorPlace } from '../../src/error-message'
import { ErrorDetails } from '../ErrorMessage'
import { useT } from '../i18n'

export interface MappingErrorProps {
  error: unknown
  /** The first sentence, what failed. */
  summary: string
  /** 'resourceLoad' for the sources, 'resourceSave' for a save (a 400 asks to check the value). */
  place: ErrorPlace
  failureCount: number
  /** Offers "Try again" when trying again can help. */
  onRetry?: () => void
  id?: string
}

export function MappingError({
  error,
  summary,
  place,
  failureCount,
  onRetry,
  id,
}: MappingErrorProps) {
  const t = useT()
  const description = describeError(error, place, { retried: wasRetried(failureCount) })
  return (
    <div role="alert" data-ik-slot="error" data-ik-error={description.cause}>
      <p id={id} data-ik-slot="error-message">
        {t('errors.sentence', {
          summary,
          reason: t(description.reason, description.values),
        })}
      </p>
      <ErrorDetails technical={description.technical} />
      {onRetry && description.retryable ? (
        <button type="button" data-ik-slot="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  )
}
