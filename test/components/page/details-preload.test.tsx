// @module-tag page
/**
 * The section chunks of a connected connector's panel (consent, field mapping, logs) are loaded
 * ahead into the parts the panel renders: when the browser is idle after a catalog with connected
 * connectors has painted, and on a connected card's intent. Each test imports the library afresh:
 * a part, once loaded, stays loaded for the module's life. With two pages on one document, a card's
 * intent still reaches the details part of the page that stays when the other unmounts.
 */
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'

const { serve } = serveMockVault()
let vault: MockVault | undefined
let idle: ReturnType<typeof vi.fn<(callback: () => void) => number>>

beforeEach(() => {
  vi.resetModules()
  idle = vi.fn<(callback: () => void) => number>(() => 1)
  vi.stubGlobal('requestIdleCallback', idle)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The page (a fresh copy of the library) on a mock Vault, its catalog painted. */
async function renderPage(props: Record<string, unknown> = {}) {
  const kit = await import('integrations-kit')
  const { renderWithProviders } = await import('../../utils')
  const parts = await import('../../../components/details/panel-parts')
  const loads = {
    consent: vi.spyOn(parts.consentPart, 'load'),
    mapping: vi.spyOn(parts.mappingPart, 'load'),
    logs: vi.spyOn(parts.logsPart, 'load'),
  }
  vault = createMockVault({ connectors: generateConnectors(24, 1) })
  serve(vault)
  const adapter = kit.createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(
    <kit.IntegrationsPage {...(props as ComponentProps<typeof kit.IntegrationsPage>)} />,
    { adapter },
  )
  await screen.findAllByRole('button', { name: /^(Salesforce|Shopify)/ })
  return { parts, loads }
}

/** Runs the page's idle callback and waits for the imports it starts. */
async function runIdle() {
  expect(idle).toHaveBeenCalledTimes(1)
  await act(async () => idle.mock.calls[0][0]())
  await act(() => vi.dynamicImportSettled())
}

describe('the section chunks of a connected panel', () => {
  it('load when idle after a catalog with connected connectors paints; a connected panel then opens with its sections', async () => {
    const { parts, loads } = await renderPage()
    // Not before the browser is idle.
    expect(loads.mapping).not.toHaveBeenCalled()
    expect(loads.logs).not.toHaveBeenCalled()

    await runIdle()
    // Salesforce's panel shows the history of the consent it gave: that chunk too.
    for (const part of [parts.consentPart, parts.mappingPart, parts.logsPart]) {
      await vi.waitFor(() => expect(part.current).toBeDefined())
    }

    // What the panel showed in its first commit (a mutation record comes before any re-render).
    let first: string[] | undefined
    const observer = new MutationObserver(() => {
      const dialog = screen.queryByRole('dialog', { name: 'Salesforce' })
      if (dialog && !first) {
        first = within(dialog)
          .queryAllByRole('region')
          .map((region) => region.getAttribute('aria-labelledby') ?? '')
          .map((id) => document.getElementById(id)?.textContent ?? '')
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
    await userEvent.click(screen.getByRole('button', { name: /^Salesforce/ }))
    observer.disconnect()
    expect(first).toEqual(expect.arrayContaining(['Data access', 'Field mapping', 'Request logs']))
  })

  it('load none when the painted catalog has no connected connector', async () => {
    const { parts, loads } = await renderPage({ defaultStatus: 'available' })
    await runIdle()
    expect(loads.consent).not.toHaveBeenCalled()
    expect(loads.mapping).not.toHaveBeenCalled()
    expect(loads.logs).not.toHaveBeenCalled()
    expect(parts.logsPart.current).toBeUndefined()
  })

  it("load on a connected card's intent, consent's only where the panel shows consent", async () => {
    const { parts, loads } = await renderPage({ consent: false })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.hover(screen.getByRole('button', { name: /^Salesforce/ }))
    await act(() => vi.advanceTimersByTimeAsync(100))
    await act(() => vi.dynamicImportSettled())
    await vi.waitFor(() => expect(parts.logsPart.current).toBeDefined())
    expect(loads.mapping).toHaveBeenCalled()
    expect(loads.consent).not.toHaveBeenCalled()
  })
})

describe('the details chunk with two pages on one document', () => {
  it("a card's intent reaches the page that stays after the other page unmounts", async () => {
    const kit = await import('integrations-kit')
    const { renderWithProviders } = await import('../../utils')
    const { useDetailsChunk, usePrefetchOnIntent } =
      await import('../../../components/page/details-preload')
    vault = createMockVault({ connectors: generateConnectors(4, 0) })
    serve(vault)
    const adapter = kit.createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    // What each page's details part does: renders its lazy panel once wanted (here: says so).
    function DetailsPart({ page }: { page: string }) {
      const wanted = useDetailsChunk(true, false, [])
      return <p>{`${page} details ${wanted ? 'loading' : 'not wanted yet'}`}</p>
    }
    function Card() {
      return (
        <button type="button" data-ik-key="crm/salesforce" {...usePrefetchOnIntent([])}>
          Salesforce
        </button>
      )
    }
    renderWithProviders(
      <>
        <DetailsPart page="First" />
        <Card />
      </>,
      { adapter },
    )
    const second = renderWithProviders(<DetailsPart page="Second" />, { adapter })
    second.unmount()

    await userEvent.pointer({ keys: '[MouseLeft>]', target: screen.getByRole('button') })
    expect(screen.getByText('First details loading')).toBeInTheDocument()
  })
})
