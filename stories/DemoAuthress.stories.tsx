/**
 * The drop-in page on Authress's connections (`integrations-kit/authress`), against the mock
 * Authress behind the host's proxy (stories/decorators.tsx, `parameters.backend: 'authress'`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { expect, within } from 'storybook/test'

const meta = {
  title: 'Demo/Authress connections',
  component: IntegrationsPage,
  parameters: { backend: 'authress', mockAuthress: { latency: 150 } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: /^Add a connection/ })).toBeVisible()
  },
}
