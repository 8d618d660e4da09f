// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing'

describe('server rendering', () => {
  it('renders the skeleton without touching window or document', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const vault = createMockVault()
    const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
    const html = renderToString(
      <IntegrationsPage adapter={adapter} urlSync theme={{ appearance: 'system' }} />,
    )
    expect(html).toContain('data-ik-appearance="system"')
    expect(html).toContain('aria-busy="true"')
    expect(html).toContain('Loading integrations…')
    expect(html).toContain('data-state="loading"')
    expect(html).toContain('Search integrations')
  })
})
