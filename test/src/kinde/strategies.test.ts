import { KINDE_STRATEGIES, isBuiltInStrategy } from '../../../src/kinde/strategies'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

// The spec is read here, in a test, only to check the static table against it.
const spec = parse(readFileSync('specs/kinde-management-api.yaml', 'utf8')) as {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody: {
          content: Record<string, { schema: { properties: { strategy: { enum: string[] } } } }>
        }
      }
    >
  >
}

describe('KINDE_STRATEGIES', () => {
  it('is exactly the create enum of the spec', () => {
    const createEnum =
      spec.paths['/api/v1/connections']?.post?.requestBody.content['application/json']?.schema
        .properties.strategy.enum
    expect(KINDE_STRATEGIES.map((entry) => entry.strategy).sort()).toEqual(
      [...(createEnum ?? [])].sort(),
    )
    expect(KINDE_STRATEGIES).toHaveLength(22)
  })

  it('puts the 15 social oauth2 strategies under social, one connection each', () => {
    const social = KINDE_STRATEGIES.filter((entry) => entry.category === 'social')
    expect(social).toHaveLength(15)
    expect(social.every((entry) => entry.strategy.startsWith('oauth2:'))).toBe(true)
    expect(social.map((entry) => entry.strategy)).not.toContain('oauth2:azure_ad')
    expect(social.every((entry) => !entry.allowsMultiple && entry.variant === 'social')).toBe(true)
  })

  it('puts Azure AD and SAML under enterprise, many connections each', () => {
    const enterprise = KINDE_STRATEGIES.filter((entry) => entry.category === 'enterprise')
    expect(
      enterprise.filter((entry) => entry.variant === 'azure_ad').map((entry) => entry.strategy),
    ).toEqual(['oauth2:azure_ad', 'wsfed:azure_ad'])
    expect(enterprise.filter((entry) => entry.variant === 'saml')).toHaveLength(5)
    expect(enterprise.every((entry) => entry.allowsMultiple)).toBe(true)
  })

  it('tells built-in sign-in methods apart', () => {
    expect(isBuiltInStrategy('email:password')).toBe(true)
    expect(isBuiltInStrategy('phone:otp')).toBe(true)
    expect(isBuiltInStrategy('username:password')).toBe(true)
    expect(isBuiltInStrategy('saml:okta')).toBe(false)
  })
})
