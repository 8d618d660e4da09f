// @module-tag property
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createVaultAdapter, sessionDefaults } from 'integrations-kit'
import { createKindeAdapter } from 'integrations-kit/kinde'

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}

/** An unsigned session token with these claims, as Vault's are read (never verified) here. */
function token(claims: unknown): string {
  return `${base64Url('{"alg":"HS256","typ":"JWT"}')}.${base64Url(JSON.stringify(claims))}.c2ln`
}

const LIBRARY_ACTIONS = ['settings', 'resources', 'validate', 'import', 'credentials']

describe('sessionDefaults', () => {
  it('reads settings, theme, consumer metadata and data scopes into the props they default', () => {
    const defaults = sessionDefaults(
      token({
        application_id: 'app',
        consumer_id: 'consumer',
        settings: {
          allow_actions: ['delete', 'disable'],
          hide_resource_settings: true,
          hide_consumer_card: false,
          hide_guides: true,
          show_logs: false,
        },
        theme: {
          primary_color: '#286efa',
          vault_name: ' Intercom ',
          logo: 'https://res.cloudinary.com/apideck/icons/intercom',
        },
        consumer_metadata: {
          account_name: 'SpaceX',
          user_name: 'Elon Musk',
          email: 'elon@musk.com',
          image: 'https://www.spacex.com/static/images/share.jpg',
        },
        data_scopes: { enabled: false },
      }),
    )
    expect(defaults).toEqual({
      allowActions: ['delete', 'disable', ...LIBRARY_ACTIONS],
      hideResourceSettings: true,
      hideConsumerCard: false,
      hideGuides: true,
      hideLogs: true,
      consent: false,
      accentColor: '#286efa',
      title: 'Intercom',
      logo: 'https://res.cloudinary.com/apideck/icons/intercom',
      consumer: {
        accountName: 'SpaceX',
        userName: 'Elon Musk',
        email: 'elon@musk.com',
        image: 'https://www.spacex.com/static/images/share.jpg',
      },
    })
  })

  it('keeps an empty allow_actions as "no Vault action" while this library’s own stay allowed', () => {
    expect(sessionDefaults(token({ settings: { allow_actions: [] } }))?.allowActions).toEqual(
      LIBRARY_ACTIONS,
    )
    expect(
      sessionDefaults(token({ settings: { allow_actions: ['delete', 'explode', 42] } }))
        ?.allowActions,
    ).toEqual(['delete', ...LIBRARY_ACTIONS])
  })

  it('accepts hex and rgb() colours and drops anything else', () => {
    const accent = (primary_color: unknown) =>
      sessionDefaults(token({ theme: { primary_color, vault_name: 'x' } }))?.accentColor
    expect(accent('#abc')).toBe('#abc')
    expect(accent('#286EFA80')).toBe('#286EFA80')
    expect(accent('rgb(40, 110, 250)')).toBe('rgb(40, 110, 250)')
    expect(accent('rgb(40 110 250 / 50%)')).toBe('rgb(40 110 250 / 50%)')
    for (const junk of [
      'red',
      '#12',
      '#ggg',
      'url(https://evil.test/x.png)',
      'var(--x)',
      '#fff; background: red',
      'rgb(1,2,3); color: red',
      'expression(alert(1))',
      42,
      null,
      ['#fff'],
    ]) {
      expect(accent(junk)).toBeUndefined()
    }
  })

  it('lets only absolute http(s) URLs through as the logo and the avatar', () => {
    const defaults = sessionDefaults(
      token({
        theme: { logo: 'javascript:alert(1)' },
        consumer_metadata: { user_name: 'Ada', image: 'data:image/svg+xml,<svg onload=alert(1)>' },
      }),
    )
    expect(defaults).toEqual({ consumer: { userName: 'Ada' } })
    expect(sessionDefaults(token({ theme: { logo: '//evil.test/logo.png' } }))).toBeUndefined()
  })

  it('drops claims of the wrong type instead of throwing', () => {
    expect(
      sessionDefaults(
        token({
          settings: { hide_guides: 'yes', hide_resource_settings: 1, allow_actions: 'delete' },
          theme: ['not', 'an', 'object'],
          consumer_metadata: { user_name: {}, email: 7, account_name: '   ' },
          data_scopes: { enabled: 'false' },
        }),
      ),
    ).toBeUndefined()
  })

  it('is undefined without a token, for a non-JWT token and for a token with no such claims', () => {
    expect(sessionDefaults(undefined)).toBeUndefined()
    expect(sessionDefaults('sk_live_12345')).toBeUndefined()
    expect(sessionDefaults('a.b.c')).toBeUndefined()
    expect(sessionDefaults(token({ application_id: 'app', consumer_id: 'c' }))).toBeUndefined()
  })

  it('never throws and only ever yields well-typed defaults, whatever the claims', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (settings, theme, metadata) => {
        const defaults = sessionDefaults(
          token({ settings, theme, consumer_metadata: metadata, data_scopes: settings }),
        )
        for (const [key, value] of Object.entries(defaults ?? {})) {
          if (key === 'allowActions') {
            expect(Array.isArray(value)).toBe(true)
          } else if (key === 'consumer') {
            for (const field of Object.values(value as object)) {
              expect(typeof field).toBe('string')
            }
          } else if (key === 'logo') {
            expect(value).toMatch(/^https?:\/\//)
          } else {
            expect(['boolean', 'string']).toContain(typeof value)
          }
        }
      }),
    )
  })

  it('never lets a URL other than http(s) through, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl(), (junk, web) => {
        for (const candidate of [junk, web, `javascript:${junk}`, `data:${junk}`]) {
          const defaults = sessionDefaults(
            token({
              theme: { logo: candidate },
              consumer_metadata: { image: candidate, email: 'a' },
            }),
          )
          for (const url of [defaults?.logo, defaults?.consumer?.image]) {
            if (url !== undefined) {
              expect(url).toMatch(/^https?:\/\/[^/]/)
            }
          }
        }
      }),
      // fc.webUrl is slow to generate; 60 runs keep the test well under its timeout.
      { numRuns: 60 },
    )
  })
})

describe('createVaultAdapter', () => {
  it('carries the session defaults of its token', () => {
    const adapter = createVaultAdapter({
      token: token({ application_id: 'a', consumer_id: 'c', theme: { vault_name: 'Acme' } }),
    })
    expect(adapter.session).toEqual({ title: 'Acme' })
  })

  it('has no session defaults for a token without them, or for an API key', () => {
    expect(
      createVaultAdapter({ token: token({ application_id: 'a', consumer_id: 'c' }) }).session,
    ).toBeUndefined()
    expect(
      createVaultAdapter({ token: 'sk_live', appId: 'a', consumerId: 'c' }).session,
    ).toBeUndefined()
  })

  it('is not on other backends’ adapters', () => {
    expect(createKindeAdapter({ baseUrl: 'https://host.test/kinde' }).session).toBeUndefined()
  })
})
