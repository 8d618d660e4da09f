/**
 * The one gate for URLs that come from an API (connector website, logo, icon, OAuth authorize and
 * revoke URLs): only absolute http(s) URLs pass. Everything that could run script or smuggle
 * content (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:`), relative or protocol-relative
 * URLs (resolved against the host page they could point anywhere), and URLs hiding control
 * characters or credentials become null, so components render no link or image at all.
 */

// Control characters and whitespace other than the plain space: browsers strip tabs and newlines
// inside URLs ("java\tscript:"), so a URL containing them is rejected rather than cleaned.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

// The raw text must itself say http(s)://host: the URL parser would also accept "https:evil.com" or
// "https:\\evil.com" and normalise them, which is a lenience attackers use to slip past filters.
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\]/i

/**
 * The normalised URL when `url` is an absolute http: or https: URL, else null. Never throws.
 *
 * Advanced: for hosts that render API URLs (logos, websites) in their own parts.
 */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') {
    return null
  }
  const trimmed = url.trim()
  if (UNSAFE_CHARACTERS.test(trimmed) || !ABSOLUTE_HTTP.test(trimmed)) {
    return null
  }
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return null
  }
  // "https://example.com@evil.test" shows a trusted name but goes to evil.test.
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') {
    return null
  }
  return parsed.href
}
