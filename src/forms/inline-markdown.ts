/**
 * A tiny, safe reader for the inline Markdown that connector descriptions from the API use
 * ("Only a **Super Admin** can …", "See [the docs](https://…)"). It yields data, never HTML: the UI
 * turns each node into a React element, so API text can only ever become strong, em, code, a link
 * to an http(s) URL (through {@link safeUrl}), or plain text. Anything it does not recognise —
 * headings, images, raw HTML, unsafe links, unclosed markers — stays literal text.
 */
import { safeUrl } from '../safe-url'

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineNode[] }

type Context = { inStrong: boolean; inEm: boolean; inLink: boolean }

const TOP: Context = { inStrong: false, inEm: false, inLink: false }

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char)
}

/** Appends text, merging with a preceding text node so the output stays small. */
function pushText(nodes: InlineNode[], text: string): void {
  if (text === '') {
    return
  }
  const last = nodes[nodes.length - 1]
  if (last?.type === 'text') {
    last.text += text
  } else {
    nodes.push({ type: 'text', text })
  }
}

/** The index of a closing `**` for an opening at `from`, or -1. The content may not start or end with a space. */
function closingStrong(source: string, from: number): number {
  if (isSpace(source[from])) {
    return -1
  }
  let index = source.indexOf('**', from + 1)
  while (index !== -1 && isSpace(source[index - 1])) {
    index = source.indexOf('**', index + 1)
  }
  // In a run like `b***` the closing pair is the last two stars: the one before closes an em.
  while (index !== -1 && source[index + 2] === '*') {
    index++
  }
  return index
}

/** The index of a closing single `*` (not part of `**`), or -1. Same flanking rule as strong. */
function closingEm(source: string, from: number): number {
  if (isSpace(source[from]) || source[from] === '*') {
    return -1
  }
  for (let index = from + 1; index < source.length; index++) {
    if (source[index] !== '*') {
      continue
    }
    if (source[index + 1] === '*') {
      index++
      continue
    }
    if (!isSpace(source[index - 1])) {
      return index
    }
  }
  return -1
}

/** `[label](url)` at `start`: the parts and the index after it, or null. */
function linkAt(source: string, start: number): { label: string; url: string; end: number } | null {
  const labelEnd = source.indexOf(']', start + 1)
  if (labelEnd === -1 || source[labelEnd + 1] !== '(') {
    return null
  }
  const urlEnd = source.indexOf(')', labelEnd + 2)
  if (urlEnd === -1) {
    return null
  }
  const label = source.slice(start + 1, labelEnd)
  if (label.trim() === '' || label.includes('[')) {
    return null
  }
  return { label, url: source.slice(labelEnd + 2, urlEnd), end: urlEnd + 1 }
}

function parse(source: string, context: Context): InlineNode[] {
  const nodes: InlineNode[] = []
  let index = 0
  while (index < source.length) {
    const char = source[index]
    if (char === '`') {
      const end = source.indexOf('`', index + 1)
      if (end > index + 1) {
        nodes.push({ type: 'code', text: source.slice(index + 1, end) })
        index = end + 1
        continue
      }
    } else if (char === '*' && source[index + 1] === '*' && !context.inStrong) {
      const end = closingStrong(source, index + 2)
      if (end !== -1) {
        const children = parse(source.slice(index + 2, end), { ...context, inStrong: true })
        nodes.push({ type: 'strong', children })
        index = end + 2
        continue
      }
      // An unmatched `**` is literal as a pair: it must not open an em.
      pushText(nodes, '**')
      index += 2
      continue
    } else if (char === '*' && !context.inEm) {
      const end = closingEm(source, index + 1)
      if (end !== -1) {
        const children = parse(source.slice(index + 1, end), { ...context, inEm: true })
        nodes.push({ type: 'em', children })
        index = end + 1
        continue
      }
    } else if (char === '[' && !context.inLink) {
      const link = linkAt(source, index)
      const href = link ? safeUrl(link.url) : null
      if (link && href !== null) {
        const children = parse(link.label, { ...context, inLink: true })
        nodes.push({ type: 'link', href, children })
        index = link.end
        continue
      }
    }
    pushText(nodes, char ?? '')
    index++
  }
  return nodes
}

/** Parses inline Markdown (bold, italic, code, http(s) links) into nodes; never throws. */
export function parseInlineMarkdown(source: string): InlineNode[] {
  return parse(typeof source === 'string' ? source : '', TOP)
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/gu

/**
 * Replaces `{{field_id}}` in text nodes (never in link targets) with `lookup(id)`; a placeholder
 * whose id `lookup` does not know (undefined) stays as written.
 */
export function interpolateInline(
  nodes: readonly InlineNode[],
  lookup: (id: string) => string | undefined,
): InlineNode[] {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, id: string) => lookup(id) ?? whole)
  return nodes.map((node): InlineNode => {
    switch (node.type) {
      case 'text':
        return { type: 'text', text: fill(node.text) }
      case 'code':
        return { type: 'code', text: fill(node.text) }
      case 'link':
        return { ...node, children: interpolateInline(node.children, lookup) }
      default:
        return { ...node, children: interpolateInline(node.children, lookup) }
    }
  })
}

/** PLACEHOLDER without `g`: `test` keeps no state, so one instance serves every call. */
const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER.source, 'u')

/** True when the text has a `{{field_id}}` placeholder (so a renderer knows to watch values). */
export function hasPlaceholders(text: string): boolean {
  return HAS_PLACEHOLDER.test(text)
}
