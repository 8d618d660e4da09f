import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  ensureContrast,
  parseColor,
  readableTextColor,
} from '../../../src/theme/color'

const white = { r: 255, g: 255, b: 255 }
const black = { r: 0, g: 0, b: 0 }

describe('parseColor', () => {
  it('reads #rgb, #rrggbb and rgb()', () => {
    expect(parseColor('#fff')).toEqual(white)
    expect(parseColor('#5B5BD6')).toEqual({ r: 91, g: 91, b: 214 })
    expect(parseColor('rgb(10, 20, 30)')).toEqual({ r: 10, g: 20, b: 30 })
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30 })
  })

  it('returns null for what only a browser can compute, and for what is not a colour', () => {
    for (const value of [
      'red',
      'var(--brand)',
      'color-mix(in oklch, red, blue)',
      '#12',
      'rgb(1 2)',
      'hsl(a b c)',
      'color(rec9999 1 0 0)',
      'oklch(from red l c h)',
      '',
    ]) {
      expect(parseColor(value)).toBeNull()
    }
  })
})

/** Channels rounded, for comparing conversions with published reference values. */
function rounded(input: string) {
  const color = parseColor(input)
  return color && { r: Math.round(color.r), g: Math.round(color.g), b: Math.round(color.b) }
}

describe('parseColor with the CSS Color 4 syntaxes', () => {
  it.each([
    ['#ff000080', { r: 255, g: 0, b: 0 }],
    ['#f008', { r: 255, g: 0, b: 0 }],
    ['rgb(100% 50% 0%)', { r: 255, g: 128, b: 0 }],
    ['rgba(300, -5, 0, 0.5)', { r: 255, g: 0, b: 0 }],
    ['rgb(none 255 0)', { r: 0, g: 255, b: 0 }],
    ['hsl(210 100% 50%)', { r: 0, g: 128, b: 255 }],
    ['hsla(210deg, 100%, 50%, 0.4)', { r: 0, g: 128, b: 255 }],
    ['hsl(0.5turn 100 50)', { r: 0, g: 255, b: 255 }],
    ['hwb(210 0% 0%)', { r: 0, g: 128, b: 255 }],
    ['hwb(0 60% 60%)', { r: 128, g: 128, b: 128 }],
    // sRGB red in each space (CSS Color 4 sample values, Ottosson's OKLab reference).
    ['lab(54.29% 80.82 69.91)', { r: 255, g: 0, b: 0 }],
    ['lch(54.29 106.84 40.85)', { r: 255, g: 0, b: 0 }],
    ['oklab(0.627955 0.224863 0.125846)', { r: 255, g: 0, b: 0 }],
    ['oklch(62.7955% 0.257683 29.2339)', { r: 255, g: 0, b: 0 }],
    ['oklch(1 0 0)', { r: 255, g: 255, b: 255 }],
    ['oklch(0% 0 none)', { r: 0, g: 0, b: 0 }],
    ['color(srgb 1 0.5 0)', { r: 255, g: 128, b: 0 }],
    ['color(srgb-linear 1 0.2140 0)', { r: 255, g: 128, b: 0 }],
    ['color(xyz-d65 0.9505 1 1.089)', { r: 255, g: 255, b: 255 }],
    // Outside sRGB: clipped to it.
    ['color(display-p3 1 0 0)', { r: 255, g: 0, b: 0 }],
    ['transparent', { r: 0, g: 0, b: 0 }],
  ])('%s', (input, expected) => {
    const color = rounded(input)
    expect(color).not.toBeNull()
    for (const channel of ['r', 'g', 'b'] as const) {
      expect(Math.abs(color![channel] - expected[channel]), channel).toBeLessThanOrEqual(1)
    }
  })
})

// Tailwind CSS v4's palette is oklch (theme.css); a few steps across hues and lightness.
const TAILWIND_V4 = [
  'oklch(63.7% 0.237 25.331)', // red-500
  'oklch(70.5% 0.213 47.604)', // orange-500
  'oklch(82.8% 0.189 84.429)', // amber-400
  'oklch(89.7% 0.196 126.665)', // lime-300
  'oklch(72.3% 0.219 149.579)', // green-500
  'oklch(78.9% 0.154 211.53)', // cyan-400
  'oklch(62.3% 0.214 259.815)', // blue-500
  'oklch(58.5% 0.233 277.117)', // indigo-500
  'oklch(62.7% 0.265 303.9)', // purple-500
  'oklch(65.6% 0.241 354.308)', // pink-500
  'oklch(55.4% 0.046 257.417)', // slate-500
  'oklch(20.8% 0.042 265.755)', // slate-900
]

describe('the text colour on any accent the theme computes', () => {
  it.each([...TAILWIND_V4, 'hsl(48 100% 50%)', 'hsl(0 0% 46%)', 'hwb(120 10% 40%)'])(
    'reaches 4.5:1 on %s',
    (accent) => {
      const background = parseColor(accent)!
      const text = parseColor(readableTextColor(background))!
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('reaches 4.5:1 on every grey, including the mid-tones where neither white nor #111 does', () => {
    for (let level = 0; level <= 255; level += 1) {
      const grey = { r: level, g: level, b: level }
      expect(contrastRatio(grey, parseColor(readableTextColor(grey))!)).toBeGreaterThanOrEqual(4.5)
    }
  })
})

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5)
    expect(contrastRatio(white, white)).toBe(1)
    // Known pair: #767676 on white is the classic 4.54:1.
    expect(contrastRatio(parseColor('#767676')!, white)).toBeCloseTo(4.54, 2)
  })

  it('picks white text on dark accents and dark text on light ones', () => {
    expect(readableTextColor(parseColor('#5b5bd6')!)).toBe('#fff')
    expect(readableTextColor(parseColor('#ffd60a')!)).toBe('#111')
    expect(readableTextColor(parseColor('#00ff00')!)).toBe('#111')
    expect(readableTextColor(black)).toBe('#fff')
  })

  it('derives an accent that reads as text (4.5:1) on light and dark surfaces', () => {
    const dark = { r: 24, g: 24, b: 27 }
    for (const accent of ['#ffd60a', '#00c2ff', '#5b5bd6', '#111111', '#ffffff', '#ff0000']) {
      const parsed = parseColor(accent)!
      expect(contrastRatio(ensureContrast(parsed, white), white)).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(ensureContrast(parsed, dark), dark)).toBeGreaterThanOrEqual(4.5)
    }
    // A colour that already passes is kept as is.
    expect(ensureContrast(parseColor('#1f56b3')!, white)).toEqual(parseColor('#1f56b3'))
  })
})
