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

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i
const FUNCTION = /^([a-z-]+)\(\s*([^()]*?)\s*\)$/i
const COMPONENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|rad|grad|turn)?$/i
const ANGLE: Record<string, number> = { deg: 1, rad: 180 / Math.PI, grad: 0.9, turn: 360 }

type Triple = [number, number, number]

/** One component: a number, a percentage of `percentOf`, an angle in degrees, or `none` (0). */
function component(token: string, percentOf: number): number | null {
  if (/^none$/i.test(token)) {
    return 0
  }
  const match = COMPONENT.exec(token)
  const unit = match?.[2]?.toLowerCase()
  return match
    ? Number(match[1]) * (unit === '%' ? percentOf / 100 : unit ? ANGLE[unit]! : 1)
    : null
}

/** A 3×3 matrix, row by row, times a vector. */
function multiply(matrix: number[], [a, b, c]: Triple): Triple {
  return [0, 3, 6].map((i) => matrix[i]! * a + matrix[i + 1]! * b + matrix[i + 2]! * c) as Triple
}

// CSS Color 4 §18 conversions (XYZ D50 → D65 by Bradford, XYZ D65 → linear sRGB, linear P3 → XYZ
// D65) and Ottosson's OKLab ones, to 7 significant digits: far below a channel's 1/255.
const D50_TO_D65 = [
  0.9554734, -0.02309845, 0.06325924, -0.02836971, 1.009995, 0.02104144, 0.01231401, -0.02050765,
  1.330366,
]
const XYZ_TO_LINEAR_SRGB = [
  3.24097, -1.537383, -0.4986108, -0.9692436, 1.875968, 0.04155506, 0.05563008, -0.203977, 1.056972,
]
const LINEAR_P3_TO_XYZ = [
  0.4865709, 0.2656677, 0.1982173, 0.2289746, 0.6917385, 0.07928691, 0, 0.04511338, 1.043944,
]
const OKLAB_TO_LMS = [
  1, 0.3963378, 0.2158038, 1, -0.1055613, -0.06385417, 1, -0.08948418, -1.291486,
]
const LMS_TO_LINEAR_SRGB = [
  4.076742, -3.307712, 0.2309699, -1.268438, 2.609757, -0.3413194, -0.004196086, -0.7034186,
  1.707615,
]

function toLinear(value: number): number {
  const abs = Math.abs(value)
  return abs <= 0.04045 ? value / 12.92 : Math.sign(value) * ((abs + 0.055) / 1.055) ** 2.4
}

/** Linear-light sRGB (0…1, maybe out of gamut) → 0…255 channels (clipped by `parseColor`). */
function fromLinear(linear: Triple): Triple {
  return linear.map(
    (v) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055) * 255,
  ) as Triple
}

const fromXyzD65 = (xyz: Triple) => fromLinear(multiply(XYZ_TO_LINEAR_SRGB, xyz))

function fromLab(l: number, a: number, b: number): Triple {
  const kappa = 24389 / 27
  const epsilon = 216 / 24389
  const fy = (l + 16) / 116
  const cube = (f: number) => (f ** 3 > epsilon ? f ** 3 : (116 * f - 16) / kappa)
  const y = l > kappa * epsilon ? fy ** 3 : l / kappa
  const d50: Triple = [
    (cube(fy + a / 500) * 0.3457) / 0.3585,
    y,
    (cube(fy - b / 200) * (1 - 0.3457 - 0.3585)) / 0.3585,
  ]
  return fromXyzD65(multiply(D50_TO_D65, d50))
}

function fromOklab(l: number, a: number, b: number): Triple {
  const lms = multiply(OKLAB_TO_LMS, [l, a, b]).map((value) => value ** 3) as Triple
  return fromLinear(multiply(LMS_TO_LINEAR_SRGB, lms))
}

/** Polar (chroma, hue°) → the rectangular a, b of lab/oklab. */
function fromPolar(chroma: number, hue: number): [number, number] {
  const radians = (hue * Math.PI) / 180
  return [Math.max(0, chroma) * Math.cos(radians), Math.max(0, chroma) * Math.sin(radians)]
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value))

/** Hue (any angle), saturation and lightness (0…100, clipped) → 0…255 channels. */
function fromHsl(hue: number, saturation: number, lightness: number): Triple {
  const s = clampPercent(saturation) / 100
  const l = clampPercent(lightness) / 100
  return [0, 8, 4].map((n) => {
    const k = (n + (((hue % 360) + 360) % 360) / 30) % 12
    return (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255
  }) as Triple
}

function fromHwb(hue: number, whiteness: number, blackness: number): Triple {
  const w = clampPercent(whiteness) / 100
  const b = clampPercent(blackness) / 100
  return fromHsl(hue, 100, 50).map((value) =>
    w + b >= 1 ? (w / (w + b)) * 255 : value * (1 - w - b) + w * 255,
  ) as Triple
}

/** `color(<space> c1 c2 c3)`: the predefined spaces a host is likely to use. */
function fromColorFunction(space: string | undefined, c: Triple): Triple | null {
  switch (space) {
    case 'srgb':
      return c.map((value) => value * 255) as Triple
    case 'srgb-linear':
      return fromLinear(c)
    case 'display-p3':
      return fromXyzD65(multiply(LINEAR_P3_TO_XYZ, c.map(toLinear) as Triple))
    case 'xyz':
    case 'xyz-d65':
      return fromXyzD65(c)
    case 'xyz-d50':
      return fromXyzD65(multiply(D50_TO_D65, c))
    default:
      return null
  }
}

// Percentages: what 100% stands for in each function's three components.
const PERCENT_OF: Record<string, Triple> = {
  rgb: [255, 255, 255],
  hsl: [1, 100, 100],
  hwb: [1, 100, 100],
  lab: [100, 125, 125],
  lch: [100, 150, 1],
  oklab: [1, 0.4, 0.4],
  oklch: [1, 0.4, 1],
}

/** The channels of a CSS colour function, unclipped; null when it is none this file computes. */
function fromFunction(name: string, args: string): Triple | null {
  const [main = '', alpha] = args.split('/')
  const tokens = main.trim().split(/[\s,]+/)
  if (name === 'color') {
    const space = tokens.shift()?.toLowerCase()
    const values = tokens.map((token) => component(token, 1))
    return values.length === 3 && !values.includes(null)
      ? fromColorFunction(space, values as Triple)
      : null
  }
  // Legacy rgba(r, g, b, a): the fourth comma-separated value is the alpha.
  if (tokens.length === 4 && alpha === undefined) {
    tokens.pop()
  }
  const scale = Object.hasOwn(PERCENT_OF, name) ? PERCENT_OF[name]! : null
  const values = tokens.map((token, index) => component(token, scale?.[index] ?? 1))
  if (scale === null || tokens.length !== 3 || values.includes(null)) {
    return null
  }
  const [x, y, z] = values as Triple
  switch (name) {
    case 'rgb':
      return [x, y, z]
    case 'hsl':
      return fromHsl(x, y, z)
    case 'hwb':
      return fromHwb(x, y, z)
    case 'lab':
      return fromLab(x, y, z)
    case 'lch':
      return fromLab(x, ...fromPolar(y, z))
    case 'oklab':
      return fromOklab(x, y, z)
    default:
      return fromOklab(x, ...fromPolar(y, z))
  }
}

/**
 * The sRGB channels (0…255) of a CSS colour: hex (3, 4, 6, 8 digits), rgb(), hsl(), hwb(), lab(),
 * lch(), oklab(), oklch() and color(srgb | srgb-linear | display-p3 | xyz…), legacy and modern
 * syntax, `none`, percentages and angle units; `transparent`. Colours outside sRGB (wide-gamut
 * oklch, display-p3) are clipped to it. Alpha is ignored: the accent is painted opaque on buttons.
 * Null for what cannot be computed without a browser (named colours, var(), color-mix(),
 * currentColor): tokens.css derives the contrast colour for those in CSS itself.
 */
export function parseColor(input: string): Rgb | null {
  const value = input.trim()
  const hex = HEX.exec(value)?.[1]
  const fn = FUNCTION.exec(value)
  const channels: Triple | null = hex
    ? ([0, 1, 2].map((i) =>
        parseInt(hex.length <= 4 ? hex[i]!.repeat(2) : hex.slice(i * 2, i * 2 + 2), 16),
      ) as Triple)
    : /^transparent$/i.test(value)
      ? [0, 0, 0]
      : fn
        ? fromFunction(fn[1]!.toLowerCase().replace(/^(rgb|hsl)a$/, '$1'), fn[2]!)
        : null
  if (!channels) {
    return null
  }
  const [r, g, b] = channels.map((channel) => Math.min(255, Math.max(0, channel)))
  return { r: r!, g: g!, b: b! }
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
function relativeLuminance(color: Rgb): number {
  return (
    0.2126 * toLinear(color.r / 255) +
    0.7152 * toLinear(color.g / 255) +
    0.0722 * toLinear(color.b / 255)
  )
}

/** WCAG contrast ratio, 1 … 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 }
const NEAR_BLACK: Rgb = { r: 17, g: 17, b: 17 }
const BLACK: Rgb = { r: 0, g: 0, b: 0 }
const AA = 4.5

/**
 * A text colour with at least 4.5:1 (WCAG AA) on `background`: '#fff' or '#111', whichever reads
 * better, and '#000' for the mid-tones where neither reaches 4.5 (pure black always does when white
 * does not: the two cross at about 4.58:1).
 */
export function readableTextColor(background: Rgb): '#fff' | '#111' | '#000' {
  const onWhite = contrastRatio(background, WHITE)
  const onNearBlack = contrastRatio(background, NEAR_BLACK)
  if (Math.max(onWhite, onNearBlack) >= AA) {
    return onWhite >= onNearBlack ? '#fff' : '#111'
  }
  return onWhite >= contrastRatio(background, BLACK) ? '#fff' : '#000'
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
