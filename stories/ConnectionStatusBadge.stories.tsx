import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionStatusBadge, IntegrationsRoot, type Connection } from 'integrations-kit'

type Input = Pick<
  Connection,
  'state' | 'enabled' | 'health' | 'integration_state' | 'consent_state'
> &
  Partial<Pick<Connection, 'auth_type' | 'application_data_scopes'>>

/** Consent is asked only where the application asks for data access. */
const scopes: Connection['application_data_scopes'] = { enabled: true, resources: '*' }

/** One input per status of the vocabulary (src/catalog/status.ts). */
const examples: Input[] = [
  { state: 'callable', enabled: true, health: 'ok' },
  { state: 'available' },
  { state: 'added', enabled: true, auth_type: 'oauth2' },
  { state: 'added', enabled: true, auth_type: 'apiKey' },
  { state: 'authorized', enabled: true },
  { state: 'invalid', enabled: true },
  { state: 'callable', enabled: false },
  { state: 'available', integration_state: 'needs_configuration' },
  { state: 'callable', enabled: true, integration_state: 'disabled' },
  { state: 'added', enabled: true, health: 'pending_confirmation' },
  { state: 'callable', enabled: true, health: 'degraded' },
  { state: 'callable', enabled: true, consent_state: 'pending', application_data_scopes: scopes },
  {
    state: 'callable',
    enabled: true,
    consent_state: 'requires_reconsent',
    application_data_scopes: scopes,
  },
  { state: 'callable', enabled: true, consent_state: 'denied', application_data_scopes: scopes },
  { state: 'callable', enabled: true, consent_state: 'revoked', application_data_scopes: scopes },
  { state: 'callable', enabled: true, health: 'revoked' },
]

function AllStatuses({ appearance }: { appearance: 'light' | 'dark' }) {
  return (
    <IntegrationsRoot theme={{ appearance }}>
      {(['small', 'large'] as const).map((size) => (
        <ul
          key={size}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0 }}
        >
          {examples.map((connection, index) => (
            <li key={index}>
              <ConnectionStatusBadge connection={connection} size={size} />
            </li>
          ))}
        </ul>
      ))}
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Components/ConnectionStatusBadge',
  component: AllStatuses,
  args: { appearance: 'light' },
} satisfies Meta<typeof AllStatuses>

export default meta
type Story = StoryObj<typeof meta>

export const Light: Story = {}
export const Dark: Story = { args: { appearance: 'dark' } }
