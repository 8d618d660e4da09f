import { generateConnector, generateConnectors } from 'integrations-kit/testing'
import type { Connection, FormField } from 'integrations-kit'

function allFields(connections: Connection[]): FormField[] {
  return connections.flatMap((connection) => [
    ...(connection.form_fields ?? []),
    ...(connection.configuration ?? []).flatMap(
      (configuration) => configuration.defaults as FormField[],
    ),
  ])
}

describe('generateConnectors', () => {
  it('is deterministic: same seed, same catalog', () => {
    expect(generateConnectors(80, 1)).toEqual(generateConnectors(80, 1))
  })

  it('differs for another seed', () => {
    const first = generateConnectors(80, 1)
    const second = generateConnectors(80, 2)
    expect(second).not.toEqual(first)
    // The generated tail differs in kind, not only in timestamps.
    expect(second.slice(24).map((connection) => connection.id)).not.toEqual(
      first.slice(24).map((connection) => connection.id),
    )
  })

  it('returns exactly count connectors with unique ids', () => {
    for (const count of [0, 5, 24, 300]) {
      const connectors = generateConnectors(count, 3)
      expect(connectors).toHaveLength(count)
      expect(new Set(connectors.map((connection) => connection.id)).size).toBe(count)
      for (const connection of connectors) {
        expect(connection.id).toBe(`${connection.unified_api}+${connection.service_id}`)
      }
    }
  })

  it('never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random')
    generateConnectors(200, 9)
    expect(spy).not.toHaveBeenCalled()
  })

  describe('given 60 connectors of seed 1', () => {
    const connectors = generateConnectors(60, 1)
    const fields = allFields(connectors)

    it('covers every auth type and grant type', () => {
      expect(new Set(connectors.map((connection) => connection.auth_type))).toEqual(
        new Set(['oauth2', 'apiKey', 'basic', 'custom', 'none']),
      )
      expect(
        new Set(connectors.map((connection) => connection.oauth_grant_type).filter(Boolean)),
      ).toEqual(new Set(['authorization_code', 'client_credentials', 'password']))
    })

    it('covers every field type, spec and real-world', () => {
      const types = new Set(fields.map((item) => item.type))
      for (const type of [
        'text',
        'checkbox',
        'tel',
        'email',
        'url',
        'textarea',
        'select',
        'filtered-select',
        'multi-select',
        'datetime',
        'date',
        'time',
        'number',
        'password',
        'copy',
        'info',
        'location',
      ]) {
        expect(types, type).toContain(type)
      }
    })

    it('covers every field flag', () => {
      for (const flag of [
        'sensitive',
        'hidden',
        'deprecated',
        'disabled',
        'allow_custom_values',
        'required',
      ] as const) {
        expect(
          fields.some((item) => item[flag] === true),
          flag,
        ).toBe(true)
      }
      expect(fields.some((item) => item.prefix)).toBe(true)
      expect(fields.some((item) => item.suffix)).toBe(true)
      const filtered = fields.filter((item) => item.type === 'filtered-select')
      expect(filtered.every((item) => typeof item.filter?.value === 'string')).toBe(true)
    })

    it('has resource defaults with a filtered-select, settings required for authorization and validation support', () => {
      const withFilteredDefault = connectors.filter((connection) =>
        (connection.configuration ?? []).some((configuration) =>
          configuration.defaults.some((entry) => entry.type === 'filtered-select'),
        ),
      )
      expect(withFilteredDefault.map((connection) => connection.id)).toContain('crm+pipedrive')
      expect(
        connectors.some(
          (connection) => (connection.settings_required_for_authorization ?? []).length > 0,
        ),
      ).toBe(true)
      expect(connectors.some((connection) => connection.validation_support)).toBe(true)
    })

    it('mixes states: mostly available, some of every other, one disabled, one needing configuration', () => {
      const states = connectors.map((connection) => connection.state)
      for (const state of ['added', 'authorized', 'callable', 'invalid'] as const) {
        expect(states, state).toContain(state)
      }
      expect(states.filter((state) => state === 'available').length).toBeGreaterThan(
        connectors.length / 2,
      )
      const head = connectors.slice(0, 24)
      expect(
        head.filter((connection) => connection.state !== 'available' && !connection.enabled),
      ).toHaveLength(1)
      expect(
        head.filter((connection) => connection.integration_state === 'needs_configuration'),
      ).toHaveLength(1)
    })

    it('has long and non-Latin names among the first 24 (what Storybook shows)', () => {
      const names = connectors.slice(0, 24).map((connection) => connection.name)
      expect(names.slice(0, 8)).toEqual([
        'Salesforce',
        'HubSpot',
        'Pipedrive',
        'Xero',
        'QuickBooks Online',
        'BambooHR',
        'Google Drive',
        'Shopify',
      ])
      expect(names.some((name) => name.length > 50)).toBe(true)
      expect(names.some((name) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name))).toBe(true)
      expect(names.some((name) => /[\u0370-\u03ff]/.test(name))).toBe(true)
      expect(names.some((name) => /[\u0600-\u06ff]/.test(name))).toBe(true)
    })

    it("points no logo anywhere by default, so a host's tests make no request for one", () => {
      for (const connection of connectors) {
        expect(connection).not.toHaveProperty('icon')
        expect(connection).not.toHaveProperty('logo')
      }
      expect(JSON.stringify(connectors)).not.toMatch(/\.svg|data:|javascript:/)
    })

    it('leaves available connectors without settings values', () => {
      for (const connection of connectors.filter((item) => item.state === 'available')) {
        expect(connection.settings).toBeNull()
        const valued = (connection.form_fields ?? []).filter(
          (item) => item.value !== undefined && item.type !== 'copy' && item.type !== 'info',
        )
        expect(valued, connection.id).toEqual([])
      }
    })
  })
})

describe('generateConnector', () => {
  it('fills every field not given', () => {
    expect(generateConnector({ service_id: 'acme-crm', state: 'added' })).toMatchObject({
      id: 'crm+acme-crm',
      unified_api: 'crm',
      name: 'Acme Crm',
      state: 'added',
      enabled: true,
      auth_type: 'apiKey',
    })
  })

  it('has no logo unless a logoBaseUrl is given', () => {
    const quiet = generateConnector({ service_id: 'acme-crm' })
    expect(quiet).not.toHaveProperty('icon')
    expect(quiet).not.toHaveProperty('logo')
    expect(
      generateConnector({ service_id: 'acme crm' }, { logoBaseUrl: 'https://cdn.test/logos/' }),
    ).toMatchObject({
      icon: 'https://cdn.test/logos/acme%20crm.svg',
      logo: 'https://cdn.test/logos/acme%20crm-logo.svg',
    })
  })
})

describe('generateConnectors with logoBaseUrl', () => {
  it('gives every connector an icon and a logo under that base, and nothing else changes', () => {
    const plain = generateConnectors(30, 5)
    const withLogos = generateConnectors(30, 5, { logoBaseUrl: 'https://cdn.test/logos' })
    withLogos.forEach((connection, index) => {
      expect(connection.icon).toBe(`https://cdn.test/logos/${connection.service_id}.svg`)
      expect(connection.logo).toBe(`https://cdn.test/logos/${connection.service_id}-logo.svg`)
      const { icon: _icon, logo: _logo, ...rest } = connection
      expect(rest).toEqual(plain[index])
    })
  })
})
