/**
 * Colour maths for theming: parse a host's accent colour, compute WCAG 2.x contrast, choose a
 * readable text colour on the accent, and derive an accent dark/light enough to be read as text on
 * a surface. React-free and tiny: no colour library for three formulas.
 */

export interface Rgb {
  r: number
  g: number
  b: number
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i
const RGB_FUNCTION =
  /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)`; null for anything else (named colours, hsl, var()). */
export function parseColor(input: string): Rgb | null {
  const value = input.trim()
  const hex = HEX.exec(value)
  if (hex) {
    const digits = hex[1]!
    const full =
      digits.length === 3
        ? digits
            .split('')
            .map((d) => d + d)
            .join('')
        : digits
    return {
      r: parseInt(full.slice(0, 2), 16),
      g: parseInt(full.slice(2, 4), 16),
      b: parseInt(full.slice(4, 6), 16),
    }
  }
  const fn = RGB_FUNCTION.exec(value)
  if (fn) {
    const [r, g, b] = [fn[1], fn[2], fn[3]].map(Number) as [number, number, number]
    if (r > 255 || g > 255 || b > 255) {
      return null
    }
    return { r, g, b }
  }
  return null
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(color: Rgb): number {
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/** WCAG contrast ratio, 1 … 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const NEAR_BLACK: Rgb = { r: 17, g: 17, b: 17 }

/** The text colour ('#fff' or '#111') with the higher contrast on `background`. */
export function readableTextColor(background: Rgb): '#fff' | '#111' {
  return contrastRatio(background, WHITE) >= contrastRatio(background, NEAR_BLACK) ? '#fff' : '#111'
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return {
    r: a.r + (b.r - a.r) * amount,
    g: a.g + (b.g - a.g) * amount,
    b: a.b + (b.b - a.b) * amount,
  }
}

/**
 * `color` moved towards black (light surface) or white (dark surface) in small steps until it
 * reaches `minimum` contrast on `surface` (4.5:1 = WCAG AA for text). Used for links and focus
 * rings drawn in the accent colour, so a pale brand colour stays readable.
 */
export function ensureContrast(color: Rgb, surface: Rgb, minimum = 4.5): Rgb {
  const target = relativeLuminance(surface) > 0.5 ? { r: 0, g: 0, b: 0 } : WHITE
  let current = color
  for (let step = 1; step <= 20 && contrastRatio(current, surface) < minimum; step++) {
    current = mix(color, target, step / 20)
  }
  return { r: Math.round(current.r), g: Math.round(current.g), b: Math.round(current.b) }
}
