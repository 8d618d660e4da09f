// @module-tag page
/**
 * The catalog's load error: a title and one reason in the user's words (never the API's text), and
 * the status, code and reference only in the collapsed details — a reference only when the server
 * gave an id, never a URL.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
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
} from 'integrations-kit/testing/msw'
import { isRequestIdLike } from '../../../src/error-message'
import { skippingWaits } from '../../fake-time'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

/** The page whose catalog request fails with `fault` every time (retries included). */
async function pageFailingWith(fault: Fault): Promise<HTMLElement> {
  vault = createMockVault({ connectors: generateConnectors(6, 1) })
  vault.fail({ method: 'GET', path: /\/vault\/connections$/, times: Infinity }, fault)
  serve(vault)
  const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
  renderWithProviders(<IntegrationsPage />, { adapter })
  return screen.findByRole('alert', {}, { timeout: 15_000 })
}

function paragraphs(alert: HTMLElement): string[] {
  return Array.from(alert.querySelectorAll(':scope > p'), (p) => p.textContent ?? '')
}

function detailsLine(alert: HTMLElement): string {
  return within(alert).getByRole('group').querySelector('p')?.textContent ?? ''
}

describe('given the catalog fails to load', () => {
  it('on 401 says to sign in again, once, and no documentation URL as a reference', async () => {
    const alert = await pageFailingWith({ status: 401 })
    expect(paragraphs(alert)).toEqual([
      'Integrations could not be loaded',
      'Your session has expired or is no longer valid. Sign in again.',
    ])
    expect(detailsLine(alert)).toBe('Status 401 · Code UnauthorizedError')
    expect(alert).not.toHaveTextContent(/Reference|https?:|apideck\.com/)
    expect(within(alert).queryByRole('link')).toBeNull()
  })

  it('on 403 asks for an administrator, not for a new sign-in', async () => {
    const alert = await pageFailingWith({ status: 403 })
    expect(paragraphs(alert)[1]).toBe("You don't have permission to do this. Ask an administrator.")
    expect(alert).not.toHaveTextContent(/sign in|session/i)
  })

  it('on a network failure shows one message, not two wordings of the same', async () => {
    // A network failure is retried with backoff (src/query/retry.ts): fake time skips those waits.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const alert = await skippingWaits(pageFailingWith('network'))
      expect(paragraphs(alert)).toEqual([
        'Integrations could not be loaded',
        "The service can't be reached, even after trying again automatically. Check your internet connection and try again later.",
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('quotes a request id as "Reference <id>" in the collapsed details, never the API message', async () => {
    const alert = await pageFailingWith({
      status: 400,
      body: { status_code: 400, error: 'Bad Request', message: 'Invalid application id.' },
      headers: { 'x-request-id': 'req_7f3a9c2e41b8' },
    })
    expect(paragraphs(alert)).toEqual([
      'Integrations could not be loaded',
      'The request was not accepted. If this keeps happening, contact support.',
    ])
    expect(detailsLine(alert)).toBe('Status 400 · Reference req_7f3a9c2e41b8')
    expect(alert).not.toHaveTextContent('Invalid application id.')
  })
})

describe('CatalogError', () => {
  it('says a failure it has no status for in general words, and offers Retry', async () => {
    let retries = 0
    const error = new IntegrationsApiError({ kind: 'http', status: 500, message: 'Boom.' })
    render(<CatalogError error={error} onRetry={() => retries++} />)
    const alert = screen.getByRole('alert')
    expect(paragraphs(alert)).toEqual([
      'Integrations could not be loaded',
      'The service ran into a problem. Try again in a moment.',
    ])
    expect(alert).not.toHaveTextContent('Boom.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(retries).toBe(1)
  })

  it('says so when the library already retried', () => {
    const error = new IntegrationsApiError({ kind: 'network', message: 'No response.' })
    render(<CatalogError error={error} onRetry={() => {}} retried />)
    expect(paragraphs(screen.getByRole('alert'))[1]).toBe(
      "The service can't be reached, even after trying again automatically. Check your internet connection and try again later.",
    )
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
