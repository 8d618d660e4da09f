/**
 * Theme props → attributes and CSS variables on the root. The stylesheet maps the attributes to
 * tokens (`data-ik-appearance`, `data-ik-radius`, `data-ik-density`); only values that cannot be
 * expressed as attributes (accent colour, numeric radius, font) become inline `--ik-*` variables.
 */
import type { CSSProperties } from 'react'
import { ensureContrast, parseColor, readableTextColor, toHex } from '../src/theme/color'

export type ThemeAppearance = 'light' | 'dark' | 'system'
export type ThemeRadius = 'none' | 'small' | 'medium' | 'large' | 'full'
export type ThemeDensity = 'compact' | 'comfortable' | 'spacious'

export interface IntegrationsTheme {
  /** 'system' follows `prefers-color-scheme` in CSS, so server-rendered HTML never flashes. Default 'light'. */
  appearance?: ThemeAppearance
  /** Any CSS colour; #rgb, #rrggbb and rgb() also get a contrast-checked text colour and link colour. */
  accentColor?: string
  /** A named step or a pixel value. Default 'medium'. */
  radius?: ThemeRadius | number
  /** Spacing scale. Default 'comfortable'. */
  density?: ThemeDensity
  fontFamily?: string
}

/**
 * Hosts write `style={{ '--ik-accent': '#5b5bd6' }}` on any element: React's CSSProperties has no
 * custom properties, so the package adds the `--ik-*` ones (and only those) for whoever imports it.
 */
declare module 'react' {
  interface CSSProperties {
    [key: `--ik-${string}`]: string | number | undefined
  }
}

/** `style` accepts `--ik-*` custom properties (CSSProperties itself does, see above). */
export type ThemeStyle = CSSProperties

export interface ThemeRootAttributes {
  'data-ik-theme': ''
  'data-ik-appearance': ThemeAppearance
  'data-ik-radius': ThemeRadius | 'custom'
  'data-ik-density': ThemeDensity
  'data-ik-styled': 'true' | 'false'
  style: ThemeStyle
}

const WHITE = { r: 255, g: 255, b: 255 }
// The dark surface of tokens.css; links in the accent colour must read on it too.
const DARK_SURFACE = { r: 24, g: 24, b: 27 }

function accentVariables(accentColor: string): ThemeStyle {
  const parsed = parseColor(accentColor)
  if (!parsed) {
    // Unparseable (a named colour, var(), hsl()): use it as is, keep the default contrast tokens.
    return { '--ik-accent': accentColor }
  }
  return {
    '--ik-accent': toHex(parsed),
    '--ik-accent-contrast': readableTextColor(parsed),
    '--ik-accent-text-light': toHex(ensureContrast(parsed, WHITE)),
    '--ik-accent-text-dark': toHex(ensureContrast(parsed, DARK_SURFACE)),
  }
}

export function themeRootAttributes(
  theme: IntegrationsTheme | undefined,
  unstyled: boolean,
  style?: CSSProperties,
): ThemeRootAttributes {
  const {
    appearance = 'light',
    accentColor,
    radius = 'medium',
    density = 'comfortable',
    fontFamily,
  } = theme ?? {}
  const variables: ThemeStyle = {
    ...(accentColor ? accentVariables(accentColor) : {}),
    ...(typeof radius === 'number' ? { '--ik-radius': `${Math.max(0, radius)}px` } : {}),
    ...(fontFamily ? { '--ik-font-family': fontFamily } : {}),
  }
  return {
    'data-ik-theme': '',
    'data-ik-appearance': appearance,
    'data-ik-radius': typeof radius === 'number' ? 'custom' : radius,
    'data-ik-density': density,
    'data-ik-styled': unstyled ? 'false' : 'true',
    style: { ...variables, ...style },
  }
}
