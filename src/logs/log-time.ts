/**
 * A logged request's time, in the page's locale: short for the table ("Dec 2, 05:31"), full for the
 * expanded row and the cell's tooltip ("Wednesday, December 2, 2026 at 05:31:07 UTC"). A timestamp
 * that does not parse is shown as sent rather than as "Invalid Date".
 */

import { dateFormatter } from '../date-format'

export interface LogTime {
  /** The `dateTime` attribute: the ISO string as sent, when it parses. */
  iso: string | undefined
  short: string
  full: string
}

/** `timeZone` is for tests and hosts that show one zone; default: the user's own. */
export function logTime(timestamp: string, locale: string, timeZone?: string): LogTime {
  const date = new Date(timestamp)
  if (Number.isNaN(date.getTime())) {
    return { iso: undefined, short: timestamp, full: timestamp }
  }
  return {
    iso: timestamp,
    short: dateFormatter(locale, {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(date),
    full: dateFormatter(locale, {
      dateStyle: 'full',
      timeStyle: 'long',
      timeZone,
    }).format(date),
  }
}
