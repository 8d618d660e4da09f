import { liteCardName, type LiteCardProps } from '../../../components/catalog/lite-card-button'
import { connectorKey } from '../../../components/catalog/ConnectorCard'
import { en, type TranslateFn } from '../../../src/i18n/en'
import { formatMessage, type Message } from '../../../src/i18n/format'
import { generateConnectors } from 'integrations-kit/testing'

const connections = generateConnectors(200, 11)

/** English, as the page's translator answers it (an unknown key is answered with itself). */
const english: TranslateFn = (key, values) => {
  const template = (en as Record<string, Message | undefined>)[key]
  return template === undefined ? key : formatMessage(template, values, 'en')
}

function props(index: number, overrides: Partial<LiteCardProps> = {}): LiteCardProps {
  const connection = connections[index]!
  return {
    connection,
    cardKey: connectorKey(connection),
    tabIndex: -1,
    current: false,
    connectionCount: undefined,
    connectorName: undefined,
    ...overrides,
  }
}

describe('liteCardName', () => {
  it('names every card as without the shared labels, translating each label once', () => {
    const calls: string[] = []
    const t: TranslateFn = (key, values) => {
      calls.push(key)
      return english(key, values)
    }
    const labels = new Map<string, string>()
    const names = connections.map((_, index) =>
      liteCardName(props(index), { t, consent: true, labels }),
    )
    const uncached = connections.map((_, index) =>
      liteCardName(props(index), { t: english, consent: true, labels: new Map() }),
    )
    expect(names).toEqual(uncached)
    expect(names[0]).toMatch(new RegExp(`^${connections[0]!.name} `))
    // One call per distinct category and status, not one per card.
    expect(new Set(calls).size).toBe(calls.length)
    expect(calls.length).toBeLessThan(connections.length / 4)
  })

  it('counts connections with the count, which is not shared', () => {
    const labels = new Map<string, string>()
    const shared = { t: english, consent: true, labels }
    expect(liteCardName(props(0, { connectionCount: 1 }), shared)).toMatch(/ 1 connection$/)
    expect(liteCardName(props(0, { connectionCount: 3 }), shared)).toMatch(/ 3 connections$/)
  })
})
