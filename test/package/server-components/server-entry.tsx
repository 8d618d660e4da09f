/**
 * The server side of test/package/server-components.test.tsx, bundled with the `react-server`
 * condition (so `react` is React's server build) and run in its own Node process, as Next.js runs
 * its RSC layer: renders the layout (`Providers`) around the page to the RSC ("Flight") payload.
 * Every 'use client' module was replaced by client references at bundle time; the manifest maps a
 * reference to the module's own path, which the test's client side imports. The Vault session comes
 * from IK_VAULT_TOKEN and IK_VAULT_BASE_URL (./vault-session.ts).
 */
import { renderToPipeableStream } from 'react-server-dom-webpack/server.node'
import Page from './page'
import { Providers } from './providers'

/**
 * The client manifest: a reference `<path>#<export>` is export `<export>` of the module at `<path>`,
 * which the client loads itself (an async module, no chunks to fetch first).
 */
const clientManifest = new Proxy(
  {},
  {
    get: (_target, reference) => {
      const [id, name] = String(reference).split('#')
      return { id, chunks: [], name, async: true }
    },
  },
)

const { pipe } = renderToPipeableStream(
  // The root layout: `<Providers>{children}</Providers>` around the page.
  <Providers>
    <Page />
  </Providers>,
  clientManifest,
  {
    onError(error) {
      console.error(error)
      process.exitCode = 1
    },
  },
)
pipe(process.stdout)
