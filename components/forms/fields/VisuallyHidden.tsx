import type { ReactNode } from 'react'
import { visuallyHidden } from '../../visually-hidden'

/** Text for screen readers only (inline style, so it holds without the stylesheet). */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span id={id} style={visuallyHidden}>
      {children}
    </span>
  )
}
