/**
 * Ids from the backend (service_id, unified_api, resource names) become path segments of request
 * URLs: `/vault/connections/{unified_api}/{service_id}/{resource}/config`. An id that is not exactly
 * one segment would send the request to another endpoint, so such ids are refused before any
 * request (client) and records carrying them are skipped (response parser).
 *
 * Percent-encoding alone does not protect: the URL standard reads `%2e` as `.` in a path (its
 * "single-dot" and "double-dot" segments are `.`, `%2e`, `..`, `.%2e`, `%2e.`, `%2e%2e`, in any
 * case), and proxies or servers may decode once more, decode `%2F` into a slash, trim whitespace or
 * apply Unicode compatibility folding (`．` → `.`). So an id is judged by its most-normalised form:
 * NFKC-folded and percent-decoded (UTF-8 too) until nothing changes (at most 8 rounds; an id still
 * changing then is refused), tabs and newlines removed (the URL parser drops them anywhere), and
 * surrounding whitespace and control characters trimmed. It is refused when that form is empty, is
 * `.` or `..`, or contains `/` or `\` (which also keeps `unified_api/service_id` deep links and card
 * keys unambiguous). Real ids are slugs (`crm`, `hubspot`, `leads`), so nothing legitimate is lost.
 */

const ESCAPE_RUN = /(?:%[0-9a-f]{2})+/gi
const ASCII_ESCAPE = /%([0-7][0-9a-f])/gi

/**
 * Decodes one layer of `%XX` escapes (UTF-8 runs included: `%EF%BC%8E` is `．`, which folds to `.`).
 * A run that is not valid UTF-8 keeps its non-ASCII bytes encoded. Never throws.
 */
function decodeEscapes(text: string): string {
  return text.replace(ESCAPE_RUN, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run.replace(ASCII_ESCAPE, (_match, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
    }
  })
}

const TAB_OR_NEWLINE = /[\t\n\r]/g

/**
 * What a decoder may strip from either end: C0 controls and space (the URL parser strips those from
 * its input) and Unicode whitespace (a server's `trim()`).
 */
function isStrippable(char: string): boolean {
  return char <= '\u0020' || /\s/.test(char)
}

function trimStrippable(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isStrippable(text.charAt(start))) {
    start++
  }
  while (end > start && isStrippable(text.charAt(end - 1))) {
    end--
  }
  return text.slice(start, end)
}

// No real chain of decoders goes this deep; an id still changing after it is refused, and the bound
// keeps a hostile `%252525…` id from costing quadratic time.
const MAX_DECODING_ROUNDS = 8

/** The form any decoder along the way could reduce `id` to, or null when it never settles. */
function normalisedSegment(id: string): string | null {
  let current = id
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    const next = decodeEscapes(current.normalize('NFKC'))
    if (next === current) {
      return trimStrippable(current.replace(TAB_OR_NEWLINE, ''))
    }
    current = next
  }
  return null
}

/**
 * True when `id` is a non-empty string that stays one path segment under every normalisation above:
 * not `.`/`..` (nor `%2e`, `.%2E`, ` .. `, `．．`…), not empty or blank, no `/` or `\`.
 */
export function isSafePathSegment(id: unknown): id is string {
  if (typeof id !== 'string') {
    return false
  }
  const segment = normalisedSegment(id)
  return (
    segment !== null &&
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    !/[/\\]/.test(segment)
  )
}
