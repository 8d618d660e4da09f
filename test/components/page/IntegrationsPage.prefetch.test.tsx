// @module-tag page
/**
 * Details on the frame after the click: a card the pointer or keyboard focus rests on fetches the
 * detail query of a connected connector (once), a quick pass fetches nothing, touch never does,
 * and the details chunk is fetched once the catalog has painted and the browser is idle. A card
 * whose consent section will show fetches its consent records too, unless the page hides consent.
 */
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The page on a mock Vault, its catalog painted; then fake timers drive the intent delay. */
async function renderCatalog(
  options: Parameters<typeof createMockVault>[0] = {},
  props: ComponentProps<typeof IntegrationsPage> = {},
) {
  vault = createMockVault({ connectors: generateConnectors(24, 1), ...options })
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(<IntegrationsPage {...props} />, { adapter })
  await screen.findByRole('button', { name: /^Salesforce/ })
  // Real time still moves the clock (Testing Library waits on timers), but only a little.
  vi.useFakeTimers({ shouldAdvanceTime: true })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  return { user, mock: vault }
}

/** GETs of one connection (`…/connections/{api}/{service}`), not the list nor its sub-resources. */
function detailRequests(mock: MockVault) {
  return mock.requests
    .filter((r) => r.method === 'GET' && /^\/vault\/connections\/[^/]+\/[^/]+$/.test(r.path))
    .map((r) => r.path)
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

function connectedCards() {
  return within(screen.getByRole('list', { name: /^Connected/ })).getAllByRole('button')
}

describe('prefetching what opening a card needs', () => {
  it('a card the pointer rests on fetches its details once; the click then shows them without a second request', async () => {
    const { user, mock } = await renderCatalog()
    const salesforce = screen.getByRole('button', { name: /^Salesforce/ })

    await user.hover(salesforce)
    expect(detailRequests(mock)).toEqual([])
    await wait(100)
    expect(detailRequests(mock)).toEqual(['/vault/connections/crm/salesforce'])
    // Resting longer, leaving and coming back: still the one request (fresh for 30 s).
    await user.unhover(salesforce)
    await user.hover(salesforce)
    await wait(200)
    expect(detailRequests(mock)).toHaveLength(1)

    await user.click(salesforce)
    const dialog = await vi.waitFor(() => screen.getByRole('dialog', { name: 'Salesforce' }))
    await vi.waitFor(() => expect(dialog).not.toHaveAttribute('aria-busy'))
    await wait(500)
    expect(detailRequests(mock)).toEqual(['/vault/connections/crm/salesforce'])
  })

  it('a quick pass over cards fetches nothing', async () => {
    const { user, mock } = await renderCatalog()
    const [first, second, third] = connectedCards()

    await user.hover(first)
    await user.hover(second)
    await user.hover(third)
    await user.hover(screen.getByRole('searchbox', { name: 'Search integrations' }))
    await wait(1000)
    expect(detailRequests(mock)).toEqual([])
  })

  it('pressing a card fetches at once, before the intent delay', async () => {
    const { user, mock } = await renderCatalog()
    const salesforce = screen.getByRole('button', { name: /^Salesforce/ })
    await user.pointer({ keys: '[MouseLeft>]', target: salesforce })
    await wait(1)
    expect(detailRequests(mock)).toEqual(['/vault/connections/crm/salesforce'])
  })

  it('touch (which may be a scroll) fetches nothing', async () => {
    const { user, mock } = await renderCatalog()
    const [first, second] = connectedCards()
    await user.pointer([
      { keys: '[TouchA>]', target: first },
      { pointerName: 'TouchA', target: second },
    ])
    await wait(1000)
    expect(detailRequests(mock)).toEqual([])
  })

  it('a card that is not connected fetches no details (its list entry is all the panel shows)', async () => {
    const { user, mock } = await renderCatalog()
    const available = within(screen.getByRole('list', { name: /^Available/ })).getAllByRole(
      'button',
    )[0]
    await user.hover(available)
    await wait(500)
    expect(detailRequests(mock)).toEqual([])
  })

  it('keyboard focus that stays on a card fetches its details; arrowing past cards does not', async () => {
    const { user, mock } = await renderCatalog()
    const cards = connectedCards()
    // Tab to the grid: its tab stop is the first card.
    for (let step = 0; step < 20 && document.activeElement !== cards[0]; step += 1) {
      await user.tab()
    }
    expect(cards[0]).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    const settled = document.activeElement as HTMLElement
    expect(settled).toBe(cards[3])
    await wait(200)
    expect(detailRequests(mock)).toEqual([`/vault/connections/${settled.dataset.ikKey}`])
  })
})

describe('the details chunk', () => {
  it('is fetched when the browser is idle after the catalog has painted, not before', async () => {
    const idle = vi.fn<(callback: () => void) => number>(() => 1)
    vi.stubGlobal('requestIdleCallback', idle)
    vault = createMockVault({ connectors: generateConnectors(24, 1), latency: 50 })
    serve(vault)
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    renderWithProviders(<IntegrationsPage />, { adapter })
    // Skeletons: nothing scheduled yet.
    expect(screen.getByRole('status')).toHaveTextContent('Loading integrations…')
    expect(idle).not.toHaveBeenCalled()
    const salesforce = await screen.findByRole('button', { name: /^Salesforce/ })
    expect(idle).toHaveBeenCalledTimes(1)

    // The idle callback renders the (closed) panel, whose lazy component then holds the chunk: the
    // click shows the panel at once.
    await act(async () => idle.mock.calls[0][0]())
    await userEvent.click(salesforce)
    expect(screen.getByRole('dialog', { name: 'Salesforce' })).toBeInTheDocument()
  })
})

/** GETs of a connection's consent records (`…/connections/{api}/{service}/consent`). */
function consentRequests(mock: MockVault) {
  return mock.requests
    .filter(
      (r) => r.method === 'GET' && /^\/vault\/connections\/[^/]+\/[^/]+\/consent$/.test(r.path),
    )
    .map((r) => r.path)
}

describe('prefetching a consent section', () => {
  it('a card whose consent is due also fetches its consent records; opening lists them without another request', async () => {
    const { user, mock } = await renderCatalog()
    const dropbox = screen.getByRole('button', { name: /^Dropbox/ })
    await user.hover(dropbox)
    expect(consentRequests(mock)).toEqual([])
    await wait(100)
    await vi.waitFor(() => expect(consentRequests(mock)).toHaveLength(1))

    await user.click(dropbox)
    const dialog = await vi.waitFor(() => screen.getByRole('dialog', { name: 'Dropbox' }))
    await within(dialog).findByRole('button', { name: /Accept/ })
    await wait(500)
    expect(consentRequests(mock)).toHaveLength(1)
  })

  it('fetches no consent records where the page hides consent', async () => {
    const { user, mock } = await renderCatalog({}, { consent: false })
    await user.hover(screen.getByRole('button', { name: /^Dropbox/ }))
    await wait(100)
    await user.hover(screen.getByRole('button', { name: /^Salesforce/ }))
    await wait(500)
    expect(detailRequests(mock)).toHaveLength(2)
    expect(consentRequests(mock)).toEqual([])
  })
})
