/**
 * What Next.js's bundler does to the server (RSC) graph: a module whose source starts with
 * 'use client' is not bundled; each of its exports becomes a client reference, which the server can
 * render or pass as a prop, but not call: calling one throws Next's own error, and reading a
 * property of one (`integrationQueries.list`) gives `undefined`. Applied to every module, ours and
 * node_modules' alike (React Query's HydrationBoundary is a client module too).
 */
import type { Plugin } from 'vite'

const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/

interface Node {
  type: string
  [key: string]: unknown
}

function exportNames(program: { body: Node[] }, id: string): string[] {
  const names: string[] = []
  for (const statement of program.body) {
    if (statement.type === 'ExportAllDeclaration') {
      throw new Error(`${id}: "export *" in a client boundary is not supported (as in Next.js)`)
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      names.push('default')
    }
    if (statement.type !== 'ExportNamedDeclaration') {
      continue
    }
    const declaration = statement.declaration as Node | null
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as Node[]) {
        names.push(String((declarator.id as Node).name))
      }
    } else if (declaration) {
      names.push(String((declaration.id as Node).name))
    }
    for (const specifier of (statement.specifiers as Node[] | undefined) ?? []) {
      const exported = specifier.exported as Node
      names.push(String(exported.name ?? exported.value))
    }
  }
  return names
}

/** Replaces every 'use client' module with client references; `onReference` hears each module. */
export function clientReferences(onReference?: (id: string) => void): Plugin {
  return {
    name: 'test:rsc-client-references',
    // After TypeScript/JSX are compiled away, so the module can be parsed as JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!USE_CLIENT.test(code)) {
        return null
      }
      onReference?.(id)
      const names = exportNames(this.parse(code) as unknown as { body: Node[] }, id)
      const lines = [
        "import { registerClientReference } from 'react-server-dom-webpack/server.node'",
        ...names.map((name) => {
          const message =
            `Attempted to call ${name}() from the server but ${name} is on the client. It's not ` +
            'possible to invoke a client function from the server, it can only be rendered as a ' +
            'Component or passed to props of a Client Component.'
          const reference = `registerClientReference(function () { throw new Error(${JSON.stringify(message)}) }, ${JSON.stringify(id)}, ${JSON.stringify(name)})`
          return name === 'default'
            ? `export default ${reference}`
            : `export const ${name} = ${reference}`
        }),
      ]
      return { code: lines.join('\n'), map: null }
    },
  }
}
