import { describe, expect, it } from 'vitest'
import { createVaultAdapter, type Connection, type ConnectionsAdapter } from 'integrations-kit'
import { detailsLayout } from '../../../src/details/layout'
import { createInMemoryAdapter, instanceOf, oktaSaml } from '../../support/in-memory-adapter'

describe('detailsLayout: the create primary action', () => {
  it('offers create on a catalog entry when the adapter can create', () => {
    expect(detailsLayout(oktaSaml(), createInMemoryAdapter())).toEqual({
      primary: 'create',
      settings: false,
      resources: false,
      manage: false,
      consent: false,
      mapping: false,
      logs: false,
      guide: false,
    })
  })

  it('not on an instance (it has the edit form and Manage instead)', () => {
    expect(detailsLayout(instanceOf(oktaSaml(), 'c1', 'Acme'), createInMemoryAdapter())).toEqual({
      primary: 'none',
      settings: true,
      resources: false,
      manage: true,
      consent: false,
      mapping: false,
      logs: false,
      guide: false,
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

describe('detailsLayout: data-scope consent', () => {
  const vault = createVaultAdapter({ token: 't', baseUrl: 'https://vault.test' })
  /** Vault with its consent methods (the layout only asks whether they exist). */
  const consenting: ConnectionsAdapter = {
    ...vault,
    listConsents: () => Promise.resolve([]),
    updateConsent: () => Promise.reject(new Error('not called')),
  }
  /** A connected Salesforce whose application asks to read leads' names. */
  const salesforce = (patch: Partial<Connection> = {}): Connection => ({
    id: 'crm+salesforce',
    service_id: 'salesforce',
    unified_api: 'crm',
    name: 'Salesforce',
    state: 'callable',
    enabled: true,
    auth_type: 'oauth2',
    form_fields: [{ id: 'instance_url', label: 'Instance URL', type: 'text' }],
    configurable_resources: ['leads'],
    application_data_scopes: {
      enabled: true,
      resources: { 'crm.leads': { name: { read: true } } },
    },
    consent_state: 'granted',
    ...patch,
  })

  it.each(['pending', 'denied', 'revoked', 'requires_reconsent'] as const)(
    'puts the consent screen first while consent is %s, and hides the data sections',
    (consent_state) => {
      expect(detailsLayout(salesforce({ consent_state }), consenting)).toEqual({
        primary: 'none',
        settings: false,
        resources: false,
        manage: true,
        consent: 'screen',
        mapping: false,
        logs: false,
        guide: false,
      })
    },
  )

  it('holds back Authorize too: consent comes before the connector is used at all', () => {
    const added = salesforce({ state: 'added', consent_state: 'pending' })
    expect(detailsLayout(added, consenting).primary).toBe('none')
    expect(detailsLayout({ ...added, consent_state: 'granted' }, consenting).primary).toBe(
      'authorize',
    )
  })

  it('shows the history once consent is granted or implicit, next to the other sections', () => {
    for (const consent_state of ['granted', 'implicit'] as const) {
      expect(detailsLayout(salesforce({ consent_state }), consenting)).toEqual({
        primary: 'none',
        settings: true,
        resources: true,
        manage: true,
        consent: 'history',
        mapping: false,
        logs: true,
        guide: false,
      })
    }
  })

  it('has no consent section where nothing is asked, or the connector is not added', () => {
    const noScopes = salesforce({ consent_state: 'pending', application_data_scopes: undefined })
    expect(detailsLayout(noScopes, consenting)).toMatchObject({ consent: false, settings: true })
    const off = salesforce({ application_data_scopes: { enabled: false, resources: '*' } })
    expect(detailsLayout(off, consenting).consent).toBe(false)
    expect(detailsLayout(salesforce({ consent_state: undefined }), consenting).consent).toBe(false)
    const available = salesforce({ state: 'available', consent_state: 'pending' })
    expect(detailsLayout(available, consenting).consent).toBe(false)
  })

  it('has none when the host switches consent off, and the sections come back', () => {
    const pending = salesforce({ consent_state: 'pending' })
    expect(detailsLayout(pending, consenting, { consent: false })).toMatchObject({
      consent: false,
      settings: true,
      resources: true,
    })
    expect(detailsLayout(salesforce(), consenting, { consent: false }).consent).toBe(false)
  })

  it('has none when the adapter cannot do consent (capability off or a method missing)', () => {
    const pending = salesforce({ consent_state: 'pending' })
    const off = { ...consenting, capabilities: { ...consenting.capabilities, consent: false } }
    expect(detailsLayout(pending, off).consent).toBe(false)
    const noUpdate: ConnectionsAdapter = { ...consenting, updateConsent: undefined }
    expect(detailsLayout(pending, noUpdate)).toMatchObject({ consent: false, settings: true })
    expect(detailsLayout(pending, createInMemoryAdapter()).consent).toBe(false)
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
