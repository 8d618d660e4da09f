'use client'
/**
 * A connector's logo. Only absolute https URLs are loaded (safeUrl plus https: an http image on an
 * https page is mixed content); anything else, or an image that fails to load, shows initials.
 * Decorative (`alt=""`, CSS-drawn initials): the connector name is always written next to it.
 */
import { memo, useState, type ComponentProps } from 'react'
import { safeUrl } from '../../src/safe-url'
import type { Connection } from '../../src/types'
import { initials } from '../../src/i18n/labels'
import type { ThemeStyle } from '../theme'

export interface ConnectorLogoProps extends Omit<ComponentProps<'span'>, 'children'> {
  connection: Pick<Connection, 'name' | 'logo' | 'icon'>
}

export function safeImageUrl(url: unknown): string | null {
  const safe = safeUrl(url)
  return safe !== null && safe.startsWith('https:') ? safe : null
}

/** A stable hue per name, so initials tiles are told apart at a glance (the name is always shown too). */
function nameHue(name: string): number {
  let hash = 0
  for (let index = 0; index < name.length; index++) {
    hash = (hash * 31 + name.charCodeAt(index)) | 0
  }
  return Math.abs(hash) % 360
}

function ConnectorLogoImpl({ connection, ...props }: ConnectorLogoProps) {
  const src = safeImageUrl(connection.logo) ?? safeImageUrl(connection.icon)
  const [failedSrc, setFailedSrc] = useState<string | null>(null)
  const showImage = src !== null && failedSrc !== src
  return (
    <span
      data-ik-slot="logo"
      data-state={showImage ? 'image' : 'initials'}
      // Drawn by CSS (::before), not as text: decorative initials must not count as visible text
      // of a card whose accessible name has to contain all of it (WCAG 2.5.3).
      data-ik-initials={showImage ? undefined : initials(connection.name)}
      style={showImage ? undefined : ({ '--ik-logo-hue': nameHue(connection.name) } as ThemeStyle)}
      {...props}
    >
      {showImage ? (
        <img
          src={src}
          alt=""
          width={40}
          height={40}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailedSrc(src)}
        />
      ) : null}
    </span>
  )
}

export const ConnectorLogo = memo(ConnectorLogoImpl)
