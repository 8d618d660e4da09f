/**
 * A host app as the README tells one to write it: `IntegrationsPage` + `createVaultAdapter` +
 * `integrations-kit/styles.css`, imported by the package name, which the e2e build resolves through
 * package.json `exports` to the built dist/ (see build-host-app.ts). The backend is the package's
 * own mock Vault (`integrations-kit/testing`) behind the MSW worker, as a host's dev setup would use.
 */
import { createVaultAdapter, IntegrationsPage } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing/msw'
import 'integrations-kit/styles.css'
import { setupWorker } from 'msw/browser'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const vault = createMockVault()
await setupWorker(...vault.handlers).start({ quiet: true, onUnhandledRequest: 'bypass' })
const adapter = createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })

const container = document.getElementById('root')
if (!container) {
  throw new Error('host app: #root is missing from index.html')
}
createRoot(container).render(
  <StrictMode>
    <IntegrationsPage adapter={adapter} />
  </StrictMode>,
)

// What the e2e test reads back (the same contract as the stories: test/e2e/journeys/journey-helpers.ts).
window.ikMockVault = vault
document.documentElement.dataset.ikMock = 'ready'
