/**
 * The host's own server code that the README's page calls: in an app it creates a Vault session
 * (`POST /vault/sessions`, see the README's quick start); here the test passes the mock Vault's
 * token and address to the server process.
 */
export async function getVaultSession(): Promise<{ token: string; baseUrl: string }> {
  const token = process.env.IK_VAULT_TOKEN
  const baseUrl = process.env.IK_VAULT_BASE_URL
  if (!token || !baseUrl) {
    throw new Error('IK_VAULT_TOKEN and IK_VAULT_BASE_URL must be set')
  }
  return { token, baseUrl }
}
