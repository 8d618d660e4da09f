import type { Message } from '../format'
import type { SessionMessageKey } from './en'

/** German messages of the session family. */
export const sessionDe = {
  'session.consumer': 'Angemeldet',
  'session.guide': 'Verbindungsanleitung für {name} lesen',
} as const satisfies Record<SessionMessageKey, Message>
