import type { Message } from '../format'
import type { SessionMessageKey } from './en'

/** Spanish messages of the session family. */
export const sessionEs = {
  'session.consumer': 'Sesión iniciada',
  'session.guide': 'Leer la guía de conexión de {name}',
} as const satisfies Record<SessionMessageKey, Message>
