// @module-tag panel
/**
 * The details panel's lazily loaded sections (panel-parts): a connected connector's panel shows
 * its consent history, field mapping and request logs; a section whose chunk cannot be fetched says
 * so where it would be, with Try again, which fetches it afresh and shows it. Over the mock Vault's
 * seeds: Salesforce is connected, with consent granted, three mappings and logs.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import { ConnectionDetails, createVaultAdapter } from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { lazyPart, type LazyPart } from '../../../components/lazy-part'
import type { ConnectionLogsProps } from '../../../components/logs/ConnectionLogs'
import { renderWithProviders } from '../../utils'

/** How many imports of the logs chunk fail before one succeeds (set per test). */
const chunk = vi.hoisted(() => ({ failures: 0, imports: 0 }))
/** A fresh logs part per test (a part keeps its component once loaded). */
let logsPart: LazyPart<ConnectionLogsProps>

vi.mock('../../../components/details/panel-parts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../components/details/panel-parts')>()
  // The panel reads the part at each render: this getter gives it the test's.
  return Object.defineProperty({ ...actual }, 'logsPart', { get: () => logsPart })
})

const { serve } = serveMockVault()
let vault: MockVault
beforeEach(() => {
  vault = createMockVault()
  serve(vault)
  chunk.imports = 0
  logsPart = lazyPart(() => {
    chunk.imports += 1
    if (chunk.failures > 0) {
      chunk.failures -= 1
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    }
    return import('../../../components/logs/ConnectionLogs')
  })
})

function openSalesforce() {
  renderWithProviders(
    <ConnectionDetails connectionRef={{ unifiedApi: 'crm', serviceId: 'salesforce' }} />,
    { adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }) },
  )
  return screen.findByRole('dialog', { name: 'Salesforce' })
}

describe('the sections of a connected connector', () => {
  it('shows its consent history, field mapping and request logs', async () => {
    chunk.failures = 0
    const dialog = await openSalesforce()
    expect(await within(dialog).findByRole('region', { name: 'Data access' })).toBeInTheDocument()
    const mapping = await within(dialog).findByRole('region', { name: 'Field mapping' })
    expect(within(mapping).getAllByRole('listitem')).toHaveLength(3)
    expect(await within(dialog).findByRole('region', { name: 'Request logs' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
    expect(chunk.imports).toBe(1)
  })

  it('a section whose chunk fails says so with Try again, which loads it', async () => {
    chunk.failures = 1
    const dialog = await openSalesforce()
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The details of Salesforce could not be loaded.')
    // The other sections are there: one failed chunk holds nothing else back.
    expect(await within(dialog).findByRole('region', { name: 'Field mapping' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('region', { name: 'Request logs' })).toBeNull()
    expect(chunk.imports).toBe(1)

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await within(dialog).findByRole('region', { name: 'Request logs' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
    expect(chunk.imports).toBe(2)
  })
})
