/**
 * The field mapping family (and the status card's line) is translated in every locale entry, with
 * the placeholders of English, and stays out of the first-paint English catalog.
 */
import { describe, expect, it } from 'vitest'
import { en } from '../../../../src/i18n/en'
import { de } from '../../../../src/i18n/locales/de'
import { es } from '../../../../src/i18n/locales/es'
import { fr } from '../../../../src/i18n/locales/fr'
import { nl } from '../../../../src/i18n/locales/nl'
import { mappingEn } from '../../../../src/i18n/mapping/en'
import { mappingStatusEn } from '../../../../src/i18n/mapping/status-en'

const english = { ...mappingEn, ...mappingStatusEn }
const placeholders = (value: unknown) =>
  new Set([...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((match) => match[1]))

describe('mapping messages', () => {
  it.each([
    ['de', de],
    ['fr', fr],
    ['es', es],
    ['nl', nl],
  ])('%s translates every key with the same placeholders', (_, messages) => {
    for (const key of Object.keys(english) as Array<keyof typeof english>) {
      expect(messages[key], key).toBeDefined()
      expect(placeholders(messages[key]), key).toEqual(placeholders(english[key]))
    }
  })

  it('are not in the first-paint English catalog', () => {
    for (const key of Object.keys(english)) {
      expect(Object.hasOwn(en, key), key).toBe(false)
    }
  })
})
