import { setupServer } from 'msw/node'
import { createMockVault } from 'integrations-kit/testing/msw'
import { skippingWaits } from '../../fake-time'
import { callVault } from './vault-test-client'

const vault = createMockVault()
const server = setupServer(...vault.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => vault.reset())
afterAll(() => server.close())

describe('fail()', () => {
  it('answers 429 with Retry-After once, then normally', async () => {
    vault.fail(
      { method: 'GET', path: '/vault/connections' },
      { status: 429, headers: { 'Retry-After': '7' } },
    )
    const limited = await callVault(vault, '/vault/connections')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(limited.body).toMatchObject({ status_code: 429, error: 'Too Many Requests' })
    const next = await callVault(vault, '/vault/connections')
    expect(next.status).toBe(200)
  })

  it('uses the given status and body', async () => {
    vault.fail(
      { path: /\/hubspot$/ },
      { status: 500, body: { status_code: 500, message: 'Downstream exploded' } },
    )
    const other = await callVault(vault, '/vault/connections/crm/salesforce')
    expect(other.status).toBe(200)
    const failed = await callVault(vault, '/vault/connections/crm/hubspot')
    expect(failed.status).toBe(500)
    expect(failed.body).toEqual({ status_code: 500, message: 'Downstream exploded' })
  })

  it('fails the given number of times', async () => {
    vault.fail({ method: 'PATCH', times: 2 }, { status: 503 })
    const statuses: number[] = []
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await callVault(vault, '/vault/connections/crm/hubspot', {
        method: 'PATCH',
        body: { enabled: false },
      })
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([503, 503, 200])
    // A failed write changes nothing; only the third one applied.
    expect(vault.requests).toHaveLength(3)
  })

  it('ignores requests of another method', async () => {
    vault.fail({ method: 'DELETE' }, { status: 500 })
    expect((await callVault(vault, '/vault/connections')).status).toBe(200)
    expect(
      (await callVault(vault, '/vault/connections/crm/salesforce', { method: 'DELETE' })).status,
    ).toBe(500)
  })

  it("makes fetch reject on 'network'", async () => {
    vault.fail({ path: '/vault/connections' }, 'network')
    await expect(callVault(vault, '/vault/connections')).rejects.toThrow(TypeError)
    expect((await callVault(vault, '/vault/connections')).status).toBe(200)
  })

  it("answers 200 with a body that is not JSON on 'malformed'", async () => {
    vault.fail({}, 'malformed')
    const answer = await callVault(vault, '/vault/connections')
    expect(answer.status).toBe(200)
    expect(() => JSON.parse(answer.text)).toThrow(SyntaxError)
  })

  it('is cleared by reset()', async () => {
    vault.fail({ times: Infinity }, { status: 500 })
    expect((await callVault(vault, '/vault/connections')).status).toBe(500)
    vault.reset()
    expect((await callVault(vault, '/vault/connections')).status).toBe(200)
    expect(vault.requests).toHaveLength(1)
  })
})

describe('latency', () => {
  it('delays every answer by the fixed latency', async () => {
    const slow = createMockVault({ latency: 120 })
    server.use(...slow.handlers)
    const started = performance.now()
    const answer = await callVault(slow, '/vault/connections')
    expect(answer.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
  })

  it('draws latencies from the range, the same ones for the same seed', async () => {
    // msw's delay() waits with setTimeout(resolve, ms): the drawn latencies are its delays.
    // On fake time: the delays are read from the spy, there is no need to sit them out.
    const drawn = async (seed: number) => {
      const ranged = createMockVault({ latency: [20, 200], seed })
      server.use(...ranged.handlers)
      const spy = vi.spyOn(globalThis, 'setTimeout')
      for (let index = 0; index < 4; index += 1) {
        expect((await skippingWaits(callVault(ranged, '/vault/connections'))).status).toBe(200)
      }
      const delays = spy.mock.calls
        .map((call) => call[1])
        .filter((ms): ms is number => typeof ms === 'number' && ms >= 20 && ms <= 200)
      spy.mockRestore()
      server.resetHandlers()
      return delays
    }
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const first = await drawn(7)
      expect(first).toHaveLength(4)
      expect(await drawn(7)).toEqual(first)
      expect(await drawn(8)).not.toEqual(first)
    } finally {
      vi.useRealTimers()
    }
  })
})
