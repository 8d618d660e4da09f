import type { Meta, StoryObj } from '@storybook/react-vite'
import { ConnectionSettingsForm, IntegrationsRoot } from 'integrations-kit'
import { expect, userEvent } from 'storybook/test'
import { acme } from './forms-fixtures'

function Demo({ only }: { only?: string[] }) {
  return (
    <IntegrationsRoot style={{ maxWidth: 560 }}>
      <ConnectionSettingsForm
        connectionRef={{ unifiedApi: 'crm', serviceId: 'acme' }}
        only={only}
      />
    </IntegrationsRoot>
  )
}

const meta = {
  title: 'Forms/ConnectionSettingsForm',
  component: Demo,
  parameters: { mockVault: { connectors: [acme] } },
} satisfies Meta<typeof Demo>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText(/^Subdomain/)).toBeInTheDocument()
  },
}

export const Loading: Story = {
  parameters: { mockVault: { connectors: [acme], latency: 1_000_000 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading settings…')).toBeInTheDocument()
  },
}

export const LoadError: Story = {
  parameters: {
    mockVault: {
      connectors: [acme],
      faults: [{ match: { method: 'GET', times: Infinity }, fault: { status: 403 } }],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Retry' })).toBeInTheDocument()
  },
}

export const ValidationErrors: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText('Subdomain is required')).toBeInTheDocument()
  },
}

export const Connected: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/^Subdomain/), 'tenant')
    await userEvent.type(canvas.getByLabelText(/^API key/), 'sk_live_123')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText('Connected')).toBeInTheDocument()
  },
}

export const InvalidCredentials: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/^Subdomain/), 'tenant')
    await userEvent.type(canvas.getByLabelText(/^API key/), 'invalid')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByText(/Could not connect/)).toBeInTheDocument()
  },
}

export const SaveFailed: Story = {
  parameters: {
    mockVault: {
      connectors: [acme],
      faults: [
        {
          match: { method: 'PATCH' },
          fault: {
            status: 500,
            body: {
              status_code: 500,
              error: 'Server Error',
              type_name: 'ServerError',
              message: 'Upstream is down',
            },
          },
        },
      ],
    },
  },
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/^Subdomain/), 'tenant')
    await userEvent.type(canvas.getByLabelText(/^API key/), 'sk_live_123')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /could not be saved\. The service ran into a problem\. Try again in a moment\./,
    )
    await expect(canvas.queryByText(/Upstream is down/)).toBeNull()
    await expect(canvas.getByLabelText(/^Subdomain/)).toHaveValue('tenant')
  },
}

export const RequiredForAuthorization: Story = {
  args: { only: ['subdomain', 'api_key'] },
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText(/^API key/)).toBeInTheDocument()
    await expect(canvas.queryByLabelText('Region')).toBeNull()
  },
}
