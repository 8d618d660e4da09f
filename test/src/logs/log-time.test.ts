import { describe, expect, it } from 'vitest'
import { logTime } from '../../../src/logs/log-time'

describe('logTime', () => {
  it('formats a short and a full time in the locale, keeping the ISO string for dateTime', () => {
    const en = logTime('2026-12-02T05:31:07.000Z', 'en-US', 'UTC')
    expect(en.iso).toBe('2026-12-02T05:31:07.000Z')
    // Exact spacing and punctuation are ICU's and change between Node versions: check the parts.
    expect(en.short).toMatch(/^Dec 0?2, 05:31 AM$/)
    expect(en.full).toMatch(/^Wednesday, December 2, 2026 at 5:31:07\sAM UTC$/)
    const de = logTime('2026-12-02T05:31:07.000Z', 'de', 'UTC')
    expect(de.short).toMatch(/^0?2\. Dez\., 05:31$/)
    expect(de.full).toContain('Mittwoch, 2. Dezember 2026')
    expect(de.full).toContain('05:31:07')
  })

  it('shows a timestamp that does not parse as sent', () => {
    expect(logTime('yesterday', 'en', 'UTC')).toEqual({
      iso: undefined,
      short: 'yesterday',
      full: 'yesterday',
    })
  })

  it('falls back to English for an invalid locale tag', () => {
    expect(logTime('2026-12-02T05:31:07.000Z', 'not a locale!', 'UTC').short).toBe(
      logTime('2026-12-02T05:31:07.000Z', 'en', 'UTC').short,
    )
  })
})
