// The hand-written Session check against the spec: the same names and enums, and the same verdict
// as the spec's precompiled validator on valid and invalid bodies.
import {
  checkSessionBody,
  unifiedApiIds,
  vaultActions,
} from '../../../src/server/vault-session-request'
import vaultSpec from '../../../src/testing/vault-spec.json'
import { requestBodyValidators } from '../../../src/testing/vault-validators'

interface SchemaNode {
  properties?: Record<string, SchemaNode>
  enum?: string[]
  items?: SchemaNode
  additionalProperties?: boolean
}
const schemas = (vaultSpec as unknown as { components: { schemas: Record<string, SchemaNode> } })
  .components.schemas
const session = schemas.Session!
const specAccepts = (body: unknown) =>
  (requestBodyValidators.sessionsCreate as (data: unknown) => boolean)(body)

describe('checkSessionBody follows the spec’s Session', () => {
  it('knows the spec’s unified API ids and actions', () => {
    expect(unifiedApiIds).toEqual(schemas.UnifiedApiId!.enum)
    expect(vaultActions).toEqual(
      session.properties!.settings!.properties!.allow_actions!.items!.enum,
    )
  })

  it('accepts the spec’s own code sample, as the spec does', () => {
    const operation = (
      vaultSpec as unknown as {
        paths: Record<
          string,
          { post: { 'x-codeSamples': Array<{ source: { session: Record<string, unknown> } }> } }
        >
      }
    ).paths['/vault/sessions']!.post
    const sample = operation['x-codeSamples'][0]!.source.session
    expect(specAccepts(sample)).toBe(true)
    expect(checkSessionBody(sample)).toEqual([])
  })

  it('accepts every setting the spec names and refuses any other, as the spec does', () => {
    for (const name of Object.keys(session.properties!.settings!.properties!)) {
      const value =
        name === 'unified_apis'
          ? ['crm']
          : name === 'allow_actions'
            ? []
            : name === 'session_length'
              ? '2h'
              : true
      expect(checkSessionBody({ settings: { [name]: value } })).toEqual([])
      expect(specAccepts({ settings: { [name]: value } })).toBe(true)
    }
    expect(checkSessionBody({ settings: { hide_consumer_card: true } })).toHaveLength(1)
    expect(specAccepts({ settings: { hide_consumer_card: true } })).toBe(false)
  })

  const invalid: Array<[string, Record<string, unknown>]> = [
    ['an unknown top-level field', { data_scopes: { enabled: true } }],
    ['a non-string redirect URI', { redirect_uri: 42 }],
    ['a non-boolean flag', { settings: { show_logs: 'no' } }],
    ['an unknown action', { settings: { allow_actions: ['archive'] } }],
    ['an unknown unified API', { settings: { unified_apis: ['nope'] } }],
    ['a non-string theme value', { theme: { logo: 1 } }],
    ['a non-string consumer name', { consumer_metadata: { user_name: 1 } }],
    ['custom settings that are not an object', { custom_consumer_settings: 'x' }],
  ]

  it.each(invalid)('refuses %s, as the spec does', (_name, body) => {
    expect(specAccepts(body)).toBe(false)
    expect(checkSessionBody(body)).not.toEqual([])
  })
})
