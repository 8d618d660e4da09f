/**
 * Headless use: `unstyled` keeps every slot and state attribute but drops the default look, so a
 * host styles `[data-ik-slot]` / `data-state` with its own CSS (or Tailwind's data-[…] variants).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'

const hostCss = `
.host-page { font: 14px/1.5 Georgia, serif; padding: 24px; }
.host-page [data-ik-slot='grid-list'] { display: flex; flex-direction: column; gap: 4px; padding: 0; }
.host-page [data-ik-slot='grid-item'] { list-style: none; }
.host-page [data-ik-slot='card'] { padding: 8px; border: 1px solid #ccc; }
.host-page [data-ik-slot='card-button'] { display: flex; gap: 12px; align-items: center; width: 100%; padding: 0; background: none; border: 0; text-align: start; font: inherit; cursor: pointer; }
.host-page [data-ik-slot='card-description'] { margin: 4px 0 0 36px; color: #555; }
.host-page [data-ik-slot='card'][data-ik-tone='success'] { border-color: #2f7d32; }
.host-page [data-ik-slot='logo'] img { width: 24px; height: 24px; }
.host-page [data-ik-slot='badge'] { margin-inline-start: auto; font-style: italic; }
.host-page [data-ik-slot='icon'] { width: 14px; height: 14px; }
.host-page [data-ik-slot='filter'] { display: flex; gap: 8px; border: 0; padding: 0; }
.host-page [data-ik-slot='filter-option'][data-state='on'] { text-decoration: underline; }
`

function HeadlessPage() {
  return (
    <>
      <style>{hostCss}</style>
      <IntegrationsPage unstyled className="host-page" />
    </>
  )
}

const meta = {
  title: 'Recipes/Headless',
  component: HeadlessPage,
  parameters: { mockVault: { connectors: generateConnectors(12, 1) } },
} satisfies Meta<typeof HeadlessPage>

export default meta
type Story = StoryObj<typeof meta>

export const Unstyled: Story = {}
