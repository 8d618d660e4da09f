/**
 * The few icons the catalog needs, as inline SVG paths (24×24, stroke = currentColor). Decorative:
 * always aria-hidden, the text next to them carries the meaning.
 */
import type { ComponentProps } from 'react'
import type { StatusTone } from '../src/catalog/status'

const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm9 16-4.35-4.35',
  close: 'M6 6l12 12M18 6 6 18',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  retry: 'M4 12a8 8 0 0 1 14-5.3L20 9M20 4v5h-5M20 12a8 8 0 0 1-14 5.3L4 15M4 20v-5h5',
  plus: 'M12 5v14M5 12h14',
  chevron: 'M6 9l6 6 6-6',
  // Status shapes differ, so tone is never told by colour alone.
  success: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.5 2.5L16 9.5',
  warning: 'M12 3 2 20h20L12 3zM12 10v4M12 17h.01',
  danger: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5V12l3 2',
  neutral: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z',
} as const

export type IconName = keyof typeof PATHS

/** The frame every icon draws in: 24×24, stroked in the current colour, hidden from AT. */
export function IconSvg(props: ComponentProps<'svg'>) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      data-ik-slot="icon"
      {...props}
    />
  )
}

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <IconSvg data-ik-icon={name} className={className}>
      <path d={PATHS[name]} />
    </IconSvg>
  )
}

export function toneIcon(tone: StatusTone): IconName {
  return tone
}
