import type { CSSProperties } from 'react'

/**
 * Hides content visually but keeps it for assistive technology. Inline (not in styles.css) so it
 * also holds for headless users who do not load our stylesheet.
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
