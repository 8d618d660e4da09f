'use client'
/**
 * A form's data failed to load: the failure in the user's words with Try again always offered (the
 * form cannot go on without it), from the query that failed.
 */
import { wasRetried } from '../../src/error-message'
import { ErrorMessage, type ErrorMessageProps } from '../ErrorMessage'
import { usePanelT } from '../usePanelT'

export interface LoadErrorMessageProps extends Omit<
  ErrorMessageProps,
  'error' | 'retried' | 'onRetry' | 'alwaysRetry' | 'retryLabel'
> {
  query: { error: unknown; failureCount: number; refetch: () => unknown }
}

export function LoadErrorMessage({ query, ...props }: LoadErrorMessageProps) {
  const t = usePanelT()
  return (
    <ErrorMessage
      error={query.error}
      retried={wasRetried(query.failureCount)}
      onRetry={() => void query.refetch()}
      alwaysRetry
      retryLabel={t('forms.retry')}
      {...props}
    />
  )
}
