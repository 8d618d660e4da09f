/**
 * What both bench apps read from their URL: the mock Vault server's base URL and the session JWT
 * (`?api=…&token=…`), so the two apps are built once and pointed at any port.
 */
export interface BenchConfig {
  baseUrl: string
  token: string
}

export function benchConfig(): BenchConfig {
  const query = new URLSearchParams(location.search)
  const baseUrl = query.get('api')
  const token = query.get('token')
  if (!baseUrl || !token) {
    throw new Error('bench app: open it with ?api=<mock server>&token=<session JWT>')
  }
  return { baseUrl, token }
}
