/**
 * How a logged request's HTTP status reads: its class (2xx succeeded, 3xx redirected, 4xx the
 * request was refused, 5xx the server failed) and the tone it is shown in. The class has a name of
 * its own and an icon per tone, so the tone is never told by colour alone.
 */
import type { StatusTone } from '../catalog/status'

export type LogStatusClass = 'success' | 'redirect' | 'clientError' | 'serverError' | 'other'

export interface LogStatus {
  statusClass: LogStatusClass
  tone: StatusTone
}

const TONES: Readonly<Record<LogStatusClass, StatusTone>> = {
  success: 'success',
  redirect: 'neutral',
  clientError: 'warning',
  serverError: 'danger',
  other: 'neutral',
}

/** The class and tone of an HTTP status code (1xx, 6xx and non-numbers are `other`, neutral). */
export function logStatus(statusCode: number): LogStatus {
  const hundreds = Number.isInteger(statusCode) ? Math.floor(statusCode / 100) : 0
  const statusClass: LogStatusClass =
    hundreds === 2
      ? 'success'
      : hundreds === 3
        ? 'redirect'
        : hundreds === 4
          ? 'clientError'
          : hundreds === 5
            ? 'serverError'
            : 'other'
  return { statusClass, tone: TONES[statusClass] }
}
