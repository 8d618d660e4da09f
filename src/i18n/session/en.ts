/**
 * English messages of the session family: the header's consumer card and logo (SessionHeader, a
 * lazily loaded chunk) and the connection guide link of the details. Not spread into the catalog
 * (src/i18n/en.ts): the parts read them through useLazyT, so the first paint does not carry them.
 */
export const sessionEn = {
  'session.consumer': 'Signed in',
  'session.guide': 'Read the {name} connection guide',
} as const

export type SessionMessageKey = keyof typeof sessionEn
