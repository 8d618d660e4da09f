import { authressEn } from '../../../src/authress/messages'
import { authressDe } from 'integrations-kit/authress/locales/de'
import { authressEs } from 'integrations-kit/authress/locales/es'
import { authressFr } from 'integrations-kit/authress/locales/fr'
import { authressNl } from 'integrations-kit/authress/locales/nl'

const locales = { de: authressDe, fr: authressFr, es: authressEs, nl: authressNl }
const englishKeys = Object.keys(authressEn).sort()

describe('the Authress message tables', () => {
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
      (key) => record[key] === (authressEn as Record<string, string>)[key],
    )
    expect(copied).toEqual([])
  })
})
