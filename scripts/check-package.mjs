#!/usr/bin/env node
/**
 * Checks the package as npm would publish it (run after `vite build`): packs it to a temp dir,
 * lints the tarball with publint --strict and "Are the types wrong?", imports both entries in plain
 * Node without a DOM, and checks where the 'use client' directive is. Each check counts as one
 * test; the last line is `N passed, N failed`.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const dist = join(root, 'dist')

const CLIENT_RUNTIMES = /from\s*["'](@tanstack\/react-query|@radix-ui\/[^"']+|react-hook-form)["']/

/** True when the module calls a hook, creates a context, or imports a client-only runtime. */
function needsClient(code) {
  return CLIENT_RUNTIMES.test(code) || /\b(use[A-Z]\w*|createContext)\s*\(/.test(code)
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
      'dist/styles.css',
    ]
    const missing = required.filter((file) => !files.includes(file))
    if (missing.length > 0) {
      throw new Error(`missing from the tarball: ${missing.join(', ')}`)
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
  for (const entry of ['dist/src/index.js', 'dist/src/testing/index.js']) {
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

  await check("no 'use client' on React-free src modules (entry excepted)", async () => {
    const modules = (await listFiles(join(dist, 'src'))).filter(
      (file) => file.endsWith('.js') && file !== 'dist/src/index.js',
    )
    const marked = []
    for (const file of modules) {
      if (startsWithUseClient(await readFile(join(root, file), 'utf8'))) {
        marked.push(file)
      }
    }
    if (marked.length > 0) {
      throw new Error(`'use client' on server-safe modules: ${marked.join(', ')}`)
    }
    const entry = await readFile(join(dist, 'src', 'index.js'), 'utf8')
    if (!startsWithUseClient(entry)) {
      throw new Error("dist/src/index.js (re-exports hooks and components) lacks 'use client'")
    }
    return `${modules.length} modules`
  })
} finally {
  await rm(temp, { recursive: true, force: true })
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
