import { kindeEn } from '../../../src/kinde/messages'
import { kindeDe } from 'integrations-kit/kinde/locales/de'
import { kindeEs } from 'integrations-kit/kinde/locales/es'
import { kindeFr } from 'integrations-kit/kinde/locales/fr'
import { kindeNl } from 'integrations-kit/kinde/locales/nl'

const locales = { de: kindeDe, fr: kindeFr, es: kindeEs, nl: kindeNl }
const englishKeys = Object.keys(kindeEn).sort()

describe('the Kinde message tables', () => {
  it.each(Object.entries(locales))(
    '%s has exactly the English keys, none missing or extra',
    (_, table) => {
      expect(Object.keys(table).sort()).toEqual(englishKeys)
    },
  )

  it.each(Object.entries(locales))('%s has a non-blank string for every key', (_, table) => {
    for (const value of Object.values(table)) {
      expect(typeof value).toBe('string')
      expect(value.trim()).not.toBe('')
    }
  })

  it.each(Object.entries(locales))('%s is a translation, not a copy of the English', (_, table) => {
    const record = table as Record<string, string>
    const copied = englishKeys.filter(
      (key) => record[key] === (kindeEn as Record<string, string>)[key],
    )
    // Only a few technical terms ("Persistent", "Applications") may read the same.
    expect(copied.length).toBeLessThanOrEqual(3)
  })
})
