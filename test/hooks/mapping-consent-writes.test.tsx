/**
 * The custom mapping and consent writes against the mock Vault (default seed) over its fetch:
 * which request each sends, the events, and the cache. The cache is checked with every later read
 * failing (a 400, which is not retried), so the values seen come from the write's own cache update,
 * not from the refetch that follows it.
 */
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Connection, ConnectionRef } from 'integrations-kit'
import { useConnection } from '../../hooks/useConnection'
import { useConnections } from '../../hooks/useConnections'
import { useConsents } from '../../hooks/useConsents'
import { useCustomMappings } from '../../hooks/useCustomMappings'
import { useDeleteCustomMapping } from '../../hooks/useDeleteCustomMapping'
import { useSaveCustomMapping } from '../../hooks/useSaveCustomMapping'
import { useUpdateConsent } from '../../hooks/useUpdateConsent'
import { renderHookWithProviders } from '../utils'
import { mockVaultEnv } from './mock-vault-env'

const salesforce: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' }
const xero: ConnectionRef = { unifiedApi: 'accounting', serviceId: 'xero' }
const zendesk: ConnectionRef = { unifiedApi: 'customer-support', serviceId: 'zendesk' }

const EMPTY_REQUIRED = 'crm+leads+lead_source_detail'
const CONSUMER_OWNED = 'crm+leads+region'

function setup() {
  const env = mockVaultEnv()
  return {
    ...env,
    /** From now on every read fails, so the cache holds only what the writes put there. */
    failReads: () => env.vault.fail({ method: 'GET', times: Infinity }, { status: 400 }),
  }
}

const find = <T extends { id?: string }>(mappings: readonly T[] | undefined, id: string) =>
  mappings?.find((mapping) => mapping.id === id)

const inList = (connections: Connection[] | undefined, ref: ConnectionRef) =>
  connections?.find(
    (connection) =>
      connection.unified_api === ref.unifiedApi && connection.service_id === ref.serviceId,
  )

/** Salesforce as the panel holds it: its detail, the catalog list, and its mapping lists. */
function renderMappings(env: ReturnType<typeof setup>) {
  return renderHookWithProviders(
    () => ({
      connection: useConnection(salesforce),
      list: useConnections(),
      all: useCustomMappings(salesforce),
      leads: useCustomMappings(salesforce, 'leads'),
      save: useSaveCustomMapping(),
      remove: useDeleteCustomMapping(),
    }),
    { adapter: env.adapter, callbacks: env.callbacks },
  )
}

type Rendered = ReturnType<typeof renderMappings>['result']['current']

/** Mapping `id` in every cached copy: detail, catalog list entry, all mappings, the resource's. */
const copies = (current: Rendered, id: string) => [
  find(current.connection.data?.custom_mappings, id),
  find(inList(current.list.data, salesforce)?.custom_mappings, id),
  find(current.all.data, id),
  find(current.leads.data, id),
]

async function loaded(result: { current: Rendered }) {
  await waitFor(() => {
    expect(result.current.connection.data).toBeDefined()
    expect(result.current.list.data).toBeDefined()
    expect(result.current.all.data).toBeDefined()
    expect(result.current.leads.data).toBeDefined()
  })
}

describe('useSaveCustomMapping', () => {
  it('creates (POST) a mapping the field did not have, in every cached copy', async () => {
    const env = setup()
    const { result } = renderMappings(env)
    await loaded(result)
    expect(copies(result.current, EMPTY_REQUIRED).map((mapping) => mapping?.value)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    env.failReads()

    const saved = await act(() =>
      result.current.save.mutateAsync({
        ref: salesforce,
        mapping: { id: EMPTY_REQUIRED },
        value: '$.LeadSourceDetail__c',
      }),
    )
    const write = env.vault.requests.findLast((request) => request.method !== 'GET')
    expect(write).toMatchObject({
      method: 'POST',
      path: `/vault/custom-mappings/crm/salesforce/${encodeURIComponent(EMPTY_REQUIRED)}`,
      body: { value: '$.LeadSourceDetail__c' },
    })
    expect(saved).toMatchObject({
      value: '$.LeadSourceDetail__c',
      consumer_id: env.vault.consumerId,
    })
    await waitFor(() => {
      for (const copy of copies(result.current, EMPTY_REQUIRED)) {
        expect(copy).toMatchObject({
          label: 'Lead source detail',
          required: true,
          value: '$.LeadSourceDetail__c',
          consumer_id: env.vault.consumerId,
        })
      }
    })
    // The other mappings are left as they were.
    expect(find(result.current.connection.data?.custom_mappings, CONSUMER_OWNED)?.value).toBe(
      '$.Region__c',
    )
    expect(env.events).toContainEqual({
      type: 'custom_mapping_saved',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
      mappingId: EMPTY_REQUIRED,
      created: true,
    })
    expect(env.vault.violations).toEqual([])
  })

  it('updates (PATCH) a mapped field, in every cached copy', async () => {
    const env = setup()
    const { result } = renderMappings(env)
    await loaded(result)
    env.failReads()

    await act(() =>
      result.current.save.mutateAsync({
        ref: salesforce,
        mapping: { id: CONSUMER_OWNED, value: '$.Region__c' },
        value: '$.Address.Country',
      }),
    )
    const write = env.vault.requests.findLast((request) => request.method !== 'GET')
    expect(write).toMatchObject({ method: 'PATCH', body: { value: '$.Address.Country' } })
    await waitFor(() =>
      expect(copies(result.current, CONSUMER_OWNED).map((mapping) => mapping?.value)).toEqual([
        '$.Address.Country',
        '$.Address.Country',
        '$.Address.Country',
        '$.Address.Country',
      ]),
    )
    expect(find(env.vault.connection(salesforce)?.custom_mappings, CONSUMER_OWNED)?.value).toBe(
      '$.Address.Country',
    )
    expect(env.events).toContainEqual(
      expect.objectContaining({ type: 'custom_mapping_saved', created: false }),
    )
    // The event names the mapping, never the value (a path can reveal the host's data model).
    expect(JSON.stringify(env.events)).not.toContain('$.Address.Country')
    expect(env.vault.violations).toEqual([])
  })

  it('leaves the cache alone when Vault refuses, and reports the error', async () => {
    const env = setup()
    const { result } = renderMappings(env)
    await loaded(result)
    // Created as if unmapped while it is mapped: the mock, like Vault, answers 422.
    await act(async () => {
      await expect(
        result.current.save.mutateAsync({
          ref: salesforce,
          mapping: { id: CONSUMER_OWNED },
          value: '$.Name',
        }),
      ).rejects.toMatchObject({ status: 422 })
    })
    expect(copies(result.current, CONSUMER_OWNED).map((mapping) => mapping?.value)).toEqual([
      '$.Region__c',
      '$.Region__c',
      '$.Region__c',
      '$.Region__c',
    ])
    expect(env.events.some((event) => event.type === 'custom_mapping_saved')).toBe(false)
  })
})

describe('useDeleteCustomMapping', () => {
  it("removes the consumer's mapping (DELETE): unmapped and unowned in every cached copy", async () => {
    const env = setup()
    const { result } = renderMappings(env)
    await loaded(result)
    env.failReads()

    await act(() => result.current.remove.mutateAsync({ ref: salesforce, id: CONSUMER_OWNED }))
    const write = env.vault.requests.findLast((request) => request.method !== 'GET')
    expect(write).toMatchObject({
      method: 'DELETE',
      path: `/vault/custom-mappings/crm/salesforce/${encodeURIComponent(CONSUMER_OWNED)}`,
    })
    await waitFor(() => {
      for (const copy of copies(result.current, CONSUMER_OWNED)) {
        expect(copy).toBeDefined()
        expect(copy?.value).toBeUndefined()
        expect(copy?.consumer_id).toBeNull()
        expect(copy?.label).toBe('Region')
      }
    })
    expect(env.events).toContainEqual({
      type: 'custom_mapping_deleted',
      unifiedApi: 'crm',
      serviceId: 'salesforce',
      mappingId: CONSUMER_OWNED,
    })
    expect(env.vault.violations).toEqual([])
  })
})

describe('useUpdateConsent refusing', () => {
  function renderConsent(env: ReturnType<typeof setup>, ref: ConnectionRef) {
    return renderHookWithProviders(
      () => ({
        connection: useConnection(ref),
        consents: useConsents(ref),
        update: useUpdateConsent(),
      }),
      { adapter: env.adapter, callbacks: env.callbacks },
    )
  }

  it.each([
    ['pending (Xero)', xero, 'pending'],
    ['asked again (Zendesk, requires_reconsent)', zendesk, 'requires_reconsent'],
  ] as const)(
    'denies consent %s: consent_denied, never consent_revoked',
    async (_name, ref, before) => {
      const env = setup()
      const { result } = renderConsent(env, ref)
      await waitFor(() => expect(result.current.connection.data?.consent_state).toBe(before))
      await waitFor(() => expect(result.current.consents.data).toBeDefined())
      const recordsBefore = result.current.consents.data?.length ?? 0
      env.failReads()

      const record = await act(() => result.current.update.mutateAsync({ ref, granted: false }))
      expect(env.vault.requests.findLast((request) => request.method !== 'GET')).toMatchObject({
        method: 'PATCH',
        body: { granted: false, resources: '*' },
      })
      expect(record.granted).toBe(false)
      await waitFor(() => {
        expect(result.current.connection.data?.consent_state).toBe('denied')
        expect(result.current.connection.data?.latest_consent).toEqual(record)
        expect(result.current.consents.data).toHaveLength(recordsBefore + 1)
        expect(result.current.consents.data?.at(-1)).toEqual(record)
      })
      expect(env.vault.connection(ref)?.consent_state).toBe('denied')
      const consentEvents = env.events.filter((event) => event.type.startsWith('consent_'))
      expect(consentEvents).toEqual([
        { type: 'consent_denied', unifiedApi: ref.unifiedApi, serviceId: ref.serviceId },
      ])
      expect(env.vault.violations).toEqual([])
    },
  )

  it('revokes consent that was granted: consent_revoked, and the state says revoked', async () => {
    const env = setup()
    const { result } = renderConsent(env, salesforce)
    await waitFor(() => expect(result.current.connection.data?.consent_state).toBe('granted'))
    env.failReads()

    await act(() => result.current.update.mutateAsync({ ref: salesforce, granted: false }))
    await waitFor(() => expect(result.current.connection.data?.consent_state).toBe('revoked'))
    expect(env.events.filter((event) => event.type.startsWith('consent_'))).toEqual([
      { type: 'consent_revoked', unifiedApi: 'crm', serviceId: 'salesforce' },
    ])
  })
})
