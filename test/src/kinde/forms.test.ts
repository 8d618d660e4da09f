import { kindeFormFields, kindeRequestBody } from '../../../src/kinde/forms'
import { KINDE_STRATEGIES, findStrategy, type KindeStrategy } from '../../../src/kinde/strategies'
import { kindeEn, type KindeMessages } from '../../../src/kinde/messages'
import { kindeDe } from 'integrations-kit/kinde/locales/de'
import { kindeFr } from 'integrations-kit/kinde/locales/fr'
import { kindeNl } from 'integrations-kit/kinde/locales/nl'
import { isIntegrationsApiError } from '../../../src/errors'

function strategy(id: string): KindeStrategy {
  const found = findStrategy(id)
  if (!found) {
    throw new Error(`no strategy ${id}`)
  }
  return found
}

const ids = (fields: { id: string }[]) => fields.map((field) => field.id)

function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('kindeFormFields', () => {
  it('builds a social create form: names, then the four social options', () => {
    const fields = kindeFormFields(strategy('oauth2:google'), { mode: 'create' })
    expect(ids(fields)).toEqual([
      'display_name',
      'name',
      'client_id',
      'client_secret',
      'is_trusted',
      'is_use_custom_domain',
    ])
    expect(fields.map((field) => field.label)).toEqual([
      'Display name',
      'Connection name',
      'Client ID',
      'Client secret',
      'Trust emails from this provider',
      'Use your custom domain',
    ])
    expect(fields.find((field) => field.id === 'display_name')?.required).toBe(true)
  })

  it('masks secrets and never prefills them', () => {
    for (const mode of ['create', 'edit'] as const) {
      const social = kindeFormFields(strategy('oauth2:github'), { mode, connectionId: 'conn_1' })
      const saml = kindeFormFields(strategy('saml:okta'), { mode, connectionId: 'conn_1' })
      const secrets = [...social, ...saml].filter(
        (field) => field.id === 'client_secret' || field.id === 'saml_signing_private_key',
      )
      expect(secrets).toHaveLength(2)
      for (const field of secrets) {
        expect(field.sensitive).toBe(true)
        expect(field.value).toBeUndefined()
        expect(field.default_value).toBeUndefined()
      }
    }
  })

  it('offers join-organization on an Entra ID create form only, and domains with custom values', () => {
    const create = kindeFormFields(strategy('oauth2:azure_ad'), { mode: 'create' })
    const edit = kindeFormFields(strategy('oauth2:azure_ad'), { mode: 'edit', connectionId: 'c' })
    expect(ids(create)).toContain('is_auto_join_organization_enabled')
    expect(ids(edit)).not.toContain('is_auto_join_organization_enabled')
    expect(ids(create).slice(2, 6)).toEqual([
      'entra_id_domain',
      'client_id',
      'client_secret',
      'home_realm_domains',
    ])
    const domains = create.find((field) => field.id === 'home_realm_domains')
    expect(domains).toMatchObject({ type: 'multi-select', allow_custom_values: true })
    expect(create.find((field) => field.id === 'upstream_params')?.type).toBe('textarea')
  })

  it('builds the SAML form with its enums as selects', () => {
    const fields = kindeFormFields(strategy('saml:okta'), { mode: 'create' })
    expect(ids(fields)).toEqual(
      expect.arrayContaining([
        'saml_entity_id',
        'saml_idp_metadata_url',
        'saml_idp_metadata_xml',
        'saml_sign_in_url',
        'sign_request_algorithm',
        'protocol_binding',
        'name_id_format',
        'saml_email_key_attr',
        'home_realm_domains',
        'saml_signing_certificate',
        'saml_signing_private_key',
      ]),
    )
    const format = fields.find((field) => field.id === 'name_id_format')
    expect(format?.type).toBe('select')
    expect(format?.options?.map((option) => option.label)).toEqual([
      'Persistent',
      'Transient',
      'Email address',
      'Unspecified',
    ])
  })

  it('turns booleans into a three-way select on edit forms and shows the connection id', () => {
    const fields = kindeFormFields(strategy('oauth2:google'), {
      mode: 'edit',
      connectionId: 'conn_42',
    })
    expect(fields[0]).toMatchObject({ id: 'connection_id', type: 'copy', value: 'conn_42' })
    const trusted = fields.find((field) => field.id === 'is_trusted')
    expect(trusted).toMatchObject({ type: 'select', placeholder: 'Keep current setting' })
    expect(trusted?.options).toEqual([
      { label: 'On', value: true },
      { label: 'Off', value: false },
    ])
    expect(fields.every((field) => field.id === 'connection_id' || field.value === undefined)).toBe(
      true,
    )
    expect(fields.find((field) => field.id === 'display_name')?.required).toBe(false)
  })

  it('adds copyable callback or ACS URLs and an Applications multi-select when configured', () => {
    const context = {
      mode: 'create' as const,
      callbackUrl: 'https://auth.example.com/login/callback',
      acsUrl: 'https://auth.example.com/saml/callback',
      applications: [{ id: 'app_1', name: 'Web app' }],
    }
    const social = kindeFormFields(strategy('oauth2:google'), context)
    const saml = kindeFormFields(strategy('saml:custom'), context)
    expect(social.find((field) => field.id === 'callback_url')).toMatchObject({
      type: 'copy',
      value: context.callbackUrl,
    })
    expect(saml.find((field) => field.id === 'acs_url')).toMatchObject({
      type: 'copy',
      value: context.acsUrl,
    })
    expect(saml.find((field) => field.id === 'callback_url')).toBeUndefined()
    expect(social.find((field) => field.id === 'enabled_applications')).toMatchObject({
      type: 'multi-select',
      options: [{ label: 'Web app', value: 'app_1' }],
    })
  })
})

describe('kindeRequestBody', () => {
  it('creates with strategy, names and the entered options of the variant (ticked boxes only)', () => {
    const body = kindeRequestBody(
      strategy('saml:okta'),
      {
        display_name: ' Acme Okta ',
        name: '',
        saml_entity_id: 'urn:acme',
        saml_idp_metadata_url: 'https://acme.okta.com/metadata',
        home_realm_domains: ['@acme.com'],
        name_id_format: 'Email address',
        is_trusted: true,
        is_force_show_sso_button: false,
        callback_url: 'https://not-sent.example.com',
        client_id: 'not in the SAML variant',
      },
      'create',
    )
    expect(body).toEqual({
      name: 'Acme Okta',
      display_name: 'Acme Okta',
      strategy: 'saml:okta',
      options: {
        saml_entity_id: 'urn:acme',
        saml_idp_metadata_url: 'https://acme.okta.com/metadata',
        name_id_format: 'Email address',
        home_realm_domains: ['@acme.com'],
        is_trusted: true,
      },
    })
  })

  it('edits with only the fields that have a value, and never the strategy', () => {
    const body = kindeRequestBody(
      strategy('oauth2:azure_ad'),
      {
        connection_id: 'conn_1',
        display_name: 'Entra (EU)',
        name: '  ',
        client_id: '',
        client_secret: '',
        home_realm_domains: [],
        is_trusted: true,
        is_use_common_endpoint: false,
        is_create_missing_user: '',
        upstream_params: '',
      },
      'edit',
    )
    expect(body).toEqual({
      display_name: 'Entra (EU)',
      options: { is_trusted: true, is_use_common_endpoint: false },
    })
  })

  it('sends a secret on edit only when one was typed', () => {
    const google = strategy('oauth2:google')
    expect(kindeRequestBody(google, { client_secret: '' }, 'edit')).toEqual({})
    expect(kindeRequestBody(google, { client_secret: 'new-secret' }, 'edit')).toEqual({
      options: { client_secret: 'new-secret' },
    })
  })

  it('sends enabled applications at the top level', () => {
    expect(
      kindeRequestBody(strategy('oauth2:google'), { enabled_applications: ['app_1'] }, 'edit'),
    ).toEqual({ enabled_applications: ['app_1'] })
  })

  it('parses upstream parameters as JSON and puts a bad value on its field', () => {
    const azure = strategy('wsfed:azure_ad')
    expect(
      kindeRequestBody(azure, { upstream_params: '{"prompt":{"value":"login"}}' }, 'edit'),
    ).toEqual({ options: { upstream_params: { prompt: { value: 'login' } } } })
    for (const bad of ['{prompt', '[1]', '"text"']) {
      const error = thrownBy(() => kindeRequestBody(azure, { upstream_params: bad }, 'edit'))
      expect(isIntegrationsApiError(error) && error.kind).toBe('invalid_request')
      expect(isIntegrationsApiError(error) && error.detail).toEqual({
        errors: [{ field: 'upstream_params', message: 'Enter a JSON object.' }],
      })
    }
  })

  it('requires the SAML metadata URL or XML on create, and a display name', () => {
    const okta = strategy('saml:okta')
    const missing = thrownBy(() => kindeRequestBody(okta, { display_name: 'Okta' }, 'create'))
    expect(isIntegrationsApiError(missing) && missing.detail).toEqual({
      errors: [
        {
          field: 'saml_idp_metadata_url',
          message: 'Enter the IdP metadata URL or the metadata XML.',
        },
      ],
    })
    expect(
      kindeRequestBody(
        okta,
        { display_name: 'Okta', saml_idp_metadata_xml: '<EntityDescriptor/>' },
        'create',
      ).options,
    ).toMatchObject({ saml_idp_metadata_xml: '<EntityDescriptor/>' })
    const unnamed = thrownBy(() => kindeRequestBody(strategy('oauth2:google'), {}, 'create'))
    expect(isIntegrationsApiError(unnamed) && unnamed.detail).toEqual({
      errors: [{ field: 'display_name', message: 'Enter a display name.' }],
    })
  })

  it('drops enum values the spec does not list', () => {
    expect(kindeRequestBody(strategy('saml:custom'), { protocol_binding: 'SOAP' }, 'edit')).toEqual(
      {},
    )
  })
})

describe('kindeFormFields and kindeRequestBody in another language', () => {
  const saml = () => strategy('saml:okta')
  const every = (mode: 'create' | 'edit', messages: KindeMessages) =>
    KINDE_STRATEGIES.flatMap((entry) =>
      kindeFormFields(entry, {
        mode,
        messages,
        connectionId: 'conn_1',
        acsUrl: 'https://acme.kinde.com/saml/acs',
        callbackUrl: 'https://acme.kinde.com/oauth2/callback',
        applications: [{ id: 'app_1', name: 'Web' }],
      }),
    )

  it('labels every field of every form from the message table', () => {
    for (const mode of ['create', 'edit'] as const) {
      for (const field of every(mode, kindeEn)) {
        expect(field.label).toBe(kindeEn[field.id as keyof KindeMessages])
      }
      for (const field of every(mode, kindeDe)) {
        expect(field.label).toBe(kindeDe[field.id as keyof KindeMessages])
        expect(field.label).not.toBe(kindeEn[field.id as keyof KindeMessages])
      }
    }
  })

  it('builds a German SAML edit form: labels, descriptions, options and the keep choice', () => {
    const fields = kindeFormFields(saml(), {
      mode: 'edit',
      connectionId: 'conn_1',
      acsUrl: 'https://acme.kinde.com/saml/acs',
      messages: kindeDe,
    })
    const byId = (id: string) => fields.find((field) => field.id === id)
    expect(fields.slice(0, 4).map((field) => field.label)).toEqual([
      'Verbindungs-ID',
      'Anzeigename',
      'Verbindungsname',
      'ACS-URL',
    ])
    expect(byId('home_realm_domains')?.description).toBe(
      'Personen mit einer E-Mail-Adresse unter diesen Domänen melden sich hier an.',
    )
    expect(byId('is_trusted')).toMatchObject({
      label: 'E-Mail-Adressen dieses Anbieters vertrauen',
      placeholder: 'Aktuelle Einstellung beibehalten',
      options: [
        { label: 'Ein', value: true },
        { label: 'Aus', value: false },
      ],
    })
    // Option labels are translated; the values sent stay the API's.
    expect(byId('name_id_format')?.options).toContainEqual({
      label: 'E-Mail-Adresse',
      value: 'Email address',
    })
    expect(byId('protocol_binding')?.placeholder).toBe('Aktuelle Einstellung beibehalten')
  })

  it('reports its own validation errors in the form language', () => {
    const missingName = thrownBy(() => kindeRequestBody(saml(), {}, 'create', kindeDe))
    expect(isIntegrationsApiError(missingName) && missingName.detail).toEqual({
      errors: [{ field: 'display_name', message: 'Bitte einen Anzeigenamen eingeben.' }],
    })
    const noMetadata = thrownBy(() =>
      kindeRequestBody(saml(), { display_name: 'Acme' }, 'create', kindeFr),
    )
    expect(isIntegrationsApiError(noMetadata) && noMetadata.detail).toEqual({
      errors: [
        {
          field: 'saml_idp_metadata_url',
          message: 'Saisissez l’URL des métadonnées de l’IdP ou le XML des métadonnées.',
        },
      ],
    })
    const badJson = thrownBy(() =>
      kindeRequestBody(
        strategy('oauth2:azure_ad'),
        { display_name: 'Entra', upstream_params: '[1]' },
        'create',
        kindeNl,
      ),
    )
    expect(isIntegrationsApiError(badJson) && badJson.message).toBe('Vul een JSON-object in.')
  })
})
