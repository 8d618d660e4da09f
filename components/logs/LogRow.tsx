'use client'
/**
 * One logged request: a row of the logs table (time, method and path, status, latency) whose
 * request cell is a disclosure button, and under it the row that button expands — the full time,
 * the operation, the status with its class, where the time went, the error message and the log id.
 * Both rows are one `tbody`, so the detail stays with its request for assistive technology.
 * Everything the API sent is rendered as text, never HTML.
 */
import { useId, useState } from 'react'
import { logStatus } from '../../src/logs/log-status'
import { logTime } from '../../src/logs/log-time'
import { logsEn } from '../../src/i18n/logs/en'
import type { Log } from '../../src/types'
import { useI18n } from '../i18n'
import { Icon } from '../icons'
import { useLazyT } from '../useLazyT'
import { visuallyHidden } from '../visually-hidden'

export interface LogRowProps {
  log: Log
  /** The connector's name, for "… ms at Salesforce". */
  name: string
}

export function LogRow({ log, name }: LogRowProps) {
  const t = useLazyT(logsEn)
  const { locale } = useI18n()
  const id = useId()
  const [expanded, setExpanded] = useState(false)
  const time = logTime(log.timestamp, locale)
  const { statusClass, tone } = logStatus(log.status_code)
  const statusLabel = t(`logs.status.${statusClass}`)
  const detailId = `${id}-detail`
  const error = log.error_message?.trim()

  return (
    <tbody data-ik-slot="log" data-expanded={expanded || undefined}>
      <tr>
        <td data-ik-slot="log-time">
          <time dateTime={time.iso} title={time.full}>
            {time.short}
          </time>
        </td>
        <td>
          <button
            type="button"
            data-ik-slot="log-toggle"
            aria-expanded={expanded}
            aria-controls={detailId}
            onClick={() => setExpanded(!expanded)}
          >
            <Icon name="chevron" />
            <span data-ik-slot="log-method">{log.http_method}</span>{' '}
            <span data-ik-slot="log-path" dir="ltr">
              {log.path}
            </span>
          </button>
        </td>
        <td>
          <span data-ik-slot="pill" data-ik-tone={tone}>
            <Icon name={tone} />
            {log.status_code}
            <span style={visuallyHidden}> {statusLabel}</span>
          </span>
        </td>
        {/* The whole request, as the user felt it; the detail splits it into connector and Apideck. */}
        <td data-ik-slot="log-latency">{t('logs.ms', { ms: Math.round(log.execution) })}</td>
      </tr>
      <tr id={detailId} data-ik-slot="log-detail" hidden={!expanded}>
        <td colSpan={4}>
          <dl>
            <dt>{t('logs.detail.time')}</dt>
            <dd>{time.full}</dd>
            <dt>{t('logs.detail.operation')}</dt>
            <dd>{log.operation.name}</dd>
            <dt>{t('logs.detail.status')}</dt>
            <dd>
              {log.status_code} · {statusLabel}
            </dd>
            <dt>{t('logs.detail.timing')}</dt>
            <dd>
              {t('logs.detail.timingValue', {
                // Vault sends fractions of a millisecond ("2220.379304"): whole ones read better.
                total: Math.round(log.execution),
                connector: Math.round(log.duration),
                added: Math.round(log.latency),
                name,
              })}
            </dd>
            <dt>{t('logs.detail.error')}</dt>
            <dd data-ik-slot="log-error">{error ? error : t('logs.detail.noError')}</dd>
            <dt>{t('logs.detail.id')}</dt>
            <dd data-ik-slot="log-id">{log.id}</dd>
          </dl>
        </td>
      </tr>
    </tbody>
  )
}
