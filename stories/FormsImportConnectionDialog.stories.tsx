import type { Meta, StoryObj } from '@storybook/react-vite'
import { ImportConnectionDialog, IntegrationsRoot, useConnection } from 'integrations-kit'
import { expect, screen, userEvent, waitFor } from 'storybook/test'
import { hubspotAvailable } from './forms-fixtures'

function Demo({ defaultOpen }: { defaultOpen?: boolean }) {
  const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'hubspot' })
  return (
    <IntegrationsRoot>
      <p data-ik-slot="settings-form-status">State: {data?.state ?? '…'}</p>
      <ImportConnectionDialog connection={hubspotAvailable} defaultOpen={defaultOpen} />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Forms/ImportConnectionDialog',
  component: Demo,
  parameters: { mockVault: { connectors: [hubspotAvailable] } },
} satisfies Meta<typeof Demo>

export default meta
type Story = StoryObj<typeof meta>

export const Closed: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Import connection' })).toBeInTheDocument()
  },
}

export const Open: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await expect(
      await screen.findByRole('dialog', { name: 'Import a HubSpot connection' }),
    ).toBeInTheDocument()
  },
}

export const Imported: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Import connection' }))
    await userEvent.type(await screen.findByLabelText(/^Access token/), 'at-demo-123')
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await expect(await canvas.findByText(/State: (callable|authorized)/)).toBeInTheDocument()
  },
}

export const ImportFailed: Story = {
  args: { defaultOpen: true },
  parameters: {
    mockVault: {
      connectors: [hubspotAvailable],
      faults: [
        {
          match: { method: 'POST' },
          fault: {
            status: 409,
            body: {
              status_code: 409,
              error: 'Conflict',
              type_name: 'ConflictError',
              message: 'Already connected',
            },
          },
        },
      ],
    },
  },
  play: async () => {
    await userEvent.type(await screen.findByLabelText(/^Access token/), 'at-demo-123')
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be imported\. It was changed somewhere else at the same time\./,
    )
  },
}
