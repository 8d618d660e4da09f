// @module-tag bundle
// @vitest-environment node
// `integrations-kit/testing` must work in a project without msw (only `integrations-kit/testing/msw`
// needs it): the entry is bundled from source with every package left as a bare import, written
// to a temp dir where no node_modules can be found, and imported there by a child Node process —
// so any import of msw (or ajv) would fail to resolve.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'vite'

const run = promisify(execFile)
let temp: string

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'ik-without-msw-'))
})
afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** Bundles one source entry to `${temp}/${name}.js`; packages stay bare imports. */
async function bundle(entry: string, name: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: temp,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { external: (id) => !/^[./\0]/.test(id) && !/^[A-Za-z]:/.test(id) },
    },
  })
  return join(temp, `${name}.js`)
}

async function runInTemp(script: string) {
  return run(process.execPath, ['--input-type=module', '-e', script], { cwd: temp })
}

describe('integrations-kit/testing without msw installed', () => {
  it('generates connectors and serves them from the in-memory Vault', async () => {
    const file = await bundle('src/testing/index.ts', 'testing')
    const { stdout } = await runInTemp(
      [
        `const { generateConnectors, createMockVault } = await import(${JSON.stringify(file)})`,
        `const vault = createMockVault({ connectors: generateConnectors(3, 1) })`,
        `const response = await vault.fetch(vault.baseUrl + '/vault/connections', {`,
        `  headers: { authorization: 'Bearer ' + vault.token, 'x-apideck-app-id': vault.appId,`,
        `    'x-apideck-auth-type': 'JWT' } })`,
        `const { data } = await response.json()`,
        `console.log(JSON.stringify({ status: response.status, ids: data.map((c) => c.id) }))`,
      ].join('\n'),
    )
    expect(JSON.parse(stdout)).toEqual({
      status: 200,
      ids: ['crm+salesforce', 'crm+hubspot', 'crm+pipedrive'],
    })
  })

  it('is where integrations-kit/testing/msw, which does import msw, fails to load', async () => {
    const file = await bundle('src/testing/msw.ts', 'testing-msw')
    await expect(runInTemp(`await import(${JSON.stringify(file)})`)).rejects.toMatchObject({
      stderr: expect.stringMatching(/Cannot find package 'msw'/),
    })
  })
})
