/**
 * The JSON Schema formats the Vault spec uses, for the precompiled validators
 * (src/testing/vault-validators.ts calls `jsonFormats[name](value)`). The checks are those of
 * ajv-formats' "full" mode (MIT), which the mock used before the validators were precompiled;
 * scripts/gen-validators.mjs fails on a format that is not listed here.
 */
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i
const DATE_TIME_SEPARATOR = /t|\s/i
const NOT_URI_FRAGMENT = /\/|:/
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** RFC 3339 full-date. */
function isDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) {
    return false
  }
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0)
  return month >= 1 && month <= 12 && day >= 1 && day <= days
}

/** RFC 3339 full-time: a time zone is required; a leap second only at 23:59 UTC. */
function isTime(text: string): boolean {
  const match = TIME.exec(text)
  if (!match) {
    return false
  }
  const hour = Number(match[1])
  const minute = Number(match[2])
  const second = Number(match[3])
  const zone = match[4]
  const zoneSign = match[5] === '-' ? -1 : 1
  const zoneHour = Number(match[6] ?? 0)
  const zoneMinute = Number(match[7] ?? 0)
  if (zoneHour > 23 || zoneMinute > 59 || !zone) {
    return false
  }
  if (hour <= 23 && minute <= 59 && second < 60) {
    return true
  }
  const utcMinute = minute - zoneMinute * zoneSign
  const utcHour = hour - zoneHour * zoneSign - (utcMinute < 0 ? 1 : 0)
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61
}

export const jsonFormats: Readonly<Record<string, (text: string) => boolean>> = {
  'date-time': (text) => {
    const parts = text.split(DATE_TIME_SEPARATOR)
    return parts.length === 2 && isDate(parts[0] ?? '') && isTime(parts[1] ?? '')
  },
  uri: (text) => NOT_URI_FRAGMENT.test(text) && URI.test(text),
}
