/**
 * Interpolated text values are isolated for bidirectional text (src/i18n/format.ts): a right-to-left
 * name, or a U+202E RIGHT-TO-LEFT OVERRIDE in one, cannot reorder the sentence around it, and a
 * value cannot close the isolate early. Plain left-to-right values in a left-to-right message keep
 * exactly their text. The rendering itself is measured in Chromium (test/e2e/hostile-data.e2e.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/i18n/format'
import { hasBidiText, isolateBidi } from '../../../src/i18n/format'

const FSI = '\u2068'
const PDI = '\u2069'
const RLO = '\u202e'
const ISOLATE_INITIATORS = new Set(['\u2066', '\u2067', FSI])
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Where the isolate opened at `start` ends, by the Unicode Bidirectional Algorithm's rule BD9: the
 * first PDI after it that no isolate initiator in between has claimed (-1: open to the end).
 */
function matchingPdi(text: string, start: number): number {
  let depth = 0
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text[index]!
    if (ISOLATE_INITIATORS.has(char)) {
      depth += 1
    } else if (char === PDI) {
      if (depth === 0) {
        return index
      }
      depth -= 1
    }
  }
  return -1
}

/** Letters of both directions, digits, the bidi controls, paragraph separators and emoji. */
const hostileChar = fc.constantFrom(
  'a',
  'Z',
  ' ',
  '1',
  '?',
  '.',
  'ب',
  'ש',
  '٣',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  RLO,
  '\u2066',
  '\u2067',
  FSI,
  PDI,
  '\n',
  '\u2029',
  '🚀',
)
const hostileText = fc.array(hostileChar, { maxLength: 24 }).map((chars) => chars.join(''))

describe('isolation of interpolated values', () => {
  it('wraps a value with bidi text in one isolate that only the message closes', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const output = formatMessage('Delete {name}?', { name })
        if (!hasBidiText(name)) {
          expect(output).toBe(`Delete ${name}?`)
          return
        }
        expect(output.startsWith(`Delete ${FSI}`)).toBe(true)
        expect(output.endsWith(`${PDI}?`)).toBe(true)
        // Our isolate ends at our PDI, right before the "?", whatever the value holds.
        expect(matchingPdi(output, 'Delete '.length)).toBe(output.length - 2)
        // No paragraph break inside, which would end the isolate with the override still active.
        expect(output).not.toMatch(/[\n\r\u2029\u0085]/)
        // Only invisible controls were added or dropped: every visible character is kept, in order.
        expect(output.replace(BIDI_CONTROLS, '')).toBe(
          `Delete ${name.replace(/[\n\u2029]/g, ' ').replace(BIDI_CONTROLS, '')}?`,
        )
      }),
    )
  })

  it('leaves plain left-to-right names untouched, so accessible names and copying are unchanged', () => {
    expect(formatMessage('Connected to {name}', { name: 'Salesforce' })).toBe(
      'Connected to Salesforce',
    )
    expect(formatMessage('Delete {name}?', { name: '<img src=x onerror=alert(1)>' })).toBe(
      'Delete <img src=x onerror=alert(1)>?',
    )
  })

  it('isolates right-to-left names and override characters in a left-to-right locale', () => {
    expect(formatMessage('Delete {name}?', { name: `${RLO}Evil Corp` })).toBe(
      `Delete ${FSI}${RLO}Evil Corp${PDI}?`,
    )
    expect(formatMessage('{name} is connected.', { name: 'מערכת 2024' })).toBe(
      `${FSI}מערכת 2024${PDI} is connected.`,
    )
  })

  it('isolates every text value in a right-to-left message, and never numbers', () => {
    // The trailing "." of a Latin name would otherwise join the Arabic text after it.
    expect(formatMessage('حذف {name}؟', { name: 'Acme, Inc.' }, 'ar')).toBe(
      `حذف ${FSI}Acme, Inc.${PDI}؟`,
    )
    expect(formatMessage('{count} متصل', { count: 3 }, 'ar')).toBe(
      `${new Intl.NumberFormat('ar').format(3)} متصل`,
    )
    // An English fallback in a right-to-left page keeps a Latin name in its left-to-right run.
    expect(formatMessage('Delete {name}?', { name: 'Xero' }, 'ar')).toBe('Delete Xero?')
  })

  it('cannot be closed early or left open by isolate controls in the value', () => {
    // The PDI would otherwise end our isolate and leave the override running over "?".
    expect(isolateBidi(`x${PDI}${RLO}y`)).toBe(`${FSI}x${RLO}y${PDI}`)
    // An unclosed isolate of the value would otherwise take our PDI as its own.
    expect(isolateBidi(`${FSI}a${FSI}b${PDI}`)).toBe(`${FSI}ab${PDI}`)
    expect(isolateBidi('a\u2029b')).toBe(`${FSI}a b${PDI}`)
  })
})
