// @module-tag page
/**
 * The catalog's load error: a title and one message (never the client's sentence and ours in a
 * row), and a support reference only when the server gave an id, never a URL.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  CatalogError,
  createVaultAdapter,
  IntegrationsApiError,
  IntegrationsPage,
} from 'integrations-kit'
import {
  createMockVault,
  generateConnectors,
  type Fault,
  type MockVault,
} from 'integrations-kit/testing'
import { isRequestIdLike } from '../../components/CatalogStates'
import { skippingWaits } from '../fake-time'
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

/** The page whose catalog request fails with `fault` every time (retries included). */
async function pageFailingWith(fault: Fault): Promise<HTMLElement> {
  vault = createMockVault({ connectors: generateConnectors(6, 1) })
  vault.fail({ method: 'GET', path: /\/vault\/connections$/, times: Infinity }, fault)
  server.use(...vault.handlers)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(<IntegrationsPage />, { adapter })
  return screen.findByRole('alert', {}, { timeout: 15_000 })
}

function paragraphs(alert: HTMLElement): string[] {
  return Array.from(alert.querySelectorAll('p'), (p) => p.textContent ?? '')
}

describe('given the catalog fails to load', () => {
  it('on 401 shows the session sentence once, and no documentation URL as a reference', async () => {
    const alert = await pageFailingWith({ status: 401 })
    expect(paragraphs(alert)).toEqual([
      'Integrations could not be loaded',
      'Your session is invalid or has expired. Reload the page to sign in again.',
    ])
    expect(alert).not.toHaveTextContent(/Reference|https?:|apideck\.com/)
    expect(within(alert).queryByRole('link')).toBeNull()
  })

  it('on a network failure shows one message, not two wordings of the same', async () => {
    // A network failure is retried with backoff (hooks/retry.ts): fake time skips those waits.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const alert = await skippingWaits(pageFailingWith('network'))
      expect(paragraphs(alert)).toEqual([
        'Integrations could not be loaded',
        'The server could not be reached. Check your connection and retry.',
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('quotes a request id as "Reference: <id>" on its own line', async () => {
    const alert = await pageFailingWith({
      status: 400,
      body: { status_code: 400, error: 'Bad Request', message: 'Invalid application id.' },
      headers: { 'x-request-id': 'req_7f3a9c2e41b8' },
    })
    expect(paragraphs(alert)).toEqual([
      'Integrations could not be loaded',
      'Invalid application id.',
      'Reference: req_7f3a9c2e41b8',
    ])
  })
})

describe('CatalogError', () => {
  it('shows the error message of a failure it has no sentence for, and Retry', async () => {
    let retries = 0
    const error = new IntegrationsApiError({ kind: 'http', status: 500, message: 'Boom.' })
    render(<CatalogError error={error} onRetry={() => retries++} />)
    const alert = screen.getByRole('alert')
    expect(paragraphs(alert)).toEqual(['Integrations could not be loaded', 'Boom.'])
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(retries).toBe(1)
  })

  it('never shows a URL-valued request id', () => {
    const error = new IntegrationsApiError({
      kind: 'http',
      status: 500,
      message: 'Boom.',
      requestId: 'javascript:alert(1)',
    })
    render(<CatalogError error={error} onRetry={() => {}} />)
    expect(screen.getByRole('alert')).not.toHaveTextContent(/Reference|javascript/)
  })
})

describe('isRequestIdLike', () => {
  it.each([
    ['req_7f3a9c2e41b8', true],
    ['0b6f3c1e-2f1d-4c62-9f0e-3c1a2b4d5e6f', true],
    ['https://developers.apideck.com/errors#unauthorizederror', false],
    ['javascript:alert(1)', false],
    ['two words', false],
    ['ab', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(isRequestIdLike(value)).toBe(expected)
  })
})
