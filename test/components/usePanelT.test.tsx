import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { I18nProvider, useT } from '../../components/i18n'
import { usePanelT } from '../../components/usePanelT'
import { en } from '../../src/i18n/en'
import { de } from '../../src/i18n/locales/de'

function Panel() {
  const t = usePanelT()
  return (
    <p>
      {t('forms.save')} · {t('manage.deleteTitle', { name: 'Xero' })} ·{' '}
      {t('details.section.manage')} · {t('details.close')}
    </p>
  )
}

describe('usePanelT', () => {
  it("speaks the panel's English (forms, manage, details) and the built-in catalog's", () => {
    render(<Panel />)
    expect(screen.getByText('Save · Delete Xero? · Manage · Close')).toBeInTheDocument()
  })

  it("lets a locale entry and the host's overrides win over the panel's English", () => {
    render(
      <I18nProvider locale="de" messages={{ ...de, 'forms.save': 'Sichern' }}>
        <Panel />
      </I18nProvider>,
    )
    expect(screen.getByText('Sichern · Xero löschen? · Verwalten · Schließen')).toBeInTheDocument()
  })

  it('keeps the panel families in the public `en` catalog, though useT() leaves them to the panel', () => {
    expect(en['forms.save']).toBe('Save')
    expect(en['manage.delete']).toBe('Delete connection')
    expect(en['details.section.manage']).toBe('Manage')
    function Page() {
      return <p>{useT()('forms.save')}</p>
    }
    render(<Page />)
    // The page's own translate function (first paint) does not carry the panel's English.
    expect(screen.getByText('forms.save')).toBeInTheDocument()
  })
})
