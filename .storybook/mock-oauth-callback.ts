/**
 * Serves (npm start) and emits (storybook build) the demo's `mock-oauth/callback.js`: the page
 * script of public/mock-oauth/callback.html, bundled from stories/mock-oauth/callback.ts, which
 * calls the library's own handleOAuthCallback. One self-contained classic script, loaded with
 * `<script src>`, so the callback page needs no inline script under a strict CSP.
 */
import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'

const ENTRY = resolve('stories/mock-oauth/callback.ts')
const FILE_NAME = 'mock-oauth/callback.js'

/** Bundles the entry into one IIFE in memory (no config file: none of Storybook's plugins apply). */
async function bundleCallback(alias: Record<string, string>): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: ENTRY, formats: ['iife'], name: 'ikMockOAuthCallback' },
    },
  })
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  )
  const chunk = chunks.find((item) => item.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') {
    throw new Error(`mock-oauth callback: bundling ${ENTRY} produced no script`)
  }
  return chunk.code
}

export function mockOAuthCallback(alias: Record<string, string>): Plugin {
  return {
    name: 'integrations-kit:mock-oauth-callback',
    configureServer(server) {
      // Bundled per request: the demo picks up edits to the library without a restart.
      server.middlewares.use(`/${FILE_NAME}`, (_request, response, next) => {
        bundleCallback(alias).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
          response.setHeader('Cache-Control', 'no-store')
          response.end(code)
        }, next)
      })
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE_NAME, source: await bundleCallback(alias) })
    },
  }
}
