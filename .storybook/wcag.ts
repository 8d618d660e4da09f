/**
 * The axe rule tags every accessibility check runs (stories as tests and e2e): WCAG 2.0, 2.1 and
 * 2.2, levels A and AA.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
