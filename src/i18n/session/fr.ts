import type { Message } from '../format'
import type { SessionMessageKey } from './en'

/** French messages of the session family. */
export const sessionFr = {
  'session.consumer': 'Connecté',
  'session.guide': 'Lire le guide de connexion à {name}',
} as const satisfies Record<SessionMessageKey, Message>
