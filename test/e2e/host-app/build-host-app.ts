/**
 * Builds the host app (index.html + main.tsx) with Vite the way a host's own build would see the
 * package: `integrations-kit`, `integrations-kit/testing` and `integrations-kit/styles.css` resolve
 * through package.json `exports` to the built dist/ (Node's self-reference: a package may import
 * itself by name), never to src/. Needs dist/ (`npm run build`).
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'

const PACKAGE = 'integrations-kit'

/** Resolves the package's own name like Node does for a host: through the `exports` map. */
function packageBySelfReference(): Plugin {
  const require = createRequire(resolve('package.json'))
  return {
    name: 'host-app:package-by-self-reference',
    enforce: 'pre',
    resolveId(source) {
      if (source === PACKAGE || source.startsWith(`${PACKAGE}/`)) {
        return require.resolve(source)
      }
      return null
    },
  }
}

export async function buildHostApp(outDir: string): Promise<void> {
  for (const built of ['dist/src/index.js', 'dist/src/testing/index.js', 'dist/styles.css']) {
    if (!existsSync(resolve(built))) {
      throw new Error(`${built} is missing: run \`npm run build\` before e2e`)
    }
  }
  await build({
    configFile: false,
    root: resolve('test/e2e/host-app'),
    mode: 'production',
    // The MSW worker script, served from the site root like in a host's dev setup.
    publicDir: resolve('public'),
    logLevel: 'warn',
    plugins: [react(), packageBySelfReference()],
    build: {
      outDir,
      emptyOutDir: true,
      // Unminified: the bundle is thrown away after the run, and minifying would only cost time.
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
    },
  })
}
