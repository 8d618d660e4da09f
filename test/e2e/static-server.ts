/**
 * Serves a directory of built files on 127.0.0.1 at a free port (sirv, no caching headers), for the
 * e2e runs; `close()` stops that server by its own handle.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface StaticServer {
  /** Base URL, without a trailing slash. */
  url: string
  close(): Promise<void>
}

export async function serveDirectory(root: string): Promise<StaticServer> {
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
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
