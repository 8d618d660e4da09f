import { describe, expect, it } from 'vitest'
import { buildCatalog, filterCatalog } from '../../../src/catalog/catalog'
import { generateConnectors } from 'integrations-kit/testing'

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
