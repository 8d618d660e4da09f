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

  it('returns null for what it cannot compute', () => {
    for (const value of ['red', 'var(--brand)', 'hsl(0 0% 0%)', '#12', 'rgb(300, 0, 0)', '']) {
      expect(parseColor(value)).toBeNull()
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
