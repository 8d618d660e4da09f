import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { de } from '../../../src/i18n/locales/de'
import { es } from '../../../src/i18n/locales/es'
import { fr } from '../../../src/i18n/locales/fr'
import { nl } from '../../../src/i18n/locales/nl'
import { en } from '../../../src/i18n/en'
import {
  PROVIDER_MESSAGE_MAX_LENGTH,
  providerMessageExcerpt,
} from '../../../src/oauth/provider-message'

const codePoints = (text: string) => Array.from(text).length
/** Controls, bidirectional formatting, lone surrogates: what must never reach the page. */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Any text a link can carry: every code unit, with the dangerous ones made likely. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('\u202e', '\u2066', '\u200f', '\n', '\u0000', '\ud83d', '👨‍👩‍👧', 'é', ' '),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))

describe('providerMessageExcerpt', () => {
  it('is short, one clean line, and never more than the provider said', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 2, max: 300 }), (text, max) => {
        const excerpt = providerMessageExcerpt(text, max)
        expect(codePoints(excerpt)).toBeLessThanOrEqual(max)
        expect(excerpt).not.toMatch(UNSAFE)
        expect(excerpt).not.toMatch(LONE_SURROGATE)
        expect(excerpt).not.toMatch(/\s\s|^\s|\s$/)
        const kept = excerpt.endsWith('…') ? excerpt.slice(0, -1).trimEnd() : excerpt
        // Only the provider's own words (cleaned), from the start, in order.
        expect(providerMessageExcerpt(text, Number.MAX_SAFE_INTEGER).startsWith(kept)).toBe(true)
      }),
    )
  })

  it('keeps a short message whole and cuts a long one with an ellipsis', () => {
    expect(providerMessageExcerpt('  The user\ndenied   access. ')).toBe('The user denied access.')
    const long = 'word '.repeat(100)
    const excerpt = providerMessageExcerpt(long)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(codePoints(excerpt)).toBeLessThanOrEqual(PROVIDER_MESSAGE_MAX_LENGTH)
    expect(codePoints(excerpt)).toBeGreaterThan(PROVIDER_MESSAGE_MAX_LENGTH - 10)
  })

  it('never splits an emoji or a letter from its accent', () => {
    const family = '👨‍👩‍👧'
    // Five code points each: the second does not fit in 8 with the ellipsis, and is not cut.
    expect(providerMessageExcerpt(family.repeat(10), 8)).toBe(`${family}…`)
    expect(providerMessageExcerpt('e\u0301'.repeat(10), 4)).toBe('e\u0301…')
  })

  it('drops an override that would reorder the page’s words around it', () => {
    expect(providerMessageExcerpt('abc\u202edef\u2069')).toBe('abcdef')
  })
})

describe('the provider message frame', () => {
  it.each([
    ['en', en],
    ['de', de],
    ['fr', fr],
    ['es', es],
    ['nl', nl],
  ])('%s quotes the message exactly once', (_, messages) => {
    const frame = String(messages['oauth.providerMessage'])
    expect(frame.match(/\{message\}/g)).toHaveLength(1)
    // Opening and closing quote marks around it, whatever the language's own.
    expect(frame).toMatch(/[“„«‘]\s?\{message\}\s?[”“»’]/)
  })
})
