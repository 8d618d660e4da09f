// @module-tag page
/**
 * The exported parts make a page in any arrangement, with no private API: here only some of them,
 * in another order, with a list instead of the grid, the details inline instead of a side panel,
 * and a host part reading the shared state through useIntegrationsPage().
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  createVaultAdapter,
  IntegrationsPageCategoryFilter,
  IntegrationsPageDetailsInline,
  IntegrationsPageGrid,
  IntegrationsPageRoot,
  IntegrationsPageSearch,
  useIntegrationsPage,
} from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'

const { serve } = serveMockVault()
let vault: MockVault | undefined

/** A host's own part: the shown count, from the page's shared state. */
function ShownCount() {
  const page = useIntegrationsPage()
  return <p data-testid="shown">{page ? `${page.filtered.count} shown` : 'outside'}</p>
}

function renderRearranged() {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const user = userEvent.setup()
  render(
    <IntegrationsPageRoot adapter={adapter}>
      <main>
        <IntegrationsPageGrid layout="list" />
        <IntegrationsPageSearch />
      </main>
      <aside>
        <ShownCount />
        <IntegrationsPageCategoryFilter />
      </aside>
      <IntegrationsPageDetailsInline placeholder={<p>Pick an integration</p>} />
    </IntegrationsPageRoot>,
  )
  return { user }
}

describe('given parts rearranged by a host', () => {
  it('labels the region without a header, and the search and sidebar filter drive the list', async () => {
    const { user } = renderRearranged()
    const region = screen.getByRole('region', { name: 'Integrations' })
    expect(region).not.toHaveAttribute('aria-labelledby')
    await screen.findByRole('button', { name: /^Salesforce/ })
    expect(region.querySelector('[data-ik-slot="grid"]')).toHaveAttribute('data-ik-layout', 'list')
    expect(screen.getByTestId('shown')).toHaveTextContent('24 shown')

    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'crm')
    expect(screen.getByTestId('shown')).toHaveTextContent('4 shown')
    await user.clear(screen.getByRole('searchbox'))
    const categories = screen.getByRole('group', { name: 'Category' })
    await user.click(within(categories).getByRole('radio', { name: /^ATS/ }))
    const cards = screen.getAllByRole('listitem').map((item) => within(item).getByRole('button'))
    expect(cards.map((card) => card.dataset.ikKey).every((key) => key?.startsWith('ats/'))).toBe(
      true,
    )
    // The "/" shortcut reaches the search box wherever the host put it.
    cards[0]!.focus()
    await user.keyboard('/')
    expect(screen.getByRole('searchbox')).toHaveFocus()
  })

  it('shows the picked connector inline: no dialog, the card is current, Close hands focus back', async () => {
    const { user } = renderRearranged()
    expect(screen.getByText('Pick an integration')).toBeInTheDocument()
    const card = await screen.findByRole('button', { name: /^Salesforce/ })
    // Inline details: cards do not announce a dialog.
    expect(card).not.toHaveAttribute('aria-haspopup')

    await user.click(card)
    const details = await screen.findByRole('region', { name: 'Salesforce' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(details).getByRole('heading', { name: 'Salesforce' })).toBeInTheDocument()
    expect(within(details).getByRole('heading', { name: 'Status' })).toBeInTheDocument()
    expect(card).toHaveAttribute('aria-current', 'true')
    expect(screen.queryByText('Pick an integration')).not.toBeInTheDocument()

    // Arrow keys move between cards in the list; Enter shows another connector.
    card.focus()
    await user.keyboard('{ArrowDown}')
    const next = document.activeElement as HTMLElement
    expect(next).not.toBe(card)
    await user.keyboard('{Enter}')
    const name = next.querySelector('[data-ik-slot="card-title"]')!.textContent!
    const other = await screen.findByRole('region', { name })
    expect(next).toHaveAttribute('aria-current', 'true')
    expect(card).not.toHaveAttribute('aria-current')

    await user.click(within(other).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.getByText('Pick an integration')).toBeInTheDocument())
    expect(next).toHaveFocus()
    expect(next).not.toHaveAttribute('aria-current')
  })

  it('a part outside a root says so', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<IntegrationsPageSearch />)).toThrow(
      '<IntegrationsPageSearch> must be rendered inside <IntegrationsPageRoot>.',
    )
    render(<ShownCount />)
    expect(screen.getByTestId('shown')).toHaveTextContent('outside')
  })
})
