/**
 * The drop-in page against a backend whose list repeats connectors and carries a record with an id
 * that is not one path segment: every connector shows as one card, searching and clearing keeps the
 * count true (duplicate React keys used to leave phantom cards behind), and each left-out record
 * reaches the host once as a `record_skipped` event.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createVaultAdapter, IntegrationsPage, type IntegrationsEvent } from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../utils'
import { serveMockVault } from '../support/serve-mock-vault'

const { serve } = serveMockVault()
let vault: MockVault | undefined

/** 8 distinct connectors, three of them listed again (one twice), and one at `…/..`. */
function hostileCatalog() {
  const connectors = generateConnectors(8, 1)
  const [first, second] = connectors
  const again = (index: number, name: string) => ({ ...structuredClone(connectors[index]!), name })
  return {
    distinct: connectors,
    served: [
      ...connectors,
      again(0, `${first!.name} (copy 1)`),
      again(0, `${first!.name} (copy 2)`),
      again(1, `${second!.name} (copy)`),
      again(5, 'Sixth again'),
      { ...structuredClone(connectors[2]!), id: 'crm+..', service_id: '..', name: 'Dot dot' },
    ],
  }
}

function renderPage() {
  const { distinct, served } = hostileCatalog()
  vault = createMockVault({ connectors: served })
  serve(vault)
  const events: IntegrationsEvent[] = []
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  const rendered = renderWithProviders(
    <IntegrationsPage onEvent={(event) => events.push(event)} />,
    { adapter },
  )
  // No delay between keystrokes: each one still renders, without waiting a timer tick in between.
  return { ...rendered, user: userEvent.setup({ delay: null }), events, distinct }
}

function keysOf(connections: ReadonlyArray<{ unified_api: string; service_id: string }>) {
  return connections.map((c) => `${c.unified_api}/${c.service_id}`).sort()
}

/**
 * The keys of the card buttons on screen, in order. A selector, not role queries: it runs in every
 * waitFor round over two dozen cards, and role queries there cost seconds on a loaded machine.
 */
function cardKeys(): string[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      '[data-ik-slot="grid-item"] [data-ik-slot="card-button"]',
    ),
  ].map((button) => button.dataset.ikKey ?? '')
}

describe('given a list response with duplicate and unaddressable records', () => {
  it('shows each connector once: the first record of each, nothing of the unaddressable one', async () => {
    const { distinct } = renderPage()
    await waitFor(() => expect(cardKeys()).toHaveLength(8))
    expect([...cardKeys()].sort()).toEqual(keysOf(distinct))
    // The first record of each connector is the one shown (a role query by name over every card
    // would cost seconds here; the names are plain text).
    expect(screen.queryByText(/copy|again|Dot dot/)).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('8 integrations loaded')
  })

  it('keeps the right cards and count through search, clear, no match and clear', async () => {
    const { user, distinct } = renderPage()
    const expected = keysOf(distinct)
    await waitFor(() => expect(cardKeys()).toHaveLength(8))

    const search = screen.getByRole('searchbox', { name: 'Search integrations' })
    // The first connector and its copies; a short query keeps the keystrokes (and renders) few.
    await user.type(search, distinct[0]!.name.slice(0, 5))
    const matches = cardKeys()
    expect(matches).toContain(`${distinct[0]!.unified_api}/${distinct[0]!.service_id}`)
    expect(new Set(matches).size).toBe(matches.length)
    expect(screen.getByRole('status')).toHaveTextContent(
      matches.length === 1 ? '1 result' : `${matches.length} results`,
    )

    await user.clear(search)
    await waitFor(() => expect(cardKeys()).toHaveLength(8))
    expect([...cardKeys()].sort()).toEqual(expected)

    // Again, through a search that matches nothing: no card may linger.
    await user.type(search, 'zz')
    expect(cardKeys()).toEqual([])
    await user.clear(search)
    await waitFor(() => expect(cardKeys()).toHaveLength(8))
    expect([...cardKeys()].sort()).toEqual(expected)
  })

  it('reports each left-out record once, not again when the list is refetched', async () => {
    const { events, queryClient, distinct } = renderPage()
    await waitFor(() => expect(cardKeys()).toHaveLength(8))
    const skipped = () => events.filter((event) => event.type === 'record_skipped')
    const ids = (index: number) => ({
      unifiedApi: distinct[index]!.unified_api,
      serviceId: distinct[index]!.service_id,
    })
    expect(skipped()).toEqual([
      { type: 'record_skipped', reason: 'duplicate', ids: ids(0) },
      { type: 'record_skipped', reason: 'duplicate', ids: ids(1) },
      { type: 'record_skipped', reason: 'duplicate', ids: ids(5) },
      {
        type: 'record_skipped',
        reason: 'invalid_id',
        ids: { unifiedApi: distinct[2]!.unified_api, serviceId: '..' },
      },
    ])

    const listRequests = () =>
      vault!.requests.filter((r) => r.method === 'GET' && r.path === '/vault/connections')
    expect(listRequests()).toHaveLength(1)
    await queryClient.invalidateQueries()
    await waitFor(() => expect(listRequests()).toHaveLength(2))
    expect(cardKeys()).toHaveLength(8)
    expect(skipped()).toHaveLength(4)
  })
})
