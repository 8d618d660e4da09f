/**
 * Serves the built Storybook (storybook-static/, made by `npm run build:storybook`) on 127.0.0.1
 * at a free port for the e2e tests, and stops that server, by its own handle, afterwards.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import sirv from 'sirv'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served storybook-static, without a trailing slash. */
    storybookUrl: string
  }
}

export default async function setup(project: TestProject) {
  const root = resolve('storybook-static')
  if (!existsSync(resolve(root, 'iframe.html'))) {
    throw new Error('storybook-static/ is missing: run `npm run build:storybook` before e2e')
  }
  const serve = sirv(root, { dev: false, etag: false, dotfiles: false })
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404
      response.end('not found')
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  project.provide('storybookUrl', `http://127.0.0.1:${port}`)
  return async () => {
    server.closeAllConnections()
    await new Promise<void>((done) => server.close(() => done()))
  }
}
