import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { I18nProvider, type Messages } from '../../components/i18n'
import { useLazyT } from '../../components/useLazyT'
import { de } from '../../src/i18n/locales/de'

// A lazily loaded part's own English, as a family table (its keys are not in the built-in catalog).
const partEn = {
  'part.greeting': 'Hello {name}',
  'part.items': { one: '{count} item', other: '{count} items' },
} as const

function Part({ count }: { count: number }) {
  const t = useLazyT(partEn)
  return (
    <p>
      {t('part.greeting', { name: 'Ada' })} · {t('part.items', { count })} ·{' '}
      {t('details.close' as keyof typeof partEn)}
    </p>
  )
}

describe('useLazyT', () => {
  it("falls back to the part's own English, and the built-in catalog still answers its keys", () => {
    render(<Part count={2} />)
    expect(screen.getByText('Hello Ada · 2 items · Close')).toBeInTheDocument()
  })

  it("lets the host's messages (a locale entry) win over the part's English, with plurals in that locale", () => {
    const messages = {
      ...de,
      'part.greeting': 'Hallo {name}',
      'part.items': { one: '{count} Eintrag', other: '{count} Einträge' },
    } as unknown as Partial<Messages>
    render(
      <I18nProvider locale="de" messages={messages}>
        <Part count={1} />
      </I18nProvider>,
    )
    expect(screen.getByText('Hallo Ada · 1 Eintrag · Schließen')).toBeInTheDocument()
  })
})
