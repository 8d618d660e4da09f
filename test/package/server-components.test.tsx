// @module-tag bundle
/**
 * The package works in React Server Components, proved the way Next.js runs them:
 *
 * 1. Server: test/package/server-components/server-entry.tsx (layout + the README's page) is
 *    bundled with the `react-server` condition, every 'use client' module turned into client
 *    references (./server-components/client-references.ts), and run in its own Node process. The
 *    page builds a Vault client and adapter, prefetches the catalog with `integrationQueries`
 *    (real HTTP to the mock Vault, checked against the spec) and dehydrates it into the RSC payload.
 * 2. Client: the payload is decoded with React's RSC client, rendered to HTML (the SSR pass) and
 *    hydrated in jsdom. The catalog is on screen at first paint and no list request is made.
 *
 * If the package entry or a React-free module (the key factory, the query options, the Vault
 * client) carried 'use client', the server would get client references instead of functions and
 * the page would fail to render; the last tests make sure that failure is what happens.
 */
import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { act, screen, within } from '@testing-library/react'
import { createMockVault, generateConnectors } from 'integrations-kit/testing'
import type { ReactNode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { prerender } from 'react-dom/static'
import { build, type Plugin } from 'vite'
import { clientReferences } from './server-components/client-references'

const run = promisify(execFile)
const vault = createMockVault({ connectors: generateConnectors(12, 4) })
let server: Server
let baseUrl: string
let temp: string

/** The mock Vault over real HTTP: the server process and the browser side both call it. */
function serve(): Promise<string> {
  server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) {
      chunks.push(chunk as Buffer)
    }
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
    // Served at its own base URL, as if this server were that host.
    const request = new Request(new URL(incoming.url ?? '/', `${vault.baseUrl}/`), {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    })
    const response = (await vault.handle(request)) ?? new Response(null, { status: 404 })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      done(typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '')
    })
  })
}

beforeAll(async () => {
  baseUrl = await serve()
  temp = await mkdtemp(join(tmpdir(), 'ik-rsc-'))
})
afterAll(async () => {
  await new Promise((done) => server.close(done))
  await rm(temp, { recursive: true, force: true })
})
beforeEach(() => {
  vault.reset()
})

/** For the failure tests: makes the given source modules client modules, as a stray directive would. */
function markAsClient(files: string[]): Plugin {
  const ids = new Set(files.map((file) => resolve(file)))
  return {
    name: 'test:mark-as-client',
    enforce: 'pre',
    transform(code, id) {
      return ids.has(id.split('?')[0] ?? id) ? `'use client'\n${code}` : null
    },
  }
}

/** Bundles the server entry for the RSC layer and returns the file's path. */
async function bundleServer(name: string, extraPlugins: Plugin[] = []): Promise<string> {
  const conditions = ['react-server', 'node', 'import', 'module', 'default']
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // A production server, as a deployed Next.js app runs: React's production builds, compiled
    // JSX for them, and no dev-only debug rows in the payload.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', development: false } },
    plugins: [...extraPlugins, clientReferences()],
    resolve: {
      alias: {
        'integrations-kit/testing': resolve('src/testing/index.ts'),
        'integrations-kit': resolve('src/index.ts'),
      },
    },
    ssr: {
      noExternal: true,
      target: 'node',
      resolve: { conditions, externalConditions: conditions },
    },
    build: {
      ssr: resolve('test/package/server-components/server-entry.tsx'),
      outDir: join(temp, name),
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'server.mjs', format: 'es' } },
    },
  })
  return join(temp, name, 'server.mjs')
}

/** Runs the server bundle in its own process (no DOM, as Next's server) and returns the payload. */
async function renderOnServer(bundle: string): Promise<string> {
  const { stdout } = await run(process.execPath, [bundle], {
    cwd: temp,
    env: { ...process.env, IK_VAULT_TOKEN: vault.token, IK_VAULT_BASE_URL: baseUrl },
    maxBuffer: 16 * 1024 * 1024,
  })
  return stdout
}

/** The client's module loader for client references: each reference id is the module's path. */
function installClientModuleLoader() {
  const loaded = new Map<string, Promise<unknown>>()
  Object.assign(globalThis, {
    __webpack_chunk_load__: () => Promise.resolve(),
    __webpack_require__: (id: string) => {
      let module = loaded.get(id)
      if (!module) {
        module = import(/* @vite-ignore */ id)
        loaded.set(id, module)
      }
      return module
    },
  })
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text))
      controller.close()
    },
  })
}

async function htmlOf(tree: ReactNode): Promise<string> {
  const { prelude } = await prerender(tree)
  return new Response(prelude).text()
}

const listRequests = () =>
  vault.requests.filter(
    (request) => request.method === 'GET' && request.path === '/vault/connections',
  )

describe('a Server Component page that prefetches the catalog', () => {
  it('renders on the server, and hydrates with the catalog on first paint and no list request', async () => {
    const payload = await renderOnServer(await bundleServer('page'))
    // The server fetched the catalog once, through the package's own client, within the spec.
    expect(listRequests()).toHaveLength(1)
    expect(vault.violations).toEqual([])
    // The catalog travels in the payload, as the dehydrated query of HydrationBoundary.
    expect(payload).toContain('"integrations-kit"')
    expect(payload).toContain('Salesforce')

    installClientModuleLoader()
    // Loaded after the loader exists: React's RSC client reads it when the module loads.
    const { createFromReadableStream } = await import('react-server-dom-webpack/client.browser')
    const tree = await createFromReadableStream<ReactNode>(streamOf(payload))
    const html = await htmlOf(tree)
    expect(html).toContain('Salesforce')

    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const recoverableErrors: unknown[] = []
    // React's dev build notices that the SSR pass and the browser render ran in one process (in an
    // app they run in two); that notice is kept out of the log, anything else is recorded and fails.
    const sameProcessNotice = /^Detected multiple renderers concurrently rendering the same context/
    const logged: unknown[][] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!sameProcessNotice.test(String(args[0]))) {
        logged.push(args)
      }
    })
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await act(async () => {
      hydrateRoot(container, tree, {
        onRecoverableError: (error) => recoverableErrors.push(error),
      })
    })

    const connected = await screen.findByRole('list', { name: /^Connected/ })
    expect(within(connected).getAllByRole('button').length).toBeGreaterThan(0)
    expect(screen.getByRole('button', { name: /^Salesforce/ })).toBeInTheDocument()
    expect(recoverableErrors).toEqual([])
    // A hydration mismatch, above all, would be logged here.
    expect(logged).toEqual([])
    // First paint came from the server's cache: the browser asked for nothing.
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(listRequests()).toHaveLength(1)
  })
})

describe('the same page when a server-callable module is marked as a client module', () => {
  it.each([
    [
      'the package entry',
      'src/index.ts',
      /Attempted to call createVaultClient\(\) from the server/,
    ],
    ['the key factory', 'src/query/keys.ts', /connectionKeys\S*\.list is not a function/],
    [
      'the query options',
      'hooks/query/integration-queries.ts',
      /integrationQueries\S*\.list is not a function/,
    ],
    [
      'the Vault client',
      'src/vault/client.ts',
      /Attempted to call createVaultClient\(\) from the server/,
    ],
  ])('fails to render when %s carries the directive', async (_what, file, failure) => {
    const bundle = await bundleServer(file.replaceAll('/', '_'), [markAsClient([file])])
    await expect(renderOnServer(bundle)).rejects.toMatchObject({
      stderr: expect.stringMatching(failure),
    })
  })
})
