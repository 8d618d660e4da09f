/**
 * A minimal fetch helper for the mock's own tests: sends what a browser session sends (session JWT,
 * app/consumer headers, JSON) unless a test overrides it, and returns status, headers and body.
 */
import type { MockVault } from 'integrations-kit/testing'

export interface VaultCall {
  method?: string
  body?: unknown
  /** Headers to add or (with `undefined`) remove from the session defaults. */
  headers?: Record<string, string | undefined>
}

export interface VaultAnswer {
  status: number
  headers: Headers
  body: unknown
  text: string
}

export function sessionHeaders(vault: MockVault): Record<string, string> {
  return {
    authorization: `Bearer ${vault.token}`,
    'x-apideck-app-id': vault.appId,
    'x-apideck-consumer-id': vault.consumerId,
    'x-apideck-auth-type': 'JWT',
  }
}

export async function callVault(
  vault: MockVault,
  path: string,
  call: VaultCall = {},
): Promise<VaultAnswer> {
  const headers: Record<string, string> = { ...sessionHeaders(vault) }
  if (call.body !== undefined) {
    headers['content-type'] = 'application/json'
  }
  for (const [name, value] of Object.entries(call.headers ?? {})) {
    if (value === undefined) {
      delete headers[name]
    } else {
      headers[name] = value
    }
  }
  const response = await fetch(`${vault.baseUrl}${path}`, {
    method: call.method ?? 'GET',
    headers,
    body:
      call.body === undefined
        ? undefined
        : typeof call.body === 'string'
          ? call.body
          : JSON.stringify(call.body),
  })
  const text = await response.text()
  let body: unknown = undefined
  if (text.length > 0) {
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  return { status: response.status, headers: response.headers, body, text }
}
