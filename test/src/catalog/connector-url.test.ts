import { afterEach, describe, expect, it } from 'vitest'
import { readConnectorFromUrl, writeConnectorToUrl } from '../../../src/catalog/connector-url'

const linkTo = (value: string) => {
  const url = new URL(window.location.href)
  url.search = new URLSearchParams({ connector: value }).toString()
  window.history.replaceState(null, '', url)
}

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the ?connector= deep link', () => {
  it("Vault's two segments read and write exactly as before", () => {
    linkTo('crm/salesforce')
    expect(readConnectorFromUrl('connector')).toStrictEqual({
      unifiedApi: 'crm',
      serviceId: 'salesforce',
    })
    writeConnectorToUrl('connector', { unifiedApi: 'accounting', serviceId: 'xero' })
    expect(new URL(window.location.href).searchParams.get('connector')).toBe('accounting/xero')
  })

  it('a third segment opens one connection of a connector, its id percent-encoded', () => {
    const ref = { unifiedApi: 'enterprise', serviceId: 'saml:okta', connectionId: 'c 1/ü' }
    writeConnectorToUrl('connector', ref)
    expect(new URL(window.location.href).searchParams.get('connector')).toBe(
      'enterprise/saml:okta/c%201%2F%C3%BC',
    )
    expect(readConnectorFromUrl('connector')).toStrictEqual(ref)
  })

  it('rejects an empty or extra segment and a malformed escape', () => {
    for (const value of [
      'enterprise/saml:okta/',
      'a/b/c/d',
      'enterprise/saml:okta/%E0%A4%A',
      '/x',
    ]) {
      linkTo(value)
      expect(readConnectorFromUrl('connector')).toBeNull()
    }
  })
})
