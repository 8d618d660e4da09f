/**
 * Bench app "ours": the page as the README's quick start renders it, with the package's styles,
 * pointed at the mock Vault server.
 */
import { createRoot } from 'react-dom/client'
import { IntegrationsPage, createVaultAdapter } from 'integrations-kit'
import '../../../components/styles/index.css'
import { benchConfig } from '../bench-config'

const { baseUrl, token } = benchConfig()
const adapter = createVaultAdapter({ token, baseUrl })

createRoot(document.getElementById('root')!).render(<IntegrationsPage adapter={adapter} />)
