'use client'
/**
 * The consent decisions of a connection, newest first: when, granted / denied / revoked (a refusal
 * after a grant is a revocation), and how much it covered ("All data" or "3 resources, 12 fields").
 * It loads with the section (`GET …/consent`); a failed load says so with a retry.
 */
import { useConsents } from '../../hooks/useConsents'
import { scopeCounts } from '../../src/consent/requested-scopes'
import { dateFormatter } from '../../src/date-format'
import { describeError } from '../../src/error-message'
import { consentEn } from '../../src/i18n/consent/en'
import type { ConnectionRef, ConsentRecord } from '../../src/types'
import { ErrorDetails } from '../ErrorMessage'
import { useLocale, useT } from '../i18n'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'

export interface ConsentHistoryProps {
  connectionRef: ConnectionRef
  /** Heading id prefix (the section's). */
  headingId: string
  /** Whether to say so while loading and when there is nothing (off under the consent screen). */
  quietWhenEmpty?: boolean
}

type Decision = 'granted' | 'denied' | 'revoked'

/** Oldest-first records → newest first, each with what it decided. */
function decisions(
  records: readonly ConsentRecord[],
): { record: ConsentRecord; decision: Decision }[] {
  return records
    .map((record, index) => ({
      record,
      decision: (record.granted
        ? 'granted'
        : records[index - 1]?.granted
          ? 'revoked'
          : 'denied') as Decision,
    }))
    .reverse()
}

const TONES: Record<Decision, string> = { granted: 'success', denied: 'danger', revoked: 'danger' }

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return iso
  }
  return dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function ConsentHistory({ connectionRef, headingId, quietWhenEmpty }: ConsentHistoryProps) {
  const t = useLazyT(consentEn)
  const pageT = useT()
  const locale = useLocale()
  const query = useConsents(connectionRef)
  const records = query.data ?? []
  if (quietWhenEmpty && records.length === 0 && !query.error) {
    return null
  }
  let body
  if (query.error && records.length === 0) {
    const description = describeError(query.error, 'details')
    body = (
      <div role="alert" data-ik-slot="details-error">
        <p data-ik-slot="error-message">
          {pageT('errors.sentence', {
            summary: t('consent.historyError'),
            reason: pageT(description.reason, description.values),
          })}
        </p>
        <ErrorDetails technical={description.technical} />
        <div>
          <button
            type="button"
            data-ik-slot="button"
            data-variant="secondary"
            onClick={() => void query.refetch()}
          >
            <Icon name="retry" />
            {pageT('catalog.error.retry')}
          </button>
        </div>
      </div>
    )
  } else if (query.isPending) {
    body = (
      <p role="status" data-ik-slot="consent-history-loading">
        {t('consent.historyLoading')}
      </p>
    )
  } else if (records.length === 0) {
    body = <p data-ik-slot="consent-history-empty">{t('consent.historyEmpty')}</p>
  } else {
    body = (
      <ol data-ik-slot="consent-history" aria-labelledby={`${headingId}-history`}>
        {decisions(records).map(({ record, decision }) => {
          const counts = scopeCounts(record.resources)
          return (
            <li key={record.id} data-ik-slot="consent-record" data-state={decision}>
              <span data-ik-slot="pill" data-ik-tone={TONES[decision]}>
                {t(`consent.record.${decision}`)}
              </span>
              <time data-ik-slot="consent-record-date" dateTime={record.created_at}>
                {formatDate(record.created_at, locale)}
              </time>
              <span data-ik-slot="consent-record-scope">
                {counts.all
                  ? t('consent.record.all')
                  : t('consent.record.scope', {
                      resources: t('consent.record.resources', { count: counts.resources }),
                      fields: t('consent.fields', { count: counts.fields }),
                    })}
              </span>
            </li>
          )
        })}
      </ol>
    )
  }
  return (
    <div data-ik-slot="consent-history-block">
      <h4 id={`${headingId}-history`} data-ik-slot="consent-history-heading">
        {t('consent.history')}
      </h4>
      {body}
    </div>
  )
}
