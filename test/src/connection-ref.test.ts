import { eventIds, isConnection, isSameRef, refKey, refOf } from '../../src/connection-ref'

describe('connection refs', () => {
  it('a Vault record gives a two-key ref, as it always did', () => {
    const ref = refOf({ unified_api: 'crm', service_id: 'salesforce' })
    expect(ref).toStrictEqual({ unifiedApi: 'crm', serviceId: 'salesforce' })
    expect(Object.keys(ref)).toEqual(['unifiedApi', 'serviceId'])
  })

  it('an instance gives a ref with its connection id', () => {
    const instance = { unified_api: 'enterprise', service_id: 'saml:okta', connection_id: 'c1' }
    expect(refOf(instance)).toStrictEqual({
      unifiedApi: 'enterprise',
      serviceId: 'saml:okta',
      connectionId: 'c1',
    })
    expect(isConnection(instance, refOf(instance))).toBe(true)
  })

  it('two instances of one connector, and the catalog entry, are three different connections', () => {
    const entry = { unified_api: 'enterprise', service_id: 'saml:okta' }
    const first = { ...entry, connection_id: 'c1' }
    const second = { ...entry, connection_id: 'c2' }
    expect(isConnection(first, refOf(second))).toBe(false)
    expect(isConnection(entry, refOf(first))).toBe(false)
    expect(isConnection(first, refOf(entry))).toBe(false)
    expect(isSameRef(refOf(first), refOf(second))).toBe(false)
    expect(isSameRef(refOf(entry), refOf(first))).toBe(false)
    expect(isSameRef(refOf(first), { ...refOf(first) })).toBe(true)
    expect(isSameRef(refOf(entry), null)).toBe(false)
  })
})

describe('refKey and eventIds', () => {
  it("keep Vault's key and event ids exactly two-part", () => {
    const ref = { unifiedApi: 'crm', serviceId: 'salesforce' }
    expect(refKey(ref)).toBe('crm/salesforce')
    expect(eventIds(ref)).toStrictEqual({ unifiedApi: 'crm', serviceId: 'salesforce' })
    expect(eventIds({ ...ref, connectionId: undefined })).toStrictEqual(ref)
  })

  it("add an instance's id: percent-encoded in the key, as is in events", () => {
    const ref = { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'a/b' }
    expect(refKey(ref)).toBe('enterprise/saml:okta/a%2Fb')
    expect(eventIds(ref)).toStrictEqual(ref)
  })
})
