// @module-tag page
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  createVaultAdapter,
  IntegrationsPage,
  type IntegrationsEvent,
  type IntegrationsPageProps,
} from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { de } from '../../../src/i18n/locales/de'
import { createTestQueryClient, renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

function renderPage(
  props: Partial<IntegrationsPageProps> = {},
  options: Parameters<typeof createMockVault>[0] = {},
) {
  vault = createMockVault({ connectors: generateConnectors(24, 1), ...options })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const user = userEvent.setup()
  const rendered = renderWithProviders(<IntegrationsPage {...props} />, { adapter })
  return { ...rendered, user, vault }
}

async function findCard(name: RegExp) {
  return screen.findByRole('button', { name })
}

function cardNames(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('button')
    .map((card) => card.querySelector('[data-ik-slot="card-title"]')?.textContent ?? '')
}

function listRequests(mock: MockVault) {
  return mock.requests.filter((r) => r.method === 'GET' && /\/vault\/connections$/.test(r.path))
}

describe('given the drop-in page', () => {
  it('shows card-shaped skeletons while loading, then the cards, with one list request', async () => {
    const { vault: mock } = renderPage()
    expect(screen.getByRole('status')).toHaveTextContent('Loading integrations…')
    const busy = document.querySelector('[data-ik-slot="catalog"]')
    expect(busy).toHaveAttribute('aria-busy', 'true')
    expect(busy?.querySelectorAll('[data-ik-slot="card"][data-state="loading"]').length).toBe(9)

    expect(await findCard(/^Salesforce/)).toBeInTheDocument()
    expect(busy).not.toHaveAttribute('aria-busy')
    expect(screen.getByRole('status')).toHaveTextContent('24 integrations loaded')
    expect(listRequests(mock)).toHaveLength(1)
    expect(mock.requests.filter((r) => r.method === 'GET')).toHaveLength(1)
  })

  it('lists connected connectors first, each section sorted by name, with counts', async () => {
    renderPage()
    const connected = await screen.findByRole('list', { name: /^Connected/ })
    const available = screen.getByRole('list', { name: /^Available/ })
    const connectedNames = cardNames(connected)
    expect(connectedNames).toEqual([...connectedNames].sort((a, b) => a.localeCompare(b)))
    expect(connectedNames).toContain('Salesforce')
    expect(connectedNames).not.toContain('Mailchimp')
    expect(cardNames(available)).toContain('Mailchimp')
    expect(cardNames(available)).toHaveLength(12)
    expect(connectedNames).toHaveLength(12)
    expect(screen.getByText('24 integrations')).toBeInTheDocument()
    expect(screen.getByText('12 connected')).toBeInTheDocument()
  })

  it('gives each card a short name (connector, category, status), the tag line as its description', async () => {
    renderPage()
    const salesforce = await findCard(/^Salesforce CRM Connected$/)
    expect(salesforce).toHaveAccessibleDescription(/\S/)
    expect(salesforce.closest('[data-ik-slot="card"]')).toHaveAttribute('data-state', 'callable')
    expect(
      screen
        .getByRole('button', { name: 'HubSpot CRM Needs authorization' })
        .closest('[data-ik-slot="card"]'),
    ).toHaveAttribute('data-ik-status', 'needs_authorization')
    expect(screen.getByRole('button', { name: 'Lever ATS Needs admin setup' })).toBeInTheDocument()
  })

  it('filters as you type by name, service id and category, and announces the result count', async () => {
    const { user } = renderPage()
    await findCard(/^Salesforce/)
    const search = screen.getByRole('searchbox', { name: 'Search integrations' })

    await user.type(search, 'sales')
    const cards = () =>
      screen
        .queryAllByRole('listitem')
        .map((item) => within(item).getByRole('button').dataset.ikKey)
    expect(cards()).toEqual(['crm/salesforce'])
    expect(screen.getByRole('status')).toHaveTextContent('1 result')
    // Several words must all match, in any order.
    await user.clear(search)
    await user.type(search, 'crm pipe')
    expect(cards()).toEqual(['crm/pipedrive'])

    await user.clear(search)
    await user.type(search, 'google-drive')
    expect(screen.getByRole('button', { name: /^Google Drive/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Salesforce/ })).not.toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'file storage')
    expect(cards()).toEqual(['file-storage/dropbox', 'file-storage/google-drive'])
    expect(screen.getByRole('status')).toHaveTextContent('2 results')
  })

  it('shows the no-match state and clears the search from it', async () => {
    const { user } = renderPage()
    await findCard(/^Salesforce/)
    await user.type(screen.getByRole('searchbox'), 'zzzz')
    expect(screen.getByText('No integrations match “zzzz”')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('No results')
    // The no-match state's own button (the search box has a "Clear search" button too).
    const message = screen
      .getByText('No integrations match “zzzz”')
      .closest<HTMLElement>('[data-ik-slot="message"]')!
    await user.click(within(message).getByRole('button', { name: 'Clear search' }))
    expect(screen.getByRole('searchbox')).toHaveValue('')
    expect(screen.getByRole('searchbox')).toHaveFocus()
    expect(await findCard(/^Salesforce/)).toBeInTheDocument()
  })

  it('filters by category with a radio group that shows counts', async () => {
    const { user } = renderPage()
    await findCard(/^Salesforce/)
    const categories = screen.getByRole('group', { name: 'Category' })
    expect(within(categories).getByRole('radio', { name: 'All 24' })).toBeChecked()
    const crm = within(categories).getByRole('radio', { name: 'CRM 4' })
    await user.click(crm)
    expect(crm).toBeChecked()
    const cards = screen.getAllByRole('button', { name: / CRM / })
    expect(cards).toHaveLength(4)
    expect(screen.queryByRole('button', { name: /^Xero/ })).not.toBeInTheDocument()
    // Arrow keys move within the native radio group.
    await user.keyboard('{ArrowRight}')
    expect(within(categories).getByRole('radio', { name: /^Customer support/ })).toBeChecked()
  })

  it('filters by status: Connected, Available', async () => {
    const { user } = renderPage()
    await findCard(/^Salesforce/)
    const show = screen.getByRole('group', { name: 'Show' })
    await user.click(within(show).getByRole('radio', { name: 'Connected' }))
    expect(screen.queryByRole('list', { name: /^Available/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Salesforce/ })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Mailchimp/ })).not.toBeInTheDocument()
    // Category counts follow the status filter.
    expect(screen.getByRole('radio', { name: 'All 12' })).toBeChecked()

    await user.click(within(show).getByRole('radio', { name: 'Available' }))
    expect(screen.queryByRole('list', { name: /^Connected/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Mailchimp/ })).toBeInTheDocument()
  })

  it('says so when the catalog is empty', async () => {
    renderPage({}, { connectors: [] })
    expect(await screen.findByText('No integrations available yet')).toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })

  it('says a 403 is missing permission (never a sign-in problem) and recovers with Retry', async () => {
    vault = createMockVault({ connectors: generateConnectors(24, 1) })
    vault.fail({ method: 'GET', path: /\/vault\/connections$/, times: 1 }, { status: 403 })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const user = userEvent.setup()
    renderWithProviders(<IntegrationsPage />, { adapter })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Integrations could not be loaded')
    expect(alert).toHaveTextContent("You don't have permission to do this. Ask an administrator.")
    expect(alert).not.toHaveTextContent(/sign in|session/i)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await findCard(/^Salesforce/)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('focuses the search on "/" and Ctrl+K, but not while typing in a field', async () => {
    const { user } = renderPage()
    const card = await findCard(/^Salesforce/)
    card.focus()
    await user.keyboard('/')
    const search = screen.getByRole('searchbox')
    expect(search).toHaveFocus()
    await user.type(search, 'a/b')
    expect(search).toHaveValue('a/b')
    card.blur()
    await user.click(document.body)
    await user.keyboard('{Control>}k{/Control}')
    expect(search).toHaveFocus()
  })

  it('makes a throwing onEvent harmless and still reports it to onError', async () => {
    const onError = vi.fn()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { user } = renderPage({
      onEvent: () => {
        throw new Error('analytics down')
      },
      onError,
    })
    const card = await findCard(/^Salesforce/)
    await user.click(card)
    expect(await screen.findByRole('dialog', { name: 'Salesforce' })).toBeInTheDocument()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'analytics down' }))
    expect(consoleError).toHaveBeenCalled()
  })
})

describe('given the details panel', () => {
  it('opens from a card, traps focus in a titled dialog, and Escape returns focus to the card', async () => {
    const { user } = renderPage()
    const card = await findCard(/^Salesforce/)
    await user.click(card)
    const dialog = await screen.findByRole('dialog', { name: 'Salesforce' })
    expect(
      within(dialog).getByText('Connected', { selector: '[data-ik-slot="badge-label"]' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByText(/Everything works/)).toBeInTheDocument()
    expect(within(dialog).getByText(/No action needed/)).toBeInTheDocument()
    expect(dialog.contains(document.activeElement)).toBe(true)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: /^Salesforce/ })).toHaveFocus()
  })

  it('says what to do next, and adds an available connector with Connect', async () => {
    const onConnectionChange = vi.fn()
    const { user, vault: mock } = renderPage({ onConnectionChange })
    await user.click(await findCard(/^Mailchimp/))
    const dialog = await screen.findByRole('dialog', { name: 'Mailchimp' })
    expect(dialog).toHaveTextContent('Select Connect to add Mailchimp.')
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }))
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('status')
          .some((status) => status.textContent === 'Mailchimp added'),
      ).toBe(true),
    )
    expect(mock.connection({ unifiedApi: 'email-marketing', serviceId: 'mailchimp' })?.state).toBe(
      'added',
    )
    expect(onConnectionChange).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'mailchimp' }),
    )
    expect(within(dialog).queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument()
    await user.keyboard('{Escape}')
    // The card moved to Connected and focus followed it there.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Mailchimp/ })).toHaveFocus())
    expect(cardNames(screen.getByRole('list', { name: /^Connected/ }))).toContain('Mailchimp')
  })

  it('opens the connector named by serviceId + unifiedApi (deep link) and reports navigation', async () => {
    const onNavigate = vi.fn()
    const events: IntegrationsEvent[] = []
    const { user } = renderPage({
      serviceId: 'xero',
      unifiedApi: 'accounting',
      onNavigate,
      onEvent: (event) => events.push(event),
    })
    expect(await screen.findByRole('dialog', { name: 'Xero' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onNavigate).toHaveBeenLastCalledWith(null)
    expect(events).toContainEqual({
      type: 'connector_closed',
      unifiedApi: 'accounting',
      serviceId: 'xero',
    })
  })

  it('reads and writes ?connector= with urlSync', async () => {
    window.history.replaceState(null, '', '/settings?tab=apps&connector=crm/hubspot')
    const onNavigate = vi.fn()
    const { user } = renderPage({ urlSync: true, onNavigate })
    expect(await screen.findByRole('dialog', { name: 'HubSpot' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(window.location.search).toBe('?tab=apps')
    await user.click(screen.getByRole('button', { name: /^Xero/ }))
    expect(window.location.search).toBe('?tab=apps&connector=accounting%2Fxero')
    expect(onNavigate).toHaveBeenLastCalledWith({ unifiedApi: 'accounting', serviceId: 'xero' })
  })
})

describe('given the event stream', () => {
  it('reports catalog_viewed once, searches on settle (not per keystroke), filters and opens', async () => {
    const events: IntegrationsEvent[] = []
    const { user } = renderPage({ onEvent: (event) => events.push(event) })
    await findCard(/^Salesforce/)
    await waitFor(() =>
      expect(events).toContainEqual({ type: 'catalog_viewed', total: 24, connected: 12 }),
    )
    await user.type(screen.getByRole('searchbox'), 'sales')
    expect(events.filter((e) => e.type === 'catalog_searched')).toEqual([])
    await user.tab()
    expect(events.filter((e) => e.type === 'catalog_searched')).toEqual([
      { type: 'catalog_searched', query: 'sales', results: 1 },
    ])
    await user.click(screen.getByRole('radio', { name: 'Connected' }))
    expect(events).toContainEqual({ type: 'catalog_filtered', category: null, status: 'connected' })
    await user.click(screen.getByRole('button', { name: /^Salesforce/ }))
    expect(events).toContainEqual({
      type: 'connector_opened',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    expect(events.filter((e) => e.type === 'catalog_viewed')).toHaveLength(1)
  })

  it('reports a search after 500 ms without typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const events: IntegrationsEvent[] = []
      const { user } = renderPage({ onEvent: (event) => events.push(event) })
      await findCard(/^Salesforce/)
      await user.type(screen.getByRole('searchbox'), 'xero')
      expect(events.some((e) => e.type === 'catalog_searched')).toBe(false)
      await act(async () => {
        await vi.advanceTimersByTimeAsync(600)
      })
      expect(events).toContainEqual({ type: 'catalog_searched', query: 'xero', results: 1 })
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('given theme, locale and direction props', () => {
  it('puts theme attributes and variables on the root, with a readable accent text colour', async () => {
    renderPage({
      theme: { appearance: 'dark', accentColor: '#ffd60a', radius: 'large', density: 'compact' },
      className: 'host',
    })
    await findCard(/^Salesforce/)
    const root = document.querySelector('[data-ik-slot="root"]') as HTMLElement
    expect(root).toHaveAttribute('data-ik-appearance', 'dark')
    expect(root).toHaveAttribute('data-ik-radius', 'large')
    expect(root).toHaveAttribute('data-ik-density', 'compact')
    expect(root).toHaveAttribute('data-ik-styled', 'true')
    expect(root).toHaveClass('host')
    expect(root.style.getPropertyValue('--ik-accent')).toBe('#ffd60a')
    // Yellow is light: text on it must be dark.
    expect(root.style.getPropertyValue('--ik-accent-contrast')).toBe('#111')
  })

  it('renders headless with unstyled', async () => {
    renderPage({ unstyled: true })
    await findCard(/^Salesforce/)
    expect(document.querySelector('[data-ik-slot="root"]')).toHaveAttribute(
      'data-ik-styled',
      'false',
    )
  })

  it('speaks German with the de locale module, including plurals', async () => {
    renderPage({ locale: 'de', messages: de })
    await findCard(/^Salesforce/)
    expect(screen.getByRole('searchbox', { name: 'Integrationen durchsuchen' })).toBeInTheDocument()
    expect(screen.getByText('24 Integrationen')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Salesforce CRM Verbunden' })).toBeInTheDocument()
  })

  it('lays out right-to-left for an RTL locale', async () => {
    renderPage({ locale: 'ar', messages: { 'page.title': 'التكاملات' } })
    expect(await screen.findByRole('heading', { name: 'التكاملات' })).toBeInTheDocument()
    expect(document.querySelector('[data-ik-slot="root"]')).toHaveAttribute('dir', 'rtl')
  })
})

describe('given a host QueryClient', () => {
  it('works as a drop-in with its own adapter prop', async () => {
    vault = createMockVault({ connectors: generateConnectors(24, 1) })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const { render } = await import('@testing-library/react')
    render(<IntegrationsPage adapter={adapter} queryClient={createTestQueryClient()} />)
    expect(await findCard(/^Salesforce/)).toBeInTheDocument()
  })
})
