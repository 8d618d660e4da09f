/**
 * The drop-in page on Kinde's connections (`integrations-kit/kinde`), against the mock Kinde behind
 * the host's proxy (stories/decorators.tsx, `parameters.backend: 'kinde'`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { generateKindeConnections } from 'integrations-kit/testing'
import { expect, within } from 'storybook/test'

const meta = {
  title: 'Demo/Kinde connections',
  component: IntegrationsPage,
  parameters: { backend: 'kinde', mockKinde: { latency: 150 } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: /^Add a connection/ })).toBeVisible()
  },
}

/** The benchmark's Kinde catalog (`npm run bench`): 1,000 connections, listed in 10 pages of 100. */
export const ThousandConnections: Story = {
  name: '1,000 connections',
  parameters: { mockKinde: { connections: generateKindeConnections(1000, 7), latency: 0 } },
}
