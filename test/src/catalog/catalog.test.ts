import { describe, expect, it } from 'vitest'
import { buildCatalog, filterCatalog } from '../../../src/catalog/catalog'
import { generateConnectors } from 'integrations-kit/testing'
import type { Connection } from 'integrations-kit'

const label = (id: string) => id.toUpperCase()

describe('buildCatalog / filterCatalog', () => {
  const connectors = generateConnectors(1000, 7)
  const catalog = buildCatalog(connectors, { locale: 'en', categoryLabel: label })

  it('orders connected first, then by name with the locale collation', () => {
    const firstAvailable = catalog.entries.findIndex((entry) => !entry.added)
    expect(catalog.entries.slice(firstAvailable).every((entry) => !entry.added)).toBe(true)
    const names = catalog.entries.slice(firstAvailable).map((entry) => entry.connection.name)
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    for (let index = 1; index < names.length; index++) {
      expect(collator.compare(names[index - 1]!, names[index]!)).toBeLessThanOrEqual(0)
    }
    expect(catalog.total).toBe(1000)
    expect(catalog.connected).toBe(firstAvailable)
  })

  it('counts per category for the current query and status, ignoring the category filter', () => {
    const result = filterCatalog(catalog, { category: 'crm', status: 'connected' })
    expect(result.available).toEqual([])
    expect(result.connected.every((c) => c.unified_api === 'crm')).toBe(true)
    expect(result.categoryCounts.get('crm')).toBe(result.count)
    const sum = [...result.categoryCounts.values()].reduce((a, b) => a + b, 0)
    expect(sum).toBe(result.allCategoriesCount)
    expect(result.allCategoriesCount).toBe(catalog.connected)
  })

  it('matches every search word against name, id and category label', () => {
    const result = filterCatalog(catalog, { query: '  SALES force ' })
    expect([...result.connected, ...result.available].map((c) => c.service_id)).toContain(
      'salesforce',
    )
    const byLabel = filterCatalog(catalog, { query: 'HRIS' })
    expect(byLabel.count).toBe(connectors.filter((c) => c.unified_api === 'hris').length)
  })
})

describe('a catalog of connectors with many connections', () => {
  const okta = {
    id: 'enterprise+saml:okta',
    unified_api: 'enterprise',
    service_id: 'saml:okta',
    name: 'Okta Workforce',
    state: 'available' as const,
    allows_multiple: true,
  }
  const github = {
    id: 'social+oauth2:github',
    unified_api: 'social',
    service_id: 'oauth2:github',
    name: 'GitHub',
    state: 'available' as const,
    allows_multiple: false,
  }
  const google = {
    ...github,
    id: 'social+oauth2:google',
    service_id: 'oauth2:google',
    name: 'Google',
  }
  const instance = (entry: typeof okta, id: string, name: string) => ({
    ...entry,
    id,
    connection_id: id,
    name,
    state: 'callable' as const,
  })
  const catalog = buildCatalog(
    [
      okta,
      github,
      google,
      instance(okta, 'c1', 'Acme'),
      instance(okta, 'c2', 'Globex'),
      instance(github, 'c3', 'Our GitHub'),
    ],
    { locale: 'en', categoryLabel: label },
  )

  it('counts the connections of each connector', () => {
    expect(catalog.connectionCounts.get('enterprise/saml:okta')).toBe(2)
    expect(catalog.connectionCounts.get('social/oauth2:github')).toBe(1)
    expect(catalog.connectionCounts.has('social/oauth2:google')).toBe(false)
  })

  it('drops a one-connection connector from the types to add once it has one; keeps a many-connections one', () => {
    const available = filterCatalog(catalog, {}).available.map((c) => c.name)
    expect(available).toEqual(['Google', 'Okta Workforce'])
    expect(catalog.total).toBe(5)
    expect(catalog.connected).toBe(3)
  })

  it("finds an instance by its connector's name too", () => {
    // "workforce" is only in the connector's name, not in the instances' own fields.
    expect(filterCatalog(catalog, { query: 'workforce' }).connected.map((c) => c.name)).toEqual([
      'Acme',
      'Globex',
    ])
  })
})

describe('the "needs action" filter and count', () => {
  const base = generateConnectors(24, 1).find((connection) => connection.id === 'accounting+xero')!
  const scopes = { enabled: true, resources: '*' as const }
  const record = (id: string, patch: Partial<Connection>): Connection => ({
    ...base,
    id: `accounting+${id}`,
    service_id: id,
    name: id,
    state: 'callable',
    enabled: true,
    health: 'ok',
    ...patch,
  })
  const connections = [
    record('granted', { consent_state: 'granted', application_data_scopes: scopes }),
    record('pending', { consent_state: 'pending', application_data_scopes: scopes }),
    record('revoked', { consent_state: 'revoked', application_data_scopes: scopes }),
    record('reconsent', { consent_state: 'requires_reconsent', application_data_scopes: scopes }),
    // Pending, but nothing is asked for: not a consent to give.
    record('unscoped', { consent_state: 'pending' }),
    record('available', { state: 'available', enabled: false }),
  ]
  const catalog = buildCatalog(connections, { locale: 'en', categoryLabel: (api) => api })

  it('counts connections waiting for consent as needing action, and only those', () => {
    expect(catalog.attention).toBe(3)
    expect(catalog.connected).toBe(5)
    const filtered = filterCatalog(catalog, { status: 'attention' })
    expect(filtered.connected.map((connection) => connection.service_id).sort()).toEqual([
      'pending',
      'reconsent',
      'revoked',
    ])
    // An available connector is an offer, not something to fix.
    expect(filtered.available).toEqual([])
    expect(filtered.allCategoriesCount).toBe(3)
  })

  it('drops a connection from it once consent is granted', () => {
    const granted = connections.map((connection) =>
      connection.service_id === 'pending'
        ? { ...connection, consent_state: 'granted' as const }
        : connection,
    )
    const after = buildCatalog(granted, { locale: 'en', categoryLabel: (api) => api })
    expect(after.attention).toBe(2)
    expect(filterCatalog(after, { status: 'attention' }).count).toBe(2)
  })
})
