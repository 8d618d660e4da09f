/**
 * WCAG 2.5.3 Label in Name on the catalog cards: the accessible name of a card button must contain
 * its visible text, so a speech-input user can say what they see. axe's rule for it
 * (`label-content-name-mismatch`) needs real layout: the Storybook story tests run it in a browser;
 * here the name is compared with the text itself.
 */
import { render, screen, within } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ConnectorCard, createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import {
  createMockVault,
  generateConnector,
  generateConnectors,
  type MockVault,
} from 'integrations-kit/testing'
import { renderWithProviders } from '../utils'

const server = setupServer()
let vault: MockVault | undefined
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  if (vault) {
    expect(vault.violations).toEqual([])
  }
  vault = undefined
})
afterAll(() => server.close())

function renderPage() {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  server.use(...vault.handlers)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return renderWithProviders(<IntegrationsPage />, { adapter })
}

/** What a sighted user reads on the card, with runs of whitespace collapsed. */
function visibleText(element: HTMLElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

describe('given the catalog cards', () => {
  it('names each card with exactly its visible text, in reading order', async () => {
    renderPage()
    const card = await screen.findByRole('button', { name: /^Salesforce CRM Connected / })
    const tagLine = card.querySelector('[data-ik-slot="card-description"]')?.textContent ?? ''
    expect(tagLine).not.toBe('')
    expect(visibleText(card)).toBe(`Salesforce CRM Connected ${tagLine}`)
    expect(screen.getByRole('button', { name: visibleText(card) })).toBe(card)
  })

  it('holds for every card of the catalog', async () => {
    renderPage()
    await screen.findByRole('button', { name: /^Salesforce/ })
    const cards = document.querySelectorAll<HTMLElement>('[data-ik-slot="card"]')
    expect(cards.length).toBe(24)
    for (const card of cards) {
      const item = card.closest('li')
      expect(item).not.toBeNull()
      expect(within(item!).getByRole('button', { name: visibleText(card) })).toBe(card)
    }
  })

  it('draws the initials of a logo-less connector with CSS, not as text', () => {
    const connection = generateConnector({ service_id: 'acme', logo: undefined, icon: undefined })
    render(<ConnectorCard connection={connection} />)
    const card = screen.getByRole('button', { name: 'Acme CRM Not connected Acme connector.' })
    const logo = card.querySelector('[data-ik-slot="logo"]')
    expect(logo).toHaveAttribute('data-ik-initials', 'A')
    expect(logo?.textContent).toBe('')
  })
})
