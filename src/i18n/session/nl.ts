import type { Message } from '../format'
import type { SessionMessageKey } from './en'

/** Dutch messages of the session family. */
export const sessionNl = {
  'session.consumer': 'Aangemeld',
  'session.guide': 'Lees de verbindingshandleiding voor {name}',
} as const satisfies Record<SessionMessageKey, Message>
