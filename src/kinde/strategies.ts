/**
 * The static catalog of Kinde connectors: the 22 strategies of the spec's create enum
 * (specs/kinde-management-api.yaml, `CreateConnection` → `strategy`). Kinde has no catalog endpoint,
 * so the page's "Add a connection" list is this table. Which `options` variant a strategy takes is
 * not stated in the spec (its `oneOf` has no discriminator); the mapping below follows the variant
 * descriptions and is pinned by the mock (README, "Assumptions").
 */

/** Which of the spec's three `options` variants a strategy's form and body use. */
export type KindeOptionsVariant = 'social' | 'azure_ad' | 'saml'

/** The page's category of a Kinde connector (`Connection.unified_api`). */
export type KindeCategory = 'social' | 'enterprise'

export interface KindeStrategy {
  /** Kinde's strategy id, e.g. `saml:okta`: the connector key (`service_id`). */
  strategy: string
  /** The connector's name as Kinde's dashboard shows it. */
  name: string
  category: KindeCategory
  variant: KindeOptionsVariant
  /** Enterprise connectors may have many connections (one per customer IdP); social ones one. */
  allowsMultiple: boolean
}

/**
 * `strategy=Name` pairs, social first, in the spec's order; a compact form of the table (it ships
 * in every page that uses Kinde). The variant follows from the strategy: `saml:*` SAML, the two
 * Azure AD strategies Azure AD, every other `oauth2:*` social.
 */
const TABLE =
  'oauth2:apple=Apple,oauth2:bitbucket=Bitbucket,oauth2:discord=Discord,oauth2:facebook=Facebook,' +
  'oauth2:github=GitHub,oauth2:gitlab=GitLab,oauth2:google=Google,oauth2:linkedin=LinkedIn,' +
  'oauth2:microsoft=Microsoft,oauth2:patreon=Patreon,oauth2:slack=Slack,oauth2:stripe=Stripe,' +
  'oauth2:twitch=Twitch,oauth2:twitter=X (Twitter),oauth2:xero=Xero,' +
  'oauth2:azure_ad=Microsoft Entra ID,wsfed:azure_ad=Microsoft Entra ID (WS-Fed),' +
  'saml:custom=Custom SAML,saml:cloudflare=Cloudflare SAML,saml:okta=Okta SAML,' +
  'saml:microsoft=Microsoft SAML,saml:google=Google Workspace SAML'

/** Every strategy Kinde can create, in the spec's order within each category. */
export const KINDE_STRATEGIES: readonly KindeStrategy[] = Object.freeze(
  TABLE.split(',').map((pair): KindeStrategy => {
    const [strategy = '', name = ''] = pair.split('=')
    const variant = strategy.startsWith('saml:')
      ? 'saml'
      : strategy.endsWith(':azure_ad')
        ? 'azure_ad'
        : 'social'
    const social = variant === 'social'
    return {
      strategy,
      name,
      category: social ? 'social' : 'enterprise',
      variant,
      allowsMultiple: !social,
    }
  }),
)

/** The catalog entry of a strategy, or undefined for one Kinde may add later. */
export function findStrategy(strategy: string): KindeStrategy | undefined {
  return KINDE_STRATEGIES.find((entry) => entry.strategy === strategy)
}

/**
 * Kinde's built-in sign-in methods (email, phone, username + password or code) are listed as
 * connections too; they are not identity providers an administrator configures here.
 */
export function isBuiltInStrategy(strategy: string): boolean {
  return /^(?:email|phone|username):/.test(strategy)
}
