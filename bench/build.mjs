/**
 * Builds what `npm run bench` runs, with Vite's API (no config file: the library's own
 * vite.config.ts is for the package build), into bench/results/build/:
 *
 * - apps/ours, apps/react-vault: the two bench apps, built the same way — production, minified,
 *   React and react-dom bundled in both, one HTML page each (bench/apps/*);
 * - external/ours, external/react-vault: the same apps again with React and react-dom external,
 *   only to weigh them without React (these do not run);
 * - node/: the mock Vault server (bench/mock-server.ts, which imports src/testing) and the Chromium
 *   resolver shared with the e2e tests (test/e2e/chromium.ts), bundled for Node 20.
 *
 * react-vault's `@apideck/wayfinder` is aliased to bench/apps/react-vault/wayfinder-stub.ts: 0.2.3
 * reads a React 18 internal at import and throws on React 19 (it is only used by react-vault's
 * field-mapping editor).
 */
import { readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '..')
export const resultsDir = join(root, 'bench', 'results')
export const buildDir = join(resultsDir, 'build')

export const APPS = ['ours', 'react-vault']

export const WAYFINDER_NOTE =
  '@apideck/wayfinder is replaced by a stub in the react-vault app (0.2.3 throws on React 19 at ' +
  'import; react-vault uses it only in its field-mapping editor, which the bench never opens)'

const alias = [
  { find: /^integrations-kit$/, replacement: join(root, 'src', 'index.ts') },
  {
    find: /^@apideck\/wayfinder$/,
    replacement: join(root, 'bench', 'apps', 'react-vault', 'wayfinder-stub.ts'),
  },
]

const REACT_MODULES = /^(react|react-dom|scheduler)(\/.*)?$/

function appConfig(app, { outDir, reactExternal }) {
  return {
    configFile: false,
    root: join(root, 'bench', 'apps', app),
    base: './',
    publicDir: false,
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      manifest: true,
      // A page's bytes are measured here; Vite's size warning is noise.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: reactExternal ? { external: (id) => REACT_MODULES.test(id) } : {},
    },
  }
}

const gzipSize = (content) => gzipSync(content, { level: 9 }).length

/**
 * Gzip (level 9, as `npm run size`) of a built app's JS: the first load (the entry and its static
 * imports, what the HTML page loads before anything renders) and all chunks.
 */
export async function measureBytes(outDir) {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
  const firstLoad = new Set()
  const visit = (chunk) => {
    if (chunk.file.endsWith('.js') && !firstLoad.has(chunk.file)) {
      firstLoad.add(chunk.file)
      for (const key of chunk.imports ?? []) {
        visit(manifest[key])
      }
    }
  }
  visit(entry)
  const assets = await readdir(join(outDir, 'assets'))
  const all = assets.filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)
  const sum = async (files) => {
    let total = 0
    for (const file of files) {
      total += gzipSize(await readFile(join(outDir, file)))
    }
    return total
  }
  return {
    firstLoadGzip: await sum([...firstLoad]),
    allChunksGzip: await sum(all),
    chunks: all.length,
  }
}

/** Builds everything; returns the bytes of each app, React included and excluded. */
export async function buildBench() {
  await rm(buildDir, { recursive: true, force: true })
  const bytes = {}
  for (const app of APPS) {
    const bundled = join(buildDir, 'apps', app)
    const external = join(buildDir, 'external', app)
    await build(appConfig(app, { outDir: bundled, reactExternal: false }))
    await build(appConfig(app, { outDir: external, reactExternal: true }))
    bytes[app] = {
      reactIncluded: await measureBytes(bundled),
      reactExcluded: await measureBytes(external),
    }
  }
  await build({
    configFile: false,
    root,
    publicDir: false,
    mode: 'production',
    logLevel: 'error',
    build: {
      ssr: true,
      target: 'node20',
      outDir: join(buildDir, 'node'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: {
          'mock-server': join(root, 'bench', 'mock-server.ts'),
          chromium: join(root, 'test', 'e2e', 'chromium.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  })
  return bytes
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await buildBench(), null, 2))
}
