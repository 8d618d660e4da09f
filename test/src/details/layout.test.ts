import { describe, expect, it } from 'vitest'
import { createVaultAdapter } from 'integrations-kit'
import { detailsLayout } from '../../../src/details/layout'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../../support/in-memory-adapter'

describe('detailsLayout: the create primary action', () => {
  it('offers create on a catalog entry when the adapter can create', () => {
    expect(detailsLayout(oktaSaml(), createInMemoryAdapter())).toEqual({
      primary: 'create',
      settings: false,
      resources: false,
      manage: false,
      logs: false,
    })
  })

  it('not on an instance (it has the edit form and Manage instead)', () => {
    expect(detailsLayout(instanceOf(oktaSaml(), 'c1', 'Acme'), createInMemoryAdapter())).toEqual({
      primary: 'none',
      settings: true,
      resources: false,
      manage: true,
      logs: false,
    })
  })

  it('not when the capability is off or the method is missing', () => {
    expect(
      detailsLayout(oktaSaml(), createInMemoryAdapter({ capabilities: { create: false } })).primary,
    ).toBe('none')
    const adapter = createInMemoryAdapter()
    delete adapter.createConnection
    expect(detailsLayout(oktaSaml(), adapter).primary).toBe('none')
  })

  it("leaves Vault's available connectors as they were", () => {
    const vault = createVaultAdapter({ token: 't', baseUrl: 'https://vault.test' })
    const available = { ...oktaSaml(), allows_multiple: undefined, auth_type: 'apiKey' as const }
    expect(detailsLayout(available, vault).primary).toBe('add')
  })
})

describe('detailsLayout: the request logs section', () => {
  /** An in-memory backend that lists logs, as Vault does. */
  function withLogs(logs = true) {
    const adapter = createInMemoryAdapter({ capabilities: { logs } })
    adapter.listLogs = () => Promise.resolve({ logs: [], nextCursor: null })
    return adapter
  }
  const connected = instanceOf(oktaSaml(), 'c1', 'Acme')

  it('shows logs of a connection when the adapter lists them', () => {
    expect(detailsLayout(connected, withLogs()).logs).toBe(true)
  })

  it('not when the host hides them', () => {
    expect(detailsLayout(connected, withLogs(), { hideLogs: true }).logs).toBe(false)
  })

  it('not when the capability is off or the method is missing', () => {
    expect(detailsLayout(connected, withLogs(false)).logs).toBe(false)
    const missing = withLogs()
    delete missing.listLogs
    expect(detailsLayout(connected, missing).logs).toBe(false)
  })

  it('not for a connector never added (no request was made for it)', () => {
    expect(detailsLayout(oktaSaml(), withLogs()).logs).toBe(false)
  })
})
