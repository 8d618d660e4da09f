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
    })
  })

  it('not on an instance (it has the edit form and Manage instead)', () => {
    expect(detailsLayout(instanceOf(oktaSaml(), 'c1', 'Acme'), createInMemoryAdapter())).toEqual({
      primary: 'none',
      settings: true,
      resources: false,
      manage: true,
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
