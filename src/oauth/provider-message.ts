/**
 * Text a provider (or anyone who crafted the callback) put into an OAuth error: `error_description`,
 * Vault's `error_message`. It is not ours, so the page never says it as its own sentence; at most it
 * is shown as a short, quoted excerpt labelled as the provider's. This makes that excerpt: plain
 * text on one line, no control or bidirectional formatting characters (a right-to-left override
 * would reorder the page's own words around it), and at most `maxLength` code points.
 */

/** The longest provider message shown, in code points (an ellipsis included). */
export const PROVIDER_MESSAGE_MAX_LENGTH = 200

const ELLIPSIS = '…'

/** C0/C1 controls and DEL: shown as a space (a line break must not break the line). */
const CONTROL = /\p{Cc}/gu
/** Bidirectional marks, embeddings, overrides and isolates: removed. */
const BIDI_FORMATTING = /\p{Bidi_Control}/gu
/** A surrogate half without its partner: not text, and it would render as garbage. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

let graphemeSegmenter: Intl.Segmenter | null | undefined

/** User-perceived characters, so a cut never splits an emoji or a letter from its accent. */
function* graphemes(text: string): Generator<string> {
  graphemeSegmenter ??=
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null
  if (graphemeSegmenter === null) {
    yield* text
    return
  }
  for (const part of graphemeSegmenter.segment(text)) {
    yield part.segment
  }
}

/** Code points of well-formed text: every UTF-16 unit except the second half of a pair. */
function codePoints(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index)
    if (unit < 0xdc00 || unit > 0xdfff) {
      count += 1
    }
  }
  return count
}

/**
 * The provider's message as it may be shown (quoted, as secondary text): cleaned, on one line,
 * cut to `maxLength` code points with an ellipsis. '' when nothing readable is left.
 */
export function providerMessageExcerpt(
  text: string,
  maxLength: number = PROVIDER_MESSAGE_MAX_LENGTH,
): string {
  const clean = text
    .replace(LONE_SURROGATE, '')
    .replace(BIDI_FORMATTING, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (codePoints(clean) <= maxLength) {
    return clean
  }
  const budget = maxLength - codePoints(ELLIPSIS)
  let kept = ''
  let used = 0
  for (const part of graphemes(clean)) {
    const size = codePoints(part)
    if (used + size > budget) {
      break
    }
    kept += part
    used += size
  }
  return `${kept.trimEnd()}${ELLIPSIS}`
}
