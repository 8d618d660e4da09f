/**
 * Bench app "react-vault": `@apideck/react-vault` 0.12.9 rendered open (no trigger click), with its
 * documented stylesheet, pointed at the mock Vault server through its `unifyBaseUrl` prop.
 * `@apideck/wayfinder` is replaced by ./wayfinder-stub.ts in this build (bench/build.mjs): 0.2.3
 * reads a React 18 internal at import and throws on React 19.
 */
import { createRoot } from 'react-dom/client'
import { Vault } from '@apideck/react-vault'
import '@apideck/react-vault/dist/styles.css'
import { benchConfig } from '../bench-config'

const { baseUrl, token } = benchConfig()

createRoot(document.getElementById('root')!).render(
  <Vault token={token} open unifyBaseUrl={baseUrl} showAttribution={false} />,
)
