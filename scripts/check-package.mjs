#!/usr/bin/env node
/**
 * Checks the package as npm would publish it (run after `vite build`): packs it to a temp dir,
 * lints the tarball with publint --strict and "Are the types wrong?", imports the entries in plain
 * Node without a DOM, installs the tarball into a fresh host app (offline) to see what a host's
 * production install contains, checks that dist imports only declared packages, and checks where
 * the 'use client' directive is. Each check counts as one test; the last line is
 * `N passed, N failed`.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const dist = join(root, 'dist')

/** Runtimes whose every import is client-only: Radix primitives and react-hook-form. */
const CLIENT_RUNTIMES = /from\s*["'](@radix-ui\/[^"']+|react-hook-form)["']/
/**
 * React Query's client-only names: hooks, providers, boundaries. Its other names (`queryOptions`,
 * `QueryClient`, `dehydrate`) are plain functions and classes that server code calls.
 */
const CLIENT_QUERY_NAMES = /^(use[A-Z]\w*|\w*Provider|\w*Boundary)$/

/**
 * True when the module calls a hook, creates a context, imports a client-only runtime, or imports
 * a client-only name of React Query: then it must be a client module.
 */
function needsClient(source) {
  // Doc comments mention hooks (`useSuspenseQuery(…)`) without calling them.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const queryImports = [
    ...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@tanstack\/react-query["']/g),
  ].flatMap(([, names]) => names.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]))
  return (
    CLIENT_RUNTIMES.test(code) ||
    queryImports.some((name) => CLIENT_QUERY_NAMES.test(name)) ||
    /\b(use[A-Z]\w*|createContext)\s*\(/.test(code)
  )
}

let passed = 0
let failed = 0

/** Runs one named check; a thrown error (or a rejected command) is a failure with its output. */
async function check(name, body) {
  try {
    const note = await body()
    passed += 1
    console.log(`✓ ${name}${note ? ` — ${note}` : ''}`)
  } catch (error) {
    failed += 1
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim()
    console.log(`✗ ${name}\n${indent(output || error.message)}`)
  }
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')

async function listFiles(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
}

if (!existsSync(join(dist, 'src', 'index.js'))) {
  console.log('✗ dist/ is missing: run `vite build` first')
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const temp = await mkdtemp(join(tmpdir(), 'ik-pack-'))
let tarball

try {
  await check('npm pack', async () => {
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', temp],
      { cwd: root },
    )
    const [packed] = JSON.parse(stdout)
    tarball = join(temp, packed.filename)
    const files = packed.files.map((file) => file.path)
    const outside = files.filter(
      (file) => !file.startsWith('dist/') && !/^(package\.json|README\.md|LICENSE.*)$/.test(file),
    )
    if (outside.length > 0) {
      throw new Error(`files outside dist/ would be published: ${outside.join(', ')}`)
    }
    const required = [
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/testing/index.js',
      'dist/src/testing/index.d.ts',
      'dist/src/testing/msw.js',
      'dist/src/testing/msw.d.ts',
      'dist/src/authress/index.js',
      'dist/src/authress/index.d.ts',
      'dist/src/kinde/index.js',
      'dist/src/kinde/index.d.ts',
      'dist/src/server/index.js',
      'dist/src/server/index.d.ts',
      'dist/styles.css',
      // The adapters' translations, each its own entry (integrations-kit/kinde/locales/de …).
      ...['kinde', 'authress'].flatMap((backend) =>
        ['de', 'fr', 'es', 'nl'].flatMap((locale) => [
          `dist/src/${backend}/locales/${locale}.js`,
          `dist/src/${backend}/locales/${locale}.d.ts`,
        ]),
      ),
    ]
    const missing = required.filter((file) => !files.includes(file))
    if (missing.length > 0) {
      throw new Error(`missing from the tarball: ${missing.join(', ')}`)
    }
    // Authress's only OpenAPI document is AGPL: it may be read, never shipped (issue 9). The
    // hand-written MIT contract (src/testing/authress-contract.json) is the one Authress schema.
    const agplSpec = files.filter((file) => /authress[^/]*\.(ya?ml)$|authress-api/i.test(file))
    if (agplSpec.length > 0) {
      throw new Error(`an Authress OpenAPI document would be published: ${agplSpec.join(', ')}`)
    }
    const bundledDependencies = files.filter((file) => file.includes('node_modules/'))
    if (bundledDependencies.length > 0) {
      throw new Error(
        `third-party modules copied into dist (declare them as dependencies or peers instead): ${bundledDependencies.slice(0, 5).join(', ')}${bundledDependencies.length > 5 ? ', …' : ''}`,
      )
    }
    return `${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`
  })

  await check('publint --strict', async () => {
    if (!tarball) {
      throw new Error('no tarball (npm pack failed)')
    }
    const { stdout } = await run(bin('publint'), ['run', '--strict', tarball], { cwd: root })
    return stdout.trim().split('\n').at(-1)
  })

  // ESM-only on purpose (DESIGN.md: "Ship ESM only unless a consumer needs CJS"): the esm-only
  // profile skips the node10 and CommonJS-require resolutions, which cannot work for an ESM-only
  // package and are not supposed to; every ESM resolution (node16-esm, bundler) is still checked.
  // ./styles.css is a stylesheet, not a module with types, so it is not an attw entrypoint.
  await check('attw (are the types wrong?) --profile esm-only', async () => {
    if (!tarball) {
      throw new Error('no tarball (npm pack failed)')
    }
    await run(
      bin('attw'),
      [
        tarball,
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './styles.css',
        '--format',
        'ascii',
        '--no-emoji',
        '--no-color',
      ],
      { cwd: root },
    )
  })

  // Server-side rendering and Node tools import the package without a DOM: nothing may touch
  // window/document (or anything else browser-only) at module load.
  for (const entry of [
    'dist/src/index.js',
    'dist/src/authress/index.js',
    'dist/src/testing/index.js',
    'dist/src/testing/msw.js',
    'dist/src/kinde/index.js',
    'dist/src/server/index.js',
  ]) {
    await check(`import ${entry} in plain Node (no DOM)`, async () => {
      const url = new URL(`file://${join(root, entry)}`).href
      const script = [
        `if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present')`,
        `const module = await import(${JSON.stringify(url)})`,
        `console.log(Object.keys(module).length)`,
      ].join('\n')
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: temp,
      })
      return `${stdout.trim()} exports`
    })
  }

  // The server entry runs in route handlers and edge runtimes: every module it loads (followed
  // through relative imports) must be free of React, of client-only runtimes and of 'use client'.
  await check("integrations-kit/server pulls in no React and no 'use client'", async () => {
    const seen = new Set()
    const pending = [join(dist, 'src', 'server', 'index.js')]
    const problems = []
    while (pending.length > 0) {
      const file = pending.pop()
      if (seen.has(file)) {
        continue
      }
      seen.add(file)
      const code = await readFile(file, 'utf8')
      const name = relative(root, file)
      if (startsWithUseClient(code)) {
        problems.push(`${name} carries 'use client'`)
      }
      for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        if (specifier.startsWith('.')) {
          pending.push(resolve(file, '..', specifier))
        } else if (
          /^(react|react-dom|@radix-ui|react-hook-form|@tanstack\/react-query)(\/|$)/.test(
            specifier,
          )
        ) {
          problems.push(`${name} imports ${specifier}`)
        }
      }
    }
    if (problems.length > 0) {
      throw new Error(problems.join('\n'))
    }
    return `${seen.size} modules`
  })

  // What a host's `npm install integrations-kit` brings in. A plain `npm install --offline` cannot
  // work on a fresh CI machine (`npm ci` caches tarballs, not the registry metadata that resolving
  // ranges needs), so the host app gets a lockfile: the tarball plus the production closure of the
  // packed manifest (dependencies and required peers), with the versions, URLs and integrities of
  // our own lockfile — every tarball is in the npm cache after our `npm ci`. `npm ci --offline`
  // then installs it for real, and `npm ls --omit=dev` reads the installed tree.
  const host = join(temp, 'host-app')
  await check(
    'fresh host app: `npm ci --offline` of the tarball, `npm ls --omit=dev`',
    async () => {
      if (!tarball) {
        throw new Error('no tarball (npm pack failed)')
      }
      const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
      const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'))
      const closure = productionClosure(lock, requiredDependencies(manifest))
      const tarballSpec = `file:../${tarball.split(/[\\/]/).pop()}`
      const integrity = `sha512-${createHash('sha512')
        .update(await readFile(tarball))
        .digest('base64')}`
      const packages = {
        '': { name: 'host-app', dependencies: { [manifest.name]: tarballSpec } },
        [`node_modules/${manifest.name}`]: {
          version: manifest.version,
          resolved: tarballSpec,
          integrity,
          license: manifest.license,
          dependencies: manifest.dependencies,
          peerDependencies: manifest.peerDependencies,
          peerDependenciesMeta: manifest.peerDependenciesMeta,
        },
      }
      for (const path of closure) {
        const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[path]
        packages[path] = entry
      }
      await mkdir(host)
      await writeFile(
        join(host, 'package.json'),
        JSON.stringify({
          name: 'host-app',
          private: true,
          dependencies: packages[''].dependencies,
        }),
      )
      await writeFile(
        join(host, 'package-lock.json'),
        JSON.stringify({ name: 'host-app', lockfileVersion: 3, requires: true, packages }, null, 2),
      )
      await run(
        'npm',
        ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
        { cwd: host },
      )
      const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: host })
      const installed = new Set()
      const walk = (dependencies = {}) => {
        for (const [name, node] of Object.entries(dependencies)) {
          // An optional peer that is not installed is listed without a version: not installed.
          if (node.version) {
            installed.add(name)
            walk(node.dependencies)
          }
        }
      }
      walk(JSON.parse(stdout).dependencies)
      if (!installed.has(manifest.name)) {
        throw new Error(`npm ls does not list ${manifest.name}: ${stdout}`)
      }
      const unwanted = ['ajv', 'ajv-formats', 'msw'].filter((name) => installed.has(name))
      if (unwanted.length > 0) {
        throw new Error(`a host's production install contains ${unwanted.join(', ')}`)
      }
      return `${installed.size} packages, no ajv, ajv-formats or msw: ${[...installed].sort().join(', ')}`
    },
  )

  // The built testing entry in that host, where msw (an optional peer) is not installed: fixtures and
  // the in-memory Vault must work; only integrations-kit/testing/msw may need msw.
  await check('integrations-kit/testing works in the host app without msw', async () => {
    if (!existsSync(join(host, 'node_modules', 'integrations-kit'))) {
      throw new Error('the host app was not installed (see the check above)')
    }
    if (existsSync(join(host, 'node_modules', 'msw'))) {
      throw new Error('msw is installed in the host app, so this check would prove nothing')
    }
    const script = [
      `const { generateConnectors, createMockVault } = await import('integrations-kit/testing')`,
      `const vault = createMockVault({ connectors: generateConnectors(2, 1) })`,
      `const response = await vault.fetch(vault.baseUrl + '/vault/connections', { headers: {`,
      `  authorization: 'Bearer ' + vault.token, 'x-apideck-app-id': vault.appId,`,
      `  'x-apideck-auth-type': 'JWT' } })`,
      `if (response.status !== 200 || vault.violations.length > 0) throw new Error('mock failed')`,
      `const failure = await import('integrations-kit/testing/msw').then(() => 'loaded', (e) => e.code)`,
      `if (failure !== 'ERR_MODULE_NOT_FOUND') throw new Error('testing/msw: ' + failure)`,
      `console.log((await response.json()).data.map((c) => c.id).join(', '))`,
    ].join('\n')
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: host,
    })
    return `listed ${stdout.trim()}; integrations-kit/testing/msw asks for msw`
  })

  // The server entry as a host's route runs it, in plain Node: createVaultSession against the
  // built mock Vault, whose spec check must accept the request, and the token working after it.
  await check(
    'integrations-kit/server creates a Vault session the spec accepts, in plain Node',
    async () => {
      if (!existsSync(join(host, 'node_modules', 'integrations-kit'))) {
        throw new Error('the host app was not installed (see the check above)')
      }
      const script = [
        `if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present')`,
        `const { createVaultSession } = await import('integrations-kit/server')`,
        `const { createMockVault } = await import('integrations-kit/testing')`,
        `const vault = createMockVault({ apiKey: 'sk_check', appId: 'app-1' })`,
        `const { token, expiresAt } = await createVaultSession({ apiKey: 'sk_check', appId: 'app-1',`,
        `  consumerId: 'user-1', fetch: vault.fetch, settings: { allow_actions: ['disconnect'] } })`,
        `const response = await vault.fetch(vault.baseUrl + '/vault/connections', { headers: {`,
        `  authorization: 'Bearer ' + token, 'x-apideck-app-id': 'app-1',`,
        `  'x-apideck-consumer-id': 'user-1', 'x-apideck-auth-type': 'JWT' } })`,
        `if (vault.violations.length > 0) throw new Error(vault.violations[0].message)`,
        `if (response.status !== 200 || !(expiresAt > Date.now())) throw new Error('session failed')`,
        `console.log(new Date(expiresAt).toISOString())`,
      ].join('\n')
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        cwd: host,
      })
      return `a session until ${stdout.trim()}, its token accepted`
    },
  )

  // Every package a dist module imports is one a host gets: a dependency or a peer (msw, an
  // optional peer, only from the MSW entry). A devDependency imported by dist would break hosts.
  await check('dist imports only dependencies and peers (msw only from testing/msw)', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ])
    const problems = []
    const seen = new Set()
    for (const file of (await listFiles(dist)).filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(root, file), 'utf8')
      // Static import/export statements start a line in the built modules; dynamic imports anywhere.
      const statements =
        /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm
      for (const match of code.matchAll(statements)) {
        const specifier = match[1] ?? match[2] ?? match[3]
        if (specifier.startsWith('.')) {
          continue
        }
        if (specifier.startsWith('node:')) {
          problems.push(`${file} imports ${specifier} (not browser-safe)`)
          continue
        }
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier.split('/')[0]
        seen.add(name)
        if (!declared.has(name)) {
          problems.push(`${file} imports ${specifier}, which is not a dependency or peer`)
        } else if (name === 'msw' && file !== 'dist/src/testing/msw.js') {
          problems.push(`${file} imports msw (only dist/src/testing/msw.js may)`)
        }
      }
    }
    if (problems.length > 0) {
      throw new Error(problems.join('\n'))
    }
    return [...seen].sort().join(', ')
  })

  // A module that uses state, context or effects (any hook call, createContext, or the React
  // Query / Radix / react-hook-form runtimes) must be a client module for React Server Components.
  // Stateless helpers (icons, labels, theme maths) may stay server-usable, so they are not required
  // to carry the directive — marking them would turn their exports into client references.
  await check("'use client' on every hooks/components module that needs the client", async () => {
    const modules = (await listFiles(dist)).filter((file) =>
      /^dist\/(hooks|components)\/.*\.js$/.test(file),
    )
    if (modules.length === 0) {
      throw new Error('no dist/hooks or dist/components modules found')
    }
    const missing = []
    let clientModules = 0
    for (const file of modules) {
      const code = await readFile(join(root, file), 'utf8')
      if (!needsClient(code)) {
        continue
      }
      clientModules += 1
      if (!startsWithUseClient(code)) {
        missing.push(file)
      }
    }
    if (missing.length > 0) {
      throw new Error(`no 'use client' at the top of: ${missing.join(', ')}`)
    }
    return `${clientModules} client modules, ${modules.length - clientModules} stateless helpers`
  })

  // The other half (the lead's decision, as TanStack Query does it): no directive on the package
  // entry, on any React-free core module, or on a hooks module that only uses a QueryClient (query
  // options, the query-client factory, cache helpers). In a Server Component each of those would
  // become a client reference: `createVaultClient()` would throw and `integrationQueries.list`
  // would be undefined. test/package/server-components.test.tsx proves it by rendering.
  await check("no 'use client' on the entry, src/** or React-free hooks modules", async () => {
    const serverModules = [
      ...(await listFiles(join(dist, 'src'))),
      ...(await listFiles(join(dist, 'hooks'))),
    ].filter((file) => file.endsWith('.js'))
    const marked = []
    for (const file of serverModules) {
      const code = await readFile(join(root, file), 'utf8')
      const reactFree = file.startsWith('dist/src/') || !needsClient(code)
      if (reactFree && startsWithUseClient(code)) {
        marked.push(file)
      }
    }
    if (marked.length > 0) {
      throw new Error(`'use client' on server-callable modules: ${marked.join(', ')}`)
    }
    // The modules the issue names, by name, so a move cannot silently drop them from the check.
    const named = [
      'dist/src/index.js',
      'dist/src/vault/client.js',
      'dist/src/query/keys.js',
      'dist/hooks/query/integration-queries.js',
      'dist/src/catalog/status.js',
      'dist/src/query/adapter-errors.js',
      'dist/src/query/retry.js',
    ]
    const absent = named.filter((file) => !serverModules.includes(file))
    if (absent.length > 0) {
      throw new Error(`expected server-callable modules are missing: ${absent.join(', ')}`)
    }
    return `${serverModules.length} modules checked, ${named.length} by name`
  })
} finally {
  await rm(temp, { recursive: true, force: true })
}

/** The packed manifest's dependencies plus the peers npm installs for a host (not the optional). */
function requiredDependencies(manifest) {
  const optional = manifest.peerDependenciesMeta ?? {}
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}).filter((name) => !optional[name]?.optional),
  ]
}

/**
 * The lockfile paths a production install of `names` needs, resolved the way Node and npm do:
 * from a package's own node_modules up to the root. Follows dependencies, optional dependencies
 * and required peers.
 */
function productionClosure(lock, names) {
  const resolveFrom = (from, name) => {
    let base = from
    for (;;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`
      if (lock.packages[candidate]) {
        return candidate
      }
      if (!base) {
        throw new Error(`package-lock.json has no ${name} for ${from || 'the root'}`)
      }
      const index = base.lastIndexOf('node_modules/')
      base = index <= 0 ? '' : base.slice(0, index - 1)
    }
  }
  const closure = new Set()
  const visit = (from, name) => {
    const path = resolveFrom(from, name)
    if (closure.has(path)) {
      return
    }
    closure.add(path)
    const entry = lock.packages[path]
    for (const dependency of [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...requiredDependencies({
        peerDependencies: entry.peerDependencies,
        peerDependenciesMeta: entry.peerDependenciesMeta,
      }),
    ]) {
      visit(path, dependency)
    }
  }
  for (const name of names) {
    visit('', name)
  }
  return closure
}

/** True when the first statement (after comments and a hashbang) is the 'use client' directive. */
function startsWithUseClient(code) {
  const withoutPreamble = code
    .replace(/^#!.*\n/, '')
    .replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, '')
    .trimStart()
  return /^['"]use client['"]/.test(withoutPreamble)
}

console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
