// @module-tag page
/**
 * WCAG 2.5.3 Label in Name on the catalog cards: the accessible name of a card button must contain
 * its visible text, so a speech-input user can say what they see. The button holds name, category
 * and status only (a short name); the tag line sits beside it in the card and describes it. axe's
 * rule (`label-content-name-mismatch`) needs real layout: the Storybook story tests run it in a
 * browser; here the name is compared with the text itself.
 */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { ConnectorCard, createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import {
  createMockVault,
  generateConnector,
  generateConnectors,
  type MockVault,
} from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

function renderPage() {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  return renderWithProviders(<IntegrationsPage />, { adapter })
}

/** What a sighted user reads on the card, with runs of whitespace collapsed. */
function visibleText(element: HTMLElement): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

describe('given the catalog cards', () => {
  it('names each card button with exactly its visible text: name, category, status', async () => {
    renderPage()
    const button = await screen.findByRole('button', { name: 'Salesforce CRM Connected' })
    expect(visibleText(button)).toBe('Salesforce CRM Connected')
  })

  it('keeps the tag line out of the name, as the description, in the same card', async () => {
    renderPage()
    const button = await screen.findByRole('button', { name: 'Salesforce CRM Connected' })
    const card = button.closest<HTMLElement>('[data-ik-slot="card"]')!
    const tagLine = within(card).getByText(/\S/, { selector: '[data-ik-slot="card-description"]' })
    expect(button).not.toContainElement(tagLine)
    expect(button).toHaveAccessibleDescription(visibleText(tagLine))
    expect(card.closest('li')).toBe(button.closest('li'))
  })

  it('holds for every card of the catalog', async () => {
    renderPage()
    await screen.findByRole('button', { name: /^Salesforce/ })
    const buttons = document.querySelectorAll<HTMLElement>('[data-ik-slot="card-button"]')
    expect(buttons.length).toBe(24)
    for (const button of buttons) {
      const item = button.closest('li')
      expect(item).not.toBeNull()
      expect(within(item!).getByRole('button', { name: visibleText(button) })).toBe(button)
      expect(button.querySelector('[data-ik-slot="card-description"]')).toBeNull()
    }
  })

  it('draws the initials of a logo-less connector with CSS, not as text', () => {
    const connection = generateConnector({ service_id: 'acme', logo: undefined, icon: undefined })
    render(<ConnectorCard connection={connection} />)
    const button = screen.getByRole('button', {
      name: 'Acme CRM Not connected',
      description: 'Acme connector.',
    })
    const logo = button.querySelector('[data-ik-slot="logo"]')
    expect(logo).toHaveAttribute('data-ik-initials', 'A')
    expect(logo?.textContent).toBe('')
  })

  it('puts className and style on the card, the other props on the button', async () => {
    const connection = generateConnector({ service_id: 'acme' })
    let opened = 0
    render(
      <ConnectorCard
        connection={connection}
        className="host-card"
        style={{ '--ik-accent': 'red' }}
        aria-haspopup="false"
        tabIndex={-1}
        onOpen={() => opened++}
      />,
    )
    const button = screen.getByRole('button', { name: /^Acme/ })
    const card = button.closest('[data-ik-slot="card"]')
    expect(card).toHaveClass('host-card')
    expect(card).toHaveAttribute('data-ik-key', 'crm/acme')
    expect(button).toHaveAttribute('tabindex', '-1')
    expect(button).toHaveAttribute('data-ik-key', 'crm/acme')
    button.click()
    expect(opened).toBe(1)
  })

  it('marks API text dir="auto" (a Latin name in an RTL page keeps its direction)', () => {
    const connection = generateConnector({ service_id: 'acme' })
    render(<ConnectorCard connection={connection} />)
    expect(document.querySelector('[data-ik-slot="card-title"]')).toHaveAttribute('dir', 'auto')
    expect(document.querySelector('[data-ik-slot="card-description"]')).toHaveAttribute(
      'dir',
      'auto',
    )
  })
})
