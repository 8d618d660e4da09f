import { hashKey, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { integrationKeys } from 'integrations-kit'

const crm = { unifiedApi: 'crm', serviceId: 'salesforce' }

describe('integrationKeys', () => {
  it('is namespaced and puts the scope second', () => {
    expect(integrationKeys.all('consumer-1')).toEqual(['integrations-kit', 'consumer-1'])
    expect(integrationKeys.detail('consumer-1', crm)).toEqual([
      'integrations-kit',
      'consumer-1',
      'detail',
      'crm',
      'salesforce',
    ])
  })

  it('goes from general to specific, so a prefix covers its family', () => {
    const all = integrationKeys.all('c')
    const lists = integrationKeys.lists('c')
    const list = integrationKeys.list('c', { api: 'crm' })
    const details = integrationKeys.details('c')
    const detail = integrationKeys.detail('c', crm)
    const settings = integrationKeys.resourceSettings('c', crm, 'leads')
    expect(lists.slice(0, all.length)).toEqual(all)
    expect(list.slice(0, lists.length)).toEqual(lists)
    expect(details.slice(0, all.length)).toEqual(all)
    expect(detail.slice(0, details.length)).toEqual(details)
    expect(settings.slice(0, detail.length)).toEqual(detail)
    expect(lists).not.toEqual(details.slice(0, lists.length))
  })

  it('treats unset filters as no filter, but keeps configured: false distinct', () => {
    expect(hashKey(integrationKeys.list('c', {}))).toBe(hashKey(integrationKeys.list('c')))
    expect(hashKey(integrationKeys.list('c', { api: undefined }))).toBe(
      hashKey(integrationKeys.list('c')),
    )
    expect(hashKey(integrationKeys.list('c', { configured: false }))).not.toBe(
      hashKey(integrationKeys.list('c')),
    )
  })

  it('invalidating lists(scope) reaches every filter variant and nothing of another scope', async () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(integrationKeys.list('a'), [])
    queryClient.setQueryData(integrationKeys.list('a', { api: 'crm' }), [])
    queryClient.setQueryData(integrationKeys.list('b'), [])
    queryClient.setQueryData(integrationKeys.detail('a', crm), { id: 'x' })
    await queryClient.invalidateQueries({ queryKey: integrationKeys.lists('a') })
    const invalidated = queryClient
      .getQueryCache()
      .findAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey)
    expect(invalidated).toEqual(
      expect.arrayContaining([
        integrationKeys.list('a'),
        integrationKeys.list('a', { api: 'crm' }),
      ]),
    )
    expect(invalidated).toHaveLength(2)
  })

  it('keeps mutation keys apart from query keys', () => {
    expect(integrationKeys.mutation('c', 'update')).toEqual([
      'integrations-kit',
      'c',
      'mutation',
      'update',
    ])
  })
})

describe('integrationKeys for connectors with many connections', () => {
  const entry = { unifiedApi: 'enterprise', serviceId: 'saml:okta' }
  const instance = { ...entry, connectionId: 'conn/1' }

  it("an instance's detail key carries its id in its last element; the entry's is Vault-shaped", () => {
    expect(integrationKeys.detail('t', entry)).toEqual([
      'integrations-kit',
      't',
      'detail',
      'enterprise',
      'saml:okta',
    ])
    expect(integrationKeys.detail('t', instance)).toEqual([
      'integrations-kit',
      't',
      'detail',
      'enterprise',
      'saml:okta/conn%2F1',
    ])
  })

  it("the catalog entry's key is no prefix of an instance's, so invalidating one leaves the other", async () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(integrationKeys.detail('t', entry), 'entry')
    queryClient.setQueryData(integrationKeys.detail('t', instance), 'instance')
    await queryClient.invalidateQueries({ queryKey: integrationKeys.detail('t', entry) })
    expect(queryClient.getQueryState(integrationKeys.detail('t', entry))?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(integrationKeys.detail('t', instance))?.isInvalidated).toBe(
      false,
    )
  })
})
