import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { en, useT } from 'integrations-kit'
import { formatMessage, localeDirection } from '../../src/i18n/format'
import { I18nProvider, useDirection } from '../../components/i18n'
import { de } from '../../src/i18n/locales/de'
import { es } from '../../src/i18n/locales/es'
import { fr } from '../../src/i18n/locales/fr'
import { nl } from '../../src/i18n/locales/nl'

describe('formatMessage', () => {
  it('interpolates {name} values and formats numbers for the locale', () => {
    expect(formatMessage('Connect {name}', { name: 'Xero' })).toBe('Connect Xero')
    expect(formatMessage('{count} items', { count: 1234 }, 'de')).toBe('1.234 items')
  })

  it('leaves unknown placeholders visible and never interprets HTML', () => {
    expect(formatMessage('Hi {who}', {})).toBe('Hi {who}')
    expect(formatMessage('{name}', { name: '<img src=x onerror=alert(1)>' })).toBe(
      '<img src=x onerror=alert(1)>',
    )
  })

  it('picks plural forms with Intl.PluralRules, zero when given', () => {
    const message = { zero: 'No results', one: '{count} result', other: '{count} results' }
    expect(formatMessage(message, { count: 0 })).toBe('No results')
    expect(formatMessage(message, { count: 1 })).toBe('1 result')
    expect(formatMessage(message, { count: 2 })).toBe('2 results')
    // French treats 0 and 1 as "one" when no zero form is given.
    expect(
      formatMessage(
        { one: '{count} intégration', other: '{count} intégrations' },
        { count: 0 },
        'fr',
      ),
    ).toBe('0 intégration')
    // Arabic has "few" and "many"; a missing form falls back to "other".
    expect(formatMessage({ few: 'few', other: 'other' }, { count: 3 }, 'ar')).toBe('few')
    expect(formatMessage({ few: 'few', other: 'other' }, { count: 11 }, 'ar')).toBe('other')
  })

  it('survives an invalid locale tag', () => {
    expect(formatMessage({ one: 'one', other: 'many' }, { count: 1 }, 'not a locale!')).toBe('one')
  })
})

describe('locales', () => {
  it.each([
    ['de', de],
    ['fr', fr],
    ['es', es],
    ['nl', nl],
  ])('%s translates every built-in key, with the same placeholders as English', (_, messages) => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const translated = messages[key]
      expect(translated, key).toBeDefined()
      const placeholders = (value: unknown) =>
        [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(new Set(placeholders(translated)), key).toEqual(new Set(placeholders(en[key])))
    }
  })

  it('knows right-to-left languages', () => {
    expect(localeDirection('ar')).toBe('rtl')
    expect(localeDirection('he-IL')).toBe('rtl')
    expect(localeDirection('fa')).toBe('rtl')
    expect(localeDirection('ur_PK')).toBe('rtl')
    expect(localeDirection('en-US')).toBe('ltr')
    expect(localeDirection('de')).toBe('ltr')
  })
})

function Probe() {
  const t = useT()
  return (
    <p data-dir={useDirection()}>
      {t('catalog.count.connectors', { count: 1 })} / {t('catalog.search.label')} /{' '}
      {t('details.close')}
    </p>
  )
}

describe('I18nProvider', () => {
  it('falls back to English for keys a translation lacks, and nests overrides', () => {
    render(
      <I18nProvider locale="de" messages={{ 'catalog.search.label': 'Suchen' }}>
        <I18nProvider messages={{ 'details.close': 'Zu' }}>
          <Probe />
        </I18nProvider>
      </I18nProvider>,
    )
    expect(screen.getByText('1 integration / Suchen / Zu')).toHaveAttribute('data-dir', 'ltr')
  })

  it('works without a provider (English) and reports rtl for Hebrew', () => {
    const { unmount } = render(<Probe />)
    expect(screen.getByText(/1 integration \/ Search integrations/)).toBeInTheDocument()
    unmount()
    render(
      <I18nProvider locale="he">
        <Probe />
      </I18nProvider>,
    )
    expect(screen.getByText(/Search integrations/)).toHaveAttribute('data-dir', 'rtl')
  })
})
