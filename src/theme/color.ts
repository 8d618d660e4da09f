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

type Triple = [number, number, number]
type Matrix = [Triple, Triple, Triple]

/** One component: a number, a percentage of `percentOf`, an angle in degrees, or `none` (0). */
function component(token: string, percentOf: number): number | null {
  if (token.toLowerCase() === 'none') {
    return 0
  }
  const match = COMPONENT.exec(token)
  if (!match) {
    return null
  }
  const value = Number(match[1])
  const unit = match[2]?.toLowerCase()
  const scale: Record<string, number> = {
    '%': percentOf / 100,
    rad: 180 / Math.PI,
    grad: 0.9,
    turn: 360,
  }
  return unit === undefined || unit === 'deg' ? value : value * scale[unit]!
}

function multiply(matrix: Matrix, [a, b, c]: Triple): Triple {
  return matrix.map((row) => row[0] * a + row[1] * b + row[2] * c) as Triple
}

// CSS Color 4 §18 conversions: XYZ D50 → D65 (Bradford), XYZ D65 → linear sRGB, linear P3 → XYZ D65.
const D50_TO_D65: Matrix = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124],
]
const XYZ_TO_LINEAR_SRGB: Matrix = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
]
const LINEAR_P3_TO_XYZ: Matrix = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976],
]

function toLinear(value: number): number {
  const sign = value < 0 ? -1 : 1
  const abs = Math.abs(value)
  return abs <= 0.04045 ? value / 12.92 : sign * ((abs + 0.055) / 1.055) ** 2.4
}

function fromLinear(value: number): number {
  return value <= 0.0031308 ? 12.92 * value : 1.055 * value ** (1 / 2.4) - 0.055
}

/** Linear-light sRGB (0…1, maybe out of gamut) → 0…255 channels, clipped to the sRGB gamut. */
function fromLinearSrgb(linear: Triple): Rgb {
  const [r, g, b] = linear.map((value) => Math.min(1, Math.max(0, fromLinear(value))) * 255)
  return { r: r!, g: g!, b: b! }
}

function fromXyzD65(xyz: Triple): Rgb {
  return fromLinearSrgb(multiply(XYZ_TO_LINEAR_SRGB, xyz))
}

function fromLab(l: number, a: number, b: number): Rgb {
  const kappa = 24389 / 27
  const epsilon = 216 / 24389
  const fy = (l + 16) / 116
  const fx = fy + a / 500
  const fz = fy - b / 200
  const cube = (f: number) => (f ** 3 > epsilon ? f ** 3 : (116 * f - 16) / kappa)
  const y = l > kappa * epsilon ? fy ** 3 : l / kappa
  const d50: Triple = [(cube(fx) * 0.3457) / 0.3585, y, (cube(fz) * (1 - 0.3457 - 0.3585)) / 0.3585]
  return fromXyzD65(multiply(D50_TO_D65, d50))
}

function fromOklab(l: number, a: number, b: number): Rgb {
  const lms = [
    l + 0.3963377774 * a + 0.2158037573 * b,
    l - 0.1055613458 * a - 0.0638541728 * b,
    l - 0.0894841775 * a - 1.291485548 * b,
  ].map((value) => value ** 3) as Triple
  return fromLinearSrgb(
    multiply(
      [
        [4.0767416621, -3.3077115913, 0.2309699292],
        [-1.2684380046, 2.6097574011, -0.3413193965],
        [-0.0041960863, -0.7034186147, 1.707614701],
      ],
      lms,
    ),
  )
}

/** Polar (lightness, chroma, hue°) → the rectangular a, b of lab/oklab. */
function fromPolar(chroma: number, hue: number): [number, number] {
  const radians = (hue * Math.PI) / 180
  return [chroma * Math.cos(radians), chroma * Math.sin(radians)]
}

function fromHsl(hue: number, saturation: number, lightness: number): Rgb {
  const s = saturation / 100
  const l = lightness / 100
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12
    return (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255
  }
  return { r: channel(0), g: channel(8), b: channel(4) }
}

function fromHwb(hue: number, whiteness: number, blackness: number): Rgb {
  const w = whiteness / 100
  const b = blackness / 100
  if (w + b >= 1) {
    const grey = (w / (w + b)) * 255
    return { r: grey, g: grey, b: grey }
  }
  const pure = fromHsl(hue, 100, 50)
  const mix = (value: number) => (value / 255) * (1 - w - b) * 255 + w * 255
  return { r: mix(pure.r), g: mix(pure.g), b: mix(pure.b) }
}

const clampByte = (value: number) => Math.min(255, Math.max(0, value))

/** `color(<space> c1 c2 c3)`: the predefined spaces a host is likely to use. */
function fromColorFunction(space: string, [a, b, c]: Triple): Rgb | null {
  switch (space) {
    case 'srgb':
      return { r: clampByte(a * 255), g: clampByte(b * 255), b: clampByte(c * 255) }
    case 'srgb-linear':
      return fromLinearSrgb([a, b, c])
    case 'display-p3':
      return fromXyzD65(multiply(LINEAR_P3_TO_XYZ, [toLinear(a), toLinear(b), toLinear(c)]))
    case 'xyz':
    case 'xyz-d65':
      return fromXyzD65([a, b, c])
    case 'xyz-d50':
      return fromXyzD65(multiply(D50_TO_D65, [a, b, c]))
    default:
      return null
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
  const hex = HEX.exec(value)
  if (hex) {
    const digits = hex[1]!
    const full =
      digits.length <= 4
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
  if (value.toLowerCase() === 'transparent') {
    return { r: 0, g: 0, b: 0 }
  }
  const fn = FUNCTION.exec(value)
  if (!fn) {
    return null
  }
  const name = fn[1]!.toLowerCase()
  const [main = '', alpha] = fn[2]!.split('/')
  const tokens = main.trim().split(/[\s,]+/)
  if (name === 'color') {
    const space = tokens.shift()?.toLowerCase() ?? ''
    const values = tokens.map((token) => component(token, 1))
    return values.length === 3 && values.every((v) => v !== null)
      ? fromColorFunction(space, values as Triple)
      : null
  }
  // Legacy rgba(r, g, b, a): the fourth comma-separated value is the alpha.
  if (tokens.length === 4 && alpha === undefined) {
    tokens.pop()
  }
  if (tokens.length !== 3) {
    return null
  }
  // Percentages: what 100% stands for in each function's three components.
  const percentOf: Record<string, Triple> = {
    rgb: [255, 255, 255],
    rgba: [255, 255, 255],
    hsl: [1, 100, 100],
    hsla: [1, 100, 100],
    hwb: [1, 100, 100],
    lab: [100, 125, 125],
    lch: [100, 150, 1],
    oklab: [1, 0.4, 0.4],
    oklch: [1, 0.4, 1],
  }
  const scale = Object.hasOwn(percentOf, name) ? percentOf[name]! : null
  if (scale === null) {
    return null
  }
  const values = tokens.map((token, index) => component(token, scale[index]!))
  if (values.some((v) => v === null)) {
    return null
  }
  const [x, y, z] = values as Triple
  switch (name) {
    case 'rgb':
    case 'rgba':
      return { r: clampByte(x), g: clampByte(y), b: clampByte(z) }
    case 'hsl':
    case 'hsla':
      return fromHsl(((x % 360) + 360) % 360, clampPercent(y), clampPercent(z))
    case 'hwb':
      return fromHwb(((x % 360) + 360) % 360, clampPercent(y), clampPercent(z))
    case 'lab':
      return fromLab(x, y, z)
    case 'lch':
      return fromLab(x, ...fromPolar(Math.max(0, y), z))
    case 'oklab':
      return fromOklab(x, y, z)
    default:
      return fromOklab(x, ...fromPolar(Math.max(0, y), z))
  }
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value))

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
