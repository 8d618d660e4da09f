/**
 * Ids are path segments: an id that is `.`/`..` (in any spelling a decoder may reduce to one) or
 * that holds a slash is refused by the client before anything is sent, for every method that puts
 * an id in a path. Checked against the spec-checking mock (which records every request it sees) and
 * a counting fetch (which would see a request the mock's URL pattern does not match).
 */
import fc from 'fast-check'
import { createVaultClient, IntegrationsApiError, type ConnectionRef } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing/msw'
import { setupServer } from 'msw/node'
import { isSafePathSegment } from '../../src/path-segment'
import { catalog } from './vault/fixtures'

/** Each one would not reach the endpoint its position in the path names. */
const UNSAFE_IDS = [
  '',
  '.',
  '..',
  '%2e',
  '%2E',
  '%2e%2e',
  '%2E%2e',
  '.%2E',
  '%2e.',
  '%252e%252e',
  ' .. ',
  '.\t.',
  '\n.',
  '\u0000..\u001f',
  '\u00a0..\u3000',
  '．．',
  '%EF%BC%8E',
  '％２ｅ％２ｅ',
  '/',
  'a/b',
  '../admin',
  '..%2f',
  '%2F',
  'a\\b',
  '%5c',
  '%25252525252525252525',
]

/** Slugs and odd but single segments: sent, percent-encoded. */
const SAFE_IDS = ['hubspot', 'crm', 'leads', '...', '.a', 'a.', 'a..b', '%', '%zz', 'a b', '名前']

describe('isSafePathSegment', () => {
  it.each(UNSAFE_IDS)('refuses %j', (id) => {
    expect(isSafePathSegment(id)).toBe(false)
  })

  it.each(SAFE_IDS)('accepts %j', (id) => {
    expect(isSafePathSegment(id)).toBe(true)
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['a']]) {
      expect(isSafePathSegment(value)).toBe(false)
    }
  })

  it('an accepted id stays exactly one segment, even for a server that decodes the path again (property)', () => {
    // Pieces that make dot segments and separators likely, mixed with ordinary text.
    const piece = fc.oneof(
      fc.constantFrom('.', '%2e', '%2E', '%25', '%', '2e', '/', '%2f', '\\', ' ', '\t', '．', 'a'),
      fc.string({ maxLength: 3 }),
    )
    const id = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(id, (candidate) => {
        fc.pre(isSafePathSegment(candidate))
        let path = new URL(`https://vault.test/v/${encodeURIComponent(candidate)}/config`).pathname
        // The browser's URL parser, then any number of decode-and-reparse steps along the way.
        for (let round = 0; round < 4; round++) {
          expect(path.split('/')).toHaveLength(4)
          expect(path.endsWith('/config') && path.startsWith('/v/')).toBe(true)
          const decoded = path.replace(/%([0-7][0-9a-f])/gi, (_match, hex: string) =>
            String.fromCharCode(Number.parseInt(hex, 16)),
          )
          path = new URL(`https://vault.test${decoded.replace(/[?#]/g, '_')}`).pathname
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('the client, given an id that is not one path segment', () => {
  const vault = createMockVault({ connectors: catalog() })
  const server = setupServer(...vault.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => vault.reset())
  afterAll(() => server.close())

  const good: ConnectionRef = { unifiedApi: 'crm', serviceId: 'hubspot' }

  /** Every method that addresses a connection or resource, called with `ref` and `resource`. */
  function calls(client: ReturnType<typeof createVaultClient>, ref: ConnectionRef, resource = '') {
    return {
      getConnection: () => client.getConnection(ref),
      addConnection: () => client.addConnection(ref, { settings: {} }),
      updateConnection: () => client.updateConnection(ref, { enabled: true }),
      deleteConnection: () => client.deleteConnection(ref),
      importConnection: () => client.importConnection(ref, { credentials: { access_token: 't' } }),
      requestToken: () => client.requestToken(ref),
      confirmConnection: () => client.confirmConnection(ref, 'token'),
      validateConnection: () => client.validateConnection(ref),
      getResourceSettings: () => client.getResourceSettings(ref, resource || 'leads'),
      updateResourceSettings: () =>
        client.updateResourceSettings(ref, resource || 'leads', { configuration: [] }),
    }
  }

  async function expectRefused(call: () => Promise<unknown>) {
    const error = await call().then(
      () => {
        throw new Error('expected the call to reject')
      },
      (rejected: unknown) => rejected,
    )
    expect(error).toBeInstanceOf(IntegrationsApiError)
    expect(error).toMatchObject({ kind: 'invalid_request', code: 'invalid_ref', status: 0 })
    expect((error as IntegrationsApiError).retryable).toBe(false)
    return error as IntegrationsApiError
  }

  it('rejects every call with invalid_request before any request, for a bad service_id, unified_api or resource', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl, fetch })
    for (const id of UNSAFE_IDS) {
      const refs = [
        { unifiedApi: 'crm', serviceId: id },
        { unifiedApi: id, serviceId: 'hubspot' },
      ]
      for (const ref of refs) {
        for (const call of Object.values(calls(client, ref))) {
          await expectRefused(call)
        }
      }
      await expectRefused(() => client.getResourceSettings(good, id))
      await expectRefused(() =>
        client.updateResourceSettings(good, id, {
          configuration: [{ resource: id, defaults: [] }],
        }),
      )
    }
    expect(fetch).not.toHaveBeenCalled()
    expect(vault.requests).toEqual([])
  })

  it('names the refused id in the detail, clipped, and says nothing was sent', async () => {
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
    const error = await expectRefused(() =>
      client.getConnection({ unifiedApi: 'crm', serviceId: '%2e%2e' }),
    )
    expect(error.detail).toContain('service_id "%2e%2e"')
    expect(error.detail).toContain('not sent')
    const long = await expectRefused(() =>
      client.getResourceSettings(good, `${'x'.repeat(500)}/..`),
    )
    expect(String(long.detail).length).toBeLessThan(400)
    expect(vault.requests).toEqual([])
  })

  it('refuses ids of the wrong type from plain-JS callers the same way', async () => {
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
    const ref = { unifiedApi: 'crm', serviceId: undefined } as unknown as ConnectionRef
    const error = await expectRefused(() => client.getConnection(ref))
    expect(error.detail).toContain('(undefined)')
    expect(vault.requests).toEqual([])
  })

  it('still sends ordinary ids, encoded', async () => {
    const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
    await expect(client.getConnection(good)).resolves.toMatchObject({ service_id: 'hubspot' })
    await expect(client.getResourceSettings(good, 'leads')).resolves.toMatchObject({
      resource: 'leads',
    })
    expect(vault.requests.map((request) => request.path)).toEqual([
      '/vault/connections/crm/hubspot',
      '/vault/connections/crm/hubspot/leads/config',
    ])
  })
})
