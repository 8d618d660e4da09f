import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectorCard, ConnectorGrid, IntegrationsRoot } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { fn } from 'storybook/test'

const catalog = generateConnectors(24, 1)

const meta = {
  title: 'Components/ConnectorGrid',
  component: ConnectorGrid,
  args: { onOpen: fn() },
  decorators: [
    (Story) => (
      <IntegrationsRoot>
        <Story />
      </IntegrationsRoot>
    ),
  ],
} satisfies Meta<typeof ConnectorGrid>

export default meta
type Story = StoryObj<typeof meta>

export const Grouped: Story = {
  args: {
    groups: [
      {
        id: 'connected',
        label: 'Connected',
        connections: catalog.filter((c) => c.state !== 'available'),
      },
      {
        id: 'available',
        label: 'Available',
        connections: catalog.filter((c) => c.state === 'available'),
      },
    ],
  },
}

export const SingleList: Story = {
  args: { connections: catalog.slice(0, 6), 'aria-label': 'Integrations' },
}

/** One card per connection state, stand-alone (a ConnectorCard in your own layout). */
export const Cards: Story = {
  render: () => (
    <ul
      role="list"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 260px)', gap: 12, padding: 0 }}
    >
      {catalog.slice(0, 6).map((connection) => (
        <li key={connection.id} style={{ listStyle: 'none' }}>
          <ConnectorCard connection={connection} />
        </li>
      ))}
    </ul>
  ),
}
