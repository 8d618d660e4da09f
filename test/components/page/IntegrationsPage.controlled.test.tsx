// @module-tag page
/**
 * Every piece of page state is uncontrolled by default and controllable Radix-style: with the
 * value prop the page shows the prop, reports the user's change through on…Change and does not
 * change by itself; with the default prop (or none) it starts there, changes, and reports it.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage, type IntegrationsPageProps } from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' }

function renderPage(props: Partial<IntegrationsPageProps> = {}) {
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const user = userEvent.setup()
  const rendered = renderWithProviders(<IntegrationsPage {...props} />, { adapter })
  const rerender = (next: Partial<IntegrationsPageProps>) =>
    rendered.rerender(<IntegrationsPage {...props} {...next} />)
  return { ...rendered, rerender, user }
}

/** The keys (`unified_api/service_id`) of the cards shown. */
function shownCards(): string[] {
  return screen
    .queryAllByRole('listitem')
    .map((item) => within(item).getByRole('button').dataset.ikKey ?? '')
}

const categories = () => screen.getByRole('group', { name: 'Category' })
const statuses = () => screen.getByRole('group', { name: 'Show' })

describe('search', () => {
  it('controlled: shows `search`, reports typing, and changes only when the prop does', async () => {
    const onSearchChange = vi.fn()
    const { user, rerender } = renderPage({ search: 'sales', onSearchChange })
    await screen.findByRole('button', { name: /^Salesforce/ })
    const box = screen.getByRole('searchbox', { name: 'Search integrations' })
    expect(box).toHaveValue('sales')
    expect(shownCards()).toEqual(['crm/salesforce'])

    await user.type(box, 'x')
    expect(onSearchChange).toHaveBeenLastCalledWith('salesx')
    expect(box).toHaveValue('sales')
    expect(shownCards()).toEqual(['crm/salesforce'])

    rerender({ search: 'pipe', onSearchChange })
    expect(box).toHaveValue('pipe')
    expect(shownCards()).toEqual(['crm/pipedrive'])
  })

  it('uncontrolled: starts at `defaultSearch`, follows typing and reports it', async () => {
    const onSearchChange = vi.fn()
    const { user } = renderPage({ defaultSearch: 'sales', onSearchChange })
    await screen.findByRole('button', { name: /^Salesforce/ })
    const box = screen.getByRole('searchbox')
    expect(box).toHaveValue('sales')
    await user.clear(box)
    await user.type(box, 'pipe')
    expect(box).toHaveValue('pipe')
    expect(shownCards()).toEqual(['crm/pipedrive'])
    await waitFor(() => expect(onSearchChange).toHaveBeenLastCalledWith('pipe'))
  })
})

describe('category', () => {
  it('controlled: shows `category`, reports a choice, and changes only when the prop does', async () => {
    const onCategoryChange = vi.fn()
    const { user, rerender } = renderPage({ category: 'crm', onCategoryChange })
    await screen.findByRole('button', { name: /^Salesforce/ })
    expect(within(categories()).getByRole('radio', { name: 'CRM 4' })).toBeChecked()
    expect(shownCards().every((key) => key.startsWith('crm/'))).toBe(true)

    await user.click(within(categories()).getByRole('radio', { name: /^ATS/ }))
    expect(onCategoryChange).toHaveBeenLastCalledWith('ats')
    expect(within(categories()).getByRole('radio', { name: 'CRM 4' })).toBeChecked()

    await user.click(within(categories()).getByRole('radio', { name: /^All/ }))
    expect(onCategoryChange).toHaveBeenLastCalledWith(null)

    rerender({ category: 'ats', onCategoryChange })
    expect(within(categories()).getByRole('radio', { name: /^ATS/ })).toBeChecked()
    expect(shownCards().every((key) => key.startsWith('ats/'))).toBe(true)
  })

  it('uncontrolled: starts at `defaultCategory`, follows a choice and reports it', async () => {
    const onCategoryChange = vi.fn()
    const { user } = renderPage({ defaultCategory: 'ats', onCategoryChange })
    await screen.findByRole('button', { name: /^Lever/ })
    expect(within(categories()).getByRole('radio', { name: /^ATS/ })).toBeChecked()
    await user.click(within(categories()).getByRole('radio', { name: /^All/ }))
    expect(within(categories()).getByRole('radio', { name: /^All/ })).toBeChecked()
    expect(shownCards()).toHaveLength(24)
    await waitFor(() => expect(onCategoryChange).toHaveBeenLastCalledWith(null))
  })
})

describe('status', () => {
  it('controlled: shows `status`, reports a choice, and changes only when the prop does', async () => {
    const onStatusChange = vi.fn()
    const { user, rerender } = renderPage({ status: 'available', onStatusChange })
    await screen.findByRole('button', { name: /^Mailchimp/ })
    expect(within(statuses()).getByRole('radio', { name: 'Available' })).toBeChecked()
    expect(screen.queryByRole('list', { name: /^Connected/ })).not.toBeInTheDocument()

    await user.click(within(statuses()).getByRole('radio', { name: 'Connected' }))
    expect(onStatusChange).toHaveBeenLastCalledWith('connected')
    expect(within(statuses()).getByRole('radio', { name: 'Available' })).toBeChecked()
    expect(screen.queryByRole('list', { name: /^Connected/ })).not.toBeInTheDocument()

    rerender({ status: 'connected', onStatusChange })
    expect(within(statuses()).getByRole('radio', { name: 'Connected' })).toBeChecked()
    expect(screen.queryByRole('list', { name: /^Available/ })).not.toBeInTheDocument()
  })

  it('uncontrolled: starts at `defaultStatus`, follows a choice and reports it', async () => {
    const onStatusChange = vi.fn()
    const { user } = renderPage({ defaultStatus: 'connected', onStatusChange })
    await screen.findByRole('button', { name: /^Salesforce/ })
    expect(screen.queryByRole('list', { name: /^Available/ })).not.toBeInTheDocument()
    await user.click(within(statuses()).getByRole('radio', { name: 'All' }))
    expect(await screen.findByRole('list', { name: /^Available/ })).toBeInTheDocument()
    await waitFor(() => expect(onStatusChange).toHaveBeenLastCalledWith('all'))
  })
})

describe('selected connector', () => {
  it('controlled: opens what `selected` names, reports a card pick, and waits for the prop', async () => {
    const onSelectedChange = vi.fn()
    const { user, rerender } = renderPage({ selected: null, onSelectedChange })
    await user.click(await screen.findByRole('button', { name: /^Salesforce/ }))
    expect(onSelectedChange).toHaveBeenLastCalledWith(salesforce)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    rerender({ selected: salesforce, onSelectedChange })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    // Closing changes the (uncontrolled) view, not the selection.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onSelectedChange).toHaveBeenCalledTimes(1)
    // The same selection as a fresh object does not reopen it; a new one does.
    rerender({ selected: { ...salesforce }, onSelectedChange })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    rerender({ selected: { unifiedApi: 'ats', serviceId: 'lever' }, onSelectedChange })
    expect(await screen.findByRole('dialog', { name: 'Lever' })).toBeInTheDocument()
  })

  it('uncontrolled: opens `defaultSelected`, follows picks, and reports them', async () => {
    const onSelectedChange = vi.fn()
    const { user } = renderPage({ defaultSelected: salesforce, onSelectedChange })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onSelectedChange).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: /^Mailchimp/ }))
    expect(await screen.findByRole('dialog', { name: 'Mailchimp' })).toBeInTheDocument()
    await waitFor(() =>
      expect(onSelectedChange).toHaveBeenLastCalledWith({
        unifiedApi: 'email-marketing',
        serviceId: 'mailchimp',
      }),
    )
  })
})

describe('view', () => {
  it('controlled: the details stay closed on "catalog" while a pick is reported, and open on "details"', async () => {
    const onViewChange = vi.fn()
    const { user, rerender } = renderPage({
      view: 'catalog',
      defaultSelected: salesforce,
      onViewChange,
    })
    await user.click(await screen.findByRole('button', { name: /^Salesforce/ }))
    expect(onViewChange).toHaveBeenLastCalledWith('details')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    rerender({ view: 'details', defaultSelected: salesforce, onViewChange })
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    await user.keyboard('{Escape}')
    expect(onViewChange).toHaveBeenLastCalledWith('catalog')
    expect(dialog).toBeInTheDocument()
  })

  it('uncontrolled: `defaultView` "catalog" keeps a default selection closed until a card opens it', async () => {
    const onViewChange = vi.fn()
    const { user } = renderPage({
      defaultView: 'catalog',
      defaultSelected: salesforce,
      onViewChange,
    })
    await user.click(await screen.findByRole('button', { name: /^Pipedrive/ }))
    expect(await screen.findByRole('dialog', { name: 'Pipedrive' })).toBeInTheDocument()
    await waitFor(() => expect(onViewChange).toHaveBeenLastCalledWith('details'))
  })
})
