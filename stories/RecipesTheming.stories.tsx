/**
 * Theming: `theme` props (appearance, accent, radius, density, font) and, beyond them, any `--ik-*`
 * token through `style`. The accent's text colour is picked by contrast automatically.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage, type ThemeStyle } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'

const meta = {
  title: 'Recipes/Theming',
  component: IntegrationsPage,
  parameters: { mockVault: { connectors: generateConnectors(24, 1) } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

export const LightAccent: Story = {
  name: 'Light accent (dark text on it)',
  args: { theme: { accentColor: '#ffd60a', radius: 'small' } },
}

export const Compact: Story = {
  args: { theme: { density: 'compact', radius: 'none', accentColor: '#0d74ce' } },
}

export const SystemAppearance: Story = {
  args: { theme: { appearance: 'system' } },
}

const tokens: ThemeStyle = {
  '--ik-bg': '#f7f4ee',
  '--ik-surface': '#fffdf8',
  '--ik-border': '#e6dfd1',
  '--ik-accent': '#1f6f5c',
  '--ik-accent-text-light': '#1f6f5c',
  '--ik-font-family': 'Georgia, serif',
}

export const TokenOverrides: Story = {
  args: { style: tokens },
}
