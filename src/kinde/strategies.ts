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

const social = (strategy: string, name: string): KindeStrategy => ({
  strategy,
  name,
  category: 'social',
  variant: 'social',
  allowsMultiple: false,
})

const enterprise = (
  strategy: string,
  name: string,
  variant: 'azure_ad' | 'saml',
): KindeStrategy => ({ strategy, name, category: 'enterprise', variant, allowsMultiple: true })

/** Every strategy Kinde can create, in the spec's order within each category. */
export const KINDE_STRATEGIES: readonly KindeStrategy[] = Object.freeze([
  social('oauth2:apple', 'Apple'),
  social('oauth2:bitbucket', 'Bitbucket'),
  social('oauth2:discord', 'Discord'),
  social('oauth2:facebook', 'Facebook'),
  social('oauth2:github', 'GitHub'),
  social('oauth2:gitlab', 'GitLab'),
  social('oauth2:google', 'Google'),
  social('oauth2:linkedin', 'LinkedIn'),
  social('oauth2:microsoft', 'Microsoft'),
  social('oauth2:patreon', 'Patreon'),
  social('oauth2:slack', 'Slack'),
  social('oauth2:stripe', 'Stripe'),
  social('oauth2:twitch', 'Twitch'),
  social('oauth2:twitter', 'X (Twitter)'),
  social('oauth2:xero', 'Xero'),
  enterprise('oauth2:azure_ad', 'Microsoft Entra ID', 'azure_ad'),
  enterprise('wsfed:azure_ad', 'Microsoft Entra ID (WS-Fed)', 'azure_ad'),
  enterprise('saml:custom', 'Custom SAML', 'saml'),
  enterprise('saml:cloudflare', 'Cloudflare SAML', 'saml'),
  enterprise('saml:okta', 'Okta SAML', 'saml'),
  enterprise('saml:microsoft', 'Microsoft SAML', 'saml'),
  enterprise('saml:google', 'Google Workspace SAML', 'saml'),
])

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
