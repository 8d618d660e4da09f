/**
 * A small JSONPath evaluator (RFC 9535 subset) for the field-mapping picker's preview: which value
 * of a connector's example response a mapping's path picks. Vault evaluates the path itself; this
 * only shows the user what it will find.
 *
 * Why our own and not a library (measured 2026-12, esbuild --minify, gzip -9, the picker's chunk
 * may add at most 6 KB in all):
 * - jsonpath-plus 11.3.0: 8.9 KB gzip (10.4.0: 8.2 KB) with jsep and its plugins; keeps a
 *   `new Function` evaluator (its `eval: 'native'` mode) in the bundle, and its filter sandbox had
 *   escapes (CVE-2024-21534, CVE-2025-1302) before 10.3.0.
 * - json-p3 2.3.1: 14.2 KB gzip (the whole RFC 9535, function extensions, JSON Pointer, Patch).
 * - jsonpathly 3.0.0: 9.3 KB gzip.
 * Each alone is over the chunk's budget; the subset below is about 0.7 KB and runs no code from
 * the path. Supported: `$`, `.name`, `['name']` / `["name"]` (with `\'`, `\"`, `\\` escapes), `[0]`,
 * `[-1]` (from the end), `.*` / `[*]`, and recursive descent `..name`, `..*`, `..[…]`. Filters
 * (`?`), slices (`:`), unions (`,`) and script expressions answer `unsupported` with the position.
 */
import type { JsonValue } from '../types'

/** One step: a member name, an array index (negative from the end) or every child (`*`). */
type Selector = { name: string } | { index: number } | { wildcard: true }

interface Segment {
  selector: Selector
  /** `..`: the selector applies to the node and every node under it. */
  descendant: boolean
}

/** Why a path cannot be evaluated; `at` is the 0-based position of the offending character. */
export interface JsonPathError {
  ok: false
  /**
   * - `root`: the path does not start with `$`.
   * - `syntax`: malformed (unclosed bracket or quote, empty name, stray character).
   * - `unsupported`: valid JSONPath this evaluator does not run (filters, slices, unions, scripts).
   */
  code: 'root' | 'syntax' | 'unsupported'
  at: number
}

export type JsonPathResult = { ok: true; values: JsonValue[] } | JsonPathError

const NAME_START = /[A-Za-z_\u0080-\uffff]/
const NAME_CHAR = /[A-Za-z0-9_\-\u0080-\uffff]/

class PathSyntaxError {
  constructor(
    readonly code: JsonPathError['code'],
    readonly at: number,
  ) {}
}

function parse(path: string): Segment[] {
  let at = 0
  const fail = (code: JsonPathError['code'], position = at): never => {
    throw new PathSyntaxError(code, position)
  }
  const skipSpace = () => {
    while (path[at] === ' ') {
      at++
    }
  }
  if (path[at] !== '$') {
    fail('root')
  }
  at++
  const segments: Segment[] = []
  while (at < path.length) {
    let descendant = false
    if (path.startsWith('..', at)) {
      descendant = true
      at += 2
    } else if (path[at] === '.') {
      at++
    } else if (path[at] !== '[') {
      fail('syntax')
    }
    const char = path[at]
    if (char === '[') {
      segments.push({ selector: parseBracket(), descendant })
    } else if (char === '*') {
      at++
      segments.push({ selector: { wildcard: true }, descendant })
    } else if (char !== undefined && NAME_START.test(char)) {
      const start = at
      while (at < path.length && NAME_CHAR.test(path[at] ?? '')) {
        at++
      }
      segments.push({ selector: { name: path.slice(start, at) }, descendant })
    } else {
      fail(char === '(' || char === '?' || char === '@' ? 'unsupported' : 'syntax')
    }
  }
  return segments

  function parseBracket(): Selector {
    at++ // [
    skipSpace()
    const char = path[at]
    let selector: Selector
    if (char === "'" || char === '"') {
      selector = { name: parseQuoted(char) }
    } else if (char === '*') {
      at++
      selector = { wildcard: true }
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      const start = at
      if (char === '-') {
        at++
      }
      while ((path[at] ?? '') >= '0' && (path[at] ?? '') <= '9') {
        at++
      }
      const digits = path.slice(start, at)
      if (digits === '-' || digits === '-0' || /^-?0\d/.test(digits)) {
        fail('syntax', start)
      }
      selector = { index: Number(digits) }
    } else if (char === '?' || char === '(' || char === ':') {
      return fail('unsupported')
    } else {
      return fail('syntax')
    }
    skipSpace()
    if (path[at] === ',' || path[at] === ':') {
      fail('unsupported')
    }
    if (path[at] !== ']') {
      fail('syntax')
    }
    at++
    return selector
  }

  function parseQuoted(quote: string): string {
    const start = at
    at++
    let name = ''
    while (at < path.length && path[at] !== quote) {
      if (path[at] === '\\') {
        const escaped = path[at + 1]
        if (escaped !== quote && escaped !== '\\') {
          fail('syntax')
        }
        name += escaped
        at += 2
      } else {
        name += path[at]
        at++
      }
    }
    if (at >= path.length) {
      fail('syntax', start)
    }
    at++ // closing quote
    return name
  }
}

function children(node: JsonValue): JsonValue[] {
  if (Array.isArray(node)) {
    return node
  }
  return node !== null && typeof node === 'object' ? Object.values(node) : []
}

function select(node: JsonValue, selector: Selector): JsonValue[] {
  if ('wildcard' in selector) {
    return children(node)
  }
  if ('index' in selector) {
    if (!Array.isArray(node)) {
      return []
    }
    const index = selector.index < 0 ? node.length + selector.index : selector.index
    return index >= 0 && index < node.length ? [node[index] as JsonValue] : []
  }
  // Own properties only: a path naming `constructor` or `__proto__` must not reach a prototype.
  return node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    Object.hasOwn(node, selector.name)
    ? [node[selector.name] as JsonValue]
    : []
}

/** The node and every node under it, document order (the node first). */
function descendants(node: JsonValue, into: JsonValue[]): JsonValue[] {
  into.push(node)
  for (const child of children(node)) {
    descendants(child, into)
  }
  return into
}

/** The values `path` picks from `json`, in document order; an error when it cannot be evaluated. */
export function evaluateJsonPath(path: string, json: JsonValue): JsonPathResult {
  let segments: Segment[]
  try {
    segments = parse(path.trim())
  } catch (error) {
    if (error instanceof PathSyntaxError) {
      return { ok: false, code: error.code, at: error.at }
    }
    throw error
  }
  let nodes: JsonValue[] = [json]
  for (const { selector, descendant } of segments) {
    const from = descendant ? nodes.flatMap((node) => descendants(node, [])) : nodes
    nodes = from.flatMap((node) => select(node, selector))
  }
  return { ok: true, values: nodes }
}

const PLAIN_NAME = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\-\u0080-\uffff]*$/

/** The JSONPath of a member chain, e.g. `['name', 'first']` → `$.name.first` (brackets when needed). */
export function formatJsonPath(keys: readonly string[]): string {
  return keys.reduce(
    (path, key) =>
      PLAIN_NAME.test(key)
        ? `${path}.${key}`
        : `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`,
    '$',
  )
}
