/**
 * The full page on records nobody would design for (stories/hostile-fixtures.ts): names and help
 * of any length, right-to-left names, a right-to-left override character, emoji and markup. Text
 * wraps or is cut with its full text kept, nothing leaves its card, panel or dialog, markup stays
 * text, and a name cannot reorder the sentence around it. test/e2e/hostile-data.e2e.ts measures it
 * in Chromium in light and dark, left-to-right and right-to-left, and writes the screenshots.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage } from 'integrations-kit'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { arabic } from './arabic-messages'
import { mockOAuthUrls } from './decorators'
import { HOSTILE_FORM, hostileCatalog, LONG_UNBROKEN_NAME } from './hostile-fixtures'

const meta = {
  title: 'Demo/Hostile data',
  component: IntegrationsPage,
  parameters: { mockVault: { connectors: hostileCatalog() } },
  args: { redirectUri: mockOAuthUrls().redirectUri },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

const rightToLeft = { locale: 'ar', messages: arabic }
const dark = { theme: { appearance: 'dark' } } as const

/** Markup in a name is text: the card is named by it, and no element comes out of it. */
export const HostileData: Story = {
  name: 'Hostile data',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('button', { name: /^<img src=x onerror=alert\(1\)>/ }),
    ).toBeVisible()
    await expect(canvasElement.querySelector('img[src="x"], script')).toBeNull()
  },
}

export const Dark: Story = { args: dark }

export const RightToLeft: Story = { name: 'Right-to-left', args: rightToLeft }

export const RightToLeftDark: Story = {
  name: 'Right-to-left, dark',
  args: { ...rightToLeft, ...dark },
}

/**
 * The connector with the long settings form, its long resource expanded: axe checks the panel in
 * both appearances (the catalog stories above cover the page).
 */
export const DetailsOpen: Story = {
  name: 'Details open',
  args: HOSTILE_FORM,
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: `${LONG_UNBROKEN_NAME} Form` })
    // The panel fades in: its content is visible once the entrance animation has started.
    const manage = within(dialog).getByRole('heading', { name: 'Manage' })
    await waitFor(() => expect(manage).toBeVisible(), { timeout: 5_000 })
    await userEvent.click(within(dialog).getByRole('button', { name: /^TimeOffRequests/ }))
    await expect(
      await within(dialog).findByRole('combobox', { name: /^DefaultOwner/ }),
    ).toBeVisible()
  },
}

export const DetailsOpenDark: Story = {
  name: 'Details open, dark',
  args: { ...HOSTILE_FORM, ...dark },
  play: DetailsOpen.play,
}
