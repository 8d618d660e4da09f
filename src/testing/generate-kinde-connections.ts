/**
 * Deterministic Kinde connections for the mock Kinde, stories and benchmarks: the same count and
 * seed give the same records on every machine. Each social strategy appears at most once (Kinde
 * allows one connection per social provider); the rest are enterprise connections, one per
 * customer, with home realm domains. Built-in sign-in methods come from
 * {@link kindeBuiltInConnections}.
 */
import { KINDE_STRATEGIES } from '../kinde/strategies'
import { fixtureCustomer } from './fixture-customers'
import { createRandom } from './random'

/** A connection as the mock Kinde stores it: what Kinde returns plus what it never returns. */
export interface KindeConnectionFixture {
  id: string
  name: string
  display_name: string
  strategy: string
  /** Stored but never answered, as on Kinde (GET returns the summary only). */
  options?: Record<string, unknown>
  enabled_applications?: string[]
  organization_code?: string | null
}

/** A Kinde-like connection id: `conn_` and 32 hex characters. */
function connectionId(random: ReturnType<typeof createRandom>): string {
  let hex = ''
  for (let index = 0; index < 32; index++) {
    hex += random.integer(0, 15).toString(16)
  }
  return `conn_${hex}`
}

/** `count` connections: first up to one per social strategy (every third record), then enterprise. */
export function generateKindeConnections(count: number, seed = 1): KindeConnectionFixture[] {
  const random = createRandom(seed)
  const social = KINDE_STRATEGIES.filter((entry) => !entry.allowsMultiple)
  const enterprise = KINDE_STRATEGIES.filter((entry) => entry.allowsMultiple)
  const result: KindeConnectionFixture[] = []
  let nextSocial = 0
  for (let index = 0; index < count; index++) {
    const id = connectionId(random)
    const useSocial = index % 3 === 0 && nextSocial < social.length
    if (useSocial) {
      const entry = social[nextSocial++]!
      result.push({
        id,
        name: entry.strategy.replace(':', '-'),
        display_name: entry.name,
        strategy: entry.strategy,
        options: {
          client_id: `client-${index}`,
          client_secret: `secret-${index}`,
          is_trusted: false,
        },
      })
      continue
    }
    const entry = random.pick(enterprise)
    const { customer, round, label } = fixtureCustomer(index)
    const domain = `${customer.toLowerCase()}${round === 0 ? '' : round + 1}.com`
    result.push({
      id,
      name: `${label.toLowerCase().replace(/\s+/g, '-')}-${entry.strategy.replace(':', '-')}`,
      display_name: `${label} ${entry.name}`,
      strategy: entry.strategy,
      options:
        entry.variant === 'saml'
          ? {
              saml_entity_id: `urn:${domain}`,
              saml_idp_metadata_url: `https://idp.${domain}/metadata`,
              home_realm_domains: [`@${domain}`],
            }
          : {
              entra_id_domain: domain,
              client_id: `client-${index}`,
              client_secret: `secret-${index}`,
              home_realm_domains: [`@${domain}`],
            },
    })
  }
  return result
}

/** Kinde's built-in sign-in methods, which its list returns among the connections. */
export function kindeBuiltInConnections(): KindeConnectionFixture[] {
  return [
    { id: 'conn_builtin_email', name: 'email', display_name: 'Email', strategy: 'email:password' },
    { id: 'conn_builtin_phone', name: 'phone', display_name: 'Phone', strategy: 'phone:otp' },
    {
      id: 'conn_builtin_username',
      name: 'username',
      display_name: 'Username',
      strategy: 'username:password',
    },
  ]
}
