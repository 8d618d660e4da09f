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
 * The connectors' names, social first, in the spec's order: a compact form of the table (it ships in
 * every page that uses Kinde). The strategy id follows from the name and the position: the first 15
 * are social, `oauth2:` and the name's last word in lower case (`X (Twitter)` is `oauth2:twitter`);
 * the next two are the Azure AD variant (`oauth2:azure_ad`, `wsfed:azure_ad`); the rest are SAML,
 * `saml:` and the name's first word in lower case (`Google Workspace SAML` is `saml:google`). The
 * test checks the result against the spec's enum.
 */
const NAMES =
  'Apple,Bitbucket,Discord,Facebook,GitHub,GitLab,Google,LinkedIn,Microsoft,Patreon,Slack,' +
  'Stripe,Twitch,X (Twitter),Xero,Microsoft Entra ID,Microsoft Entra ID (WS-Fed),Custom SAML,' +
  'Cloudflare SAML,Okta SAML,Microsoft SAML,Google Workspace SAML'

/** Every strategy Kinde can create, in the spec's order within each category. */
export const KINDE_STRATEGIES: readonly KindeStrategy[] = Object.freeze(
  NAMES.split(',').map((name, index): KindeStrategy => {
    const words = name.toLowerCase().match(/\w+/g) ?? []
    const social = index < 15
    const saml = index > 16
    return {
      strategy: social
        ? `oauth2:${words.at(-1)}`
        : saml
          ? `saml:${words[0]}`
          : `${index > 15 ? 'wsfed' : 'oauth2'}:azure_ad`,
      name,
      category: social ? 'social' : 'enterprise',
      variant: social ? 'social' : saml ? 'saml' : 'azure_ad',
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
