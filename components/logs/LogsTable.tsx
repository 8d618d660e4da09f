'use client'
/**
 * The loaded part of the Request logs section: a table of the requests (time, request, status,
 * latency; each row expands to its detail), a status line that says how many are shown (or that
 * there are none), "Load more" while the cursor says there are older ones, and a failure with
 * "Try again". A page is requested only on mount and on "Load more": nothing ahead of the user.
 */
import { useEffect, useRef } from 'react'
import { useConnectionLogs } from '../../hooks/useConnectionLogs'
import { refOf } from '../../src/connection-ref'
import { describeError, errorMainLine, wasRetried } from '../../src/error-message'
import { logsEn } from '../../src/i18n/logs/en'
import type { Connection } from '../../src/types'
import { ErrorDetails } from '../ErrorMessage'
import { useT } from '../i18n'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'
import { visuallyHidden } from '../visually-hidden'
import { LogRow } from './LogRow'

export interface LogsTableProps {
  connection: Connection
  /** Logs per page. */
  pageSize: number
}

export function LogsTable({ connection, pageSize }: LogsTableProps) {
  const t = useLazyT(logsEn)
  const name = connection.name
  const query = useConnectionLogs(refOf(connection), { limit: pageSize })
  const logs = query.data?.pages.flatMap((page) => page.logs) ?? []
  const tableRef = useRef<HTMLTableElement>(null)
  // "Load more" moves focus to the first row it added (the button may be gone: it was the last page).
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    if (from !== null && logs.length > from) {
      focusFrom.current = null
      tableRef.current?.querySelectorAll<HTMLElement>('[data-ik-slot="log-toggle"]')[from]?.focus()
    }
  }, [logs.length])

  if (query.isPending) {
    return (
      <p role="status" data-ik-slot="logs-status">
        {t('logs.loading')}
      </p>
    )
  }
  if (query.isError && !query.isFetchNextPageError) {
    return (
      <LogsError
        error={query.error}
        name={name}
        retried={wasRetried(query.failureCount)}
        onRetry={() => void query.refetch()}
      />
    )
  }
  const more = query.hasNextPage
  return (
    <>
      {logs.length > 0 ? (
        <table ref={tableRef} data-ik-slot="logs-table">
          <caption style={visuallyHidden}>{t('logs.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('logs.column.time')}</th>
              <th scope="col">{t('logs.column.request')}</th>
              <th scope="col">{t('logs.column.status')}</th>
              <th scope="col">{t('logs.column.latency')}</th>
            </tr>
          </thead>
          {logs.map((log) => (
            <LogRow key={log.id} log={log} name={name} />
          ))}
        </table>
      ) : null}
      <p role="status" data-ik-slot="logs-status">
        {logs.length === 0
          ? t('logs.empty', { name })
          : more
            ? t('logs.shown', { count: logs.length })
            : `${t('logs.shown', { count: logs.length })} ${t('logs.end')}`}
      </p>
      {query.isFetchNextPageError ? (
        <LogsError
          error={query.error}
          name={name}
          retried={wasRetried(query.failureCount)}
          onRetry={() => void query.fetchNextPage()}
        />
      ) : more ? (
        <button
          type="button"
          data-ik-slot="button"
          data-variant="secondary"
          data-pending={query.isFetchingNextPage || undefined}
          aria-disabled={query.isFetchingNextPage || undefined}
          onClick={() => {
            if (!query.isFetchingNextPage) {
              focusFrom.current = logs.length
              void query.fetchNextPage()
            }
          }}
        >
          {query.isFetchingNextPage ? t('logs.loadingMore') : t('logs.more')}
        </button>
      ) : null}
    </>
  )
}

/** A failed load: what failed in the logs' own words, why (the shared reasons), and Try again. */
function LogsError({
  error,
  name,
  retried,
  onRetry,
}: {
  error: unknown
  name: string
  retried: boolean
  onRetry: () => void
}) {
  const t = useT()
  const tLogs = useLazyT(logsEn)
  const description = describeError(error, 'details', { name, retried })
  const line = errorMainLine(description, (key, values) =>
    // The summary is the logs' own ("The request logs of X could not be loaded"), from this chunk.
    key === description.summary ? tLogs('logs.error', values) : t(key, values),
  )
  return (
    <div role="alert" data-ik-slot="error" data-ik-error={description.cause}>
      <p data-ik-slot="error-message">{line}</p>
      <ErrorDetails technical={description.technical} />
      {/* Always offered: the section has nothing else to show. */}
      <button type="button" data-ik-slot="button" onClick={onRetry}>
        <Icon name="retry" />
        {t('errors.retry')}
      </button>
    </div>
  )
}
