/**
 * Serves the built Storybook (storybook-static/, made by `npm run build:storybook`) on 127.0.0.1
 * at a free port for the e2e tests, and stops that server, by its own handle, afterwards.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveDirectory } from './static-server'

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
  const server = await serveDirectory(root)
  project.provide('storybookUrl', server.url)
  return () => server.close()
}
