// @module-tag panel
/**
 * The import dialog's content as a lazily loaded part (components/forms/import-part.ts): pointing
 * at the trigger fetches its chunk; loaded ahead, the dialog opens on the form with the first field
 * focused (no "Loading…" first); a chunk that cannot be fetched is said in the dialog with Try
 * again, which fetches it afresh and shows the form with focus on its first field.
 */
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createVaultAdapter, ImportConnectionDialog, type Connection } from 'integrations-kit'
import { createMockVault, type MockVault } from 'integrations-kit/testing/msw'
import { lazyPart, type LazyPart } from '../../../components/lazy-part'
import type { ImportDialogContentProps } from '../../../components/forms/ImportDialogContent'
import { renderWithProviders } from '../../utils'

/** How many imports of the chunk fail before one succeeds (set per test), and how many ran. */
const chunk = vi.hoisted(() => ({ failures: 0, imports: 0 }))
/** A fresh part per test (a part keeps its component once loaded). */
let importPart: LazyPart<ImportDialogContentProps>

vi.mock('../../../components/forms/import-part', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../components/forms/import-part')>()
  // The dialog reads the part at each render: this getter gives it the test's.
  return Object.defineProperty({ ...actual }, 'importPart', { get: () => importPart })
})

const server = setupServer()
let vault: MockVault
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' })
  // Compiled once here, so an import in a test resolves as a cached chunk would.
  await import('../../../components/forms/ImportDialogContent')
})
beforeEach(() => {
  vault = createMockVault()
  server.use(...vault.handlers)
  chunk.imports = 0
  chunk.failures = 0
  importPart = lazyPart(() => {
    chunk.imports += 1
    if (chunk.failures > 0) {
      chunk.failures -= 1
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
    }
    return import('../../../components/forms/ImportDialogContent')
  })
})
afterEach(() => {
  server.resetHandlers()
  expect(vault.violations).toEqual([])
})
afterAll(() => server.close())

const pipedrive: Connection = {
  id: 'crm+pipedrive',
  service_id: 'pipedrive',
  unified_api: 'crm',
  name: 'Pipedrive',
  auth_type: 'oauth2',
  state: 'available',
  enabled: false,
  form_fields: [],
}

function renderDialog(props: { defaultOpen?: boolean } = {}) {
  renderWithProviders(<ImportConnectionDialog connection={pipedrive} {...props} />, {
    adapter: createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }),
  })
}

describe('the import dialog as a lazy part', () => {
  it('pointing at the trigger fetches the chunk before the press', async () => {
    renderDialog()
    expect(chunk.imports).toBe(0)
    await userEvent.hover(screen.getByRole('button', { name: 'Import connection' }))
    expect(chunk.imports).toBe(1)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('loaded ahead, opens on the form with its first field focused', async () => {
    await act(() => importPart.load())
    renderDialog({ defaultOpen: true })
    // In the dialog's first commit: no "Loading…" before the form.
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(within(dialog).getByLabelText(/^Access token/)).toHaveFocus()
    expect(chunk.imports).toBe(1)
  })

  it('a chunk that fails says so with Try again, which loads the form', async () => {
    chunk.failures = 1
    const user = userEvent.setup()
    renderDialog({ defaultOpen: true })
    const dialog = screen.getByRole('dialog', { name: 'Import a Pipedrive connection' })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The settings could not be loaded.')
    expect(within(dialog).queryByLabelText(/^Access token/)).toBeNull()
    expect(chunk.imports).toBe(1)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const field = await within(screen.getByRole('dialog')).findByLabelText(/^Access token/)
    expect(field).toHaveFocus()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(chunk.imports).toBe(2)
  })
})
