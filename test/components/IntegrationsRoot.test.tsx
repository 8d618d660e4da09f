/**
 * The root's text direction: inherited from the page unless the host sets `dir` or the locale
 * needs one. jsdom has no computed `direction`; the root falls back to `:dir()`, which jsdom does
 * resolve from `dir` attributes. test/e2e/styles-contract.e2e.ts checks the computed direction in
 * Chromium, including a CSS `direction` on the parent.
 */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConnectorGrid, IntegrationsRoot } from 'integrations-kit'
import { I18nProvider } from '../../components/i18n'
import { generateConnectors } from 'integrations-kit/testing'
import type { ReactNode } from 'react'

const connectors = generateConnectors(4, 5)

function page(
  {
    parentDir,
    locale = 'en',
    hostDir,
  }: { parentDir?: string; locale?: string; hostDir?: 'ltr' | 'rtl' },
  children?: ReactNode,
) {
  return (
    <div dir={parentDir} data-testid="parent">
      <I18nProvider locale={locale}>
        <IntegrationsRoot dir={hostDir} data-testid="root">
          {children ?? <ConnectorGrid connections={connectors} onOpen={() => undefined} />}
        </IntegrationsRoot>
      </I18nProvider>
    </div>
  )
}

/** Focuses the first card and presses a key; returns the index of the card that has focus. */
async function indexAfter(key: string): Promise<number> {
  const user = userEvent.setup()
  const cards = screen.getAllByRole('button')
  await user.tab()
  expect(cards[0]).toHaveFocus()
  await user.keyboard(`{${key}}`)
  return cards.findIndex((card) => card === document.activeElement)
}

describe('given a parent with dir="rtl" and an English locale', () => {
  it('writes no dir of its own, so the page stays right-to-left', () => {
    render(page({ parentDir: 'rtl' }))
    const root = screen.getByTestId('root')
    expect(root).not.toHaveAttribute('dir')
    expect(root.matches(':dir(rtl)')).toBe(true)
  })

  it('moves to the next card with ArrowLeft, as the inherited direction reads', async () => {
    render(page({ parentDir: 'rtl' }))
    expect(await indexAfter('ArrowLeft')).toBe(1)
  })
})

describe('given a left-to-right page and an English locale', () => {
  it('moves to the next card with ArrowRight', async () => {
    render(page({}))
    expect(screen.getByTestId('root')).not.toHaveAttribute('dir')
    expect(await indexAfter('ArrowRight')).toBe(1)
  })
})

describe('given a dir the host sets', () => {
  it('wins over a right-to-left parent', async () => {
    render(page({ parentDir: 'rtl', hostDir: 'ltr' }))
    expect(screen.getByTestId('root')).toHaveAttribute('dir', 'ltr')
    expect(await indexAfter('ArrowRight')).toBe(1)
  })

  it('wins over a right-to-left locale', () => {
    render(page({ locale: 'ar', hostDir: 'ltr' }))
    expect(screen.getByTestId('root')).toHaveAttribute('dir', 'ltr')
  })
})

describe.each(['ar', 'he'])('given the %s locale under a left-to-right parent', (locale) => {
  it('is right-to-left, and ArrowLeft moves forward', async () => {
    render(page({ parentDir: 'ltr', locale }))
    expect(screen.getByTestId('root')).toHaveAttribute('dir', 'rtl')
    expect(await indexAfter('ArrowLeft')).toBe(1)
  })
})
