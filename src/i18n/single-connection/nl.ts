import type { Message } from '../format'
import type { SingleConnectionMessageKey } from './en'

/** Dutch messages of the single-connection page. */
export const singleConnectionNl = {
  'page.allIntegrations': 'Alle integraties',
} as const satisfies Record<SingleConnectionMessageKey, Message>
