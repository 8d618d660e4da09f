// The parts of react-server-dom-webpack (React's own RSC runtime, no types published) the
// server-components test uses.
declare module 'react-server-dom-webpack/server.node' {
  import type { ReactNode } from 'react'
  export function renderToPipeableStream(
    model: ReactNode,
    webpackMap: unknown,
    options?: { onError?: (error: unknown) => void },
  ): { pipe<T extends NodeJS.WritableStream>(destination: T): T; abort(reason?: unknown): void }
  export function registerClientReference<T>(proxy: T, id: string, exportName: string): T
}

declare module 'react-server-dom-webpack/client.browser' {
  export function createFromReadableStream<T>(stream: ReadableStream<Uint8Array>): Promise<T>
}
