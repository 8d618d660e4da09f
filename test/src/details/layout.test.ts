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
      mapping: false,
    })
  })

  it('not on an instance (it has the edit form and Manage instead)', () => {
    expect(detailsLayout(instanceOf(oktaSaml(), 'c1', 'Acme'), createInMemoryAdapter())).toEqual({
      primary: 'none',
      settings: true,
      resources: false,
      manage: true,
      mapping: false,
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

describe('detailsLayout: the field mapping section (issue 10 §3)', () => {
  const vault = createVaultAdapter({ token: 't', baseUrl: 'https://vault.test' })
  // The Vault adapter's mapping methods, whatever they do: the layout only asks that they exist.
  const mappingAdapter = {
    ...vault,
    createCustomMapping: async () => ({ id: 'x' }),
    updateCustomMapping: async () => ({ id: 'x' }),
  }
  const connected = {
    id: 'hris+bamboohr',
    service_id: 'bamboohr',
    unified_api: 'hris',
    name: 'BambooHR',
    state: 'callable' as const,
    enabled: true,
    custom_mappings: [
      { id: 'hris+employees+first_aid_training', label: 'First aid', required: true },
    ],
  }

  it('is shown for a connected connector with custom mappings', () => {
    expect(detailsLayout(connected, mappingAdapter).mapping).toBe(true)
  })

  it('not before the connector is connected, nor when it is disabled', () => {
    for (const state of ['available', 'added', 'authorized', 'invalid'] as const) {
      expect(detailsLayout({ ...connected, state }, mappingAdapter).mapping).toBe(false)
    }
    expect(detailsLayout({ ...connected, enabled: false }, mappingAdapter).mapping).toBe(false)
  })

  it('not without custom mappings', () => {
    expect(detailsLayout({ ...connected, custom_mappings: [] }, mappingAdapter).mapping).toBe(false)
    expect(
      detailsLayout({ ...connected, custom_mappings: undefined }, mappingAdapter).mapping,
    ).toBe(false)
  })

  it('not when the adapter lacks the capability or a method', () => {
    const off = { ...mappingAdapter, capabilities: { ...vault.capabilities, customMapping: false } }
    expect(detailsLayout(connected, off).mapping).toBe(false)
    const { updateCustomMapping: _update, ...noUpdate } = mappingAdapter
    expect(detailsLayout(connected, noUpdate).mapping).toBe(false)
    expect(detailsLayout(connected, createInMemoryAdapter()).mapping).toBe(false)
  })

  it('not where the host allows no settings changes (mapping configures the connection)', () => {
    expect(detailsLayout(connected, mappingAdapter, { allowActions: [] }).mapping).toBe(false)
    expect(detailsLayout(connected, mappingAdapter, { allowActions: ['validate'] }).mapping).toBe(
      false,
    )
    expect(detailsLayout(connected, mappingAdapter, { allowActions: ['settings'] }).mapping).toBe(
      true,
    )
  })
})
