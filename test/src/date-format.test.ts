import { describe, expect, it } from 'vitest'
import { dateFormatter } from '../../src/date-format'

const date = new Date('2026-12-02T05:31:07.000Z')

describe('dateFormatter', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const
    const first = dateFormatter('de', options)

    expect(dateFormatter('de', { ...options })).toBe(first)
    expect(dateFormatter('fr', options)).not.toBe(first)
    expect(dateFormatter('de', { ...options, timeStyle: 'long' })).not.toBe(first)
    expect(first.format(date)).toMatch(/^0?2\.12\.2026, 05:31$/)
  })

  it('formats in English for a locale tag that is not valid', () => {
    const options = { month: 'long', timeZone: 'UTC' } as const

    expect(dateFormatter('not a locale!', options).format(date)).toBe('December')
  })
})
