// @module-tag panel
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { serveMockVault } from '../../support/serve-mock-vault'
import {
  ConnectionDetails,
  ConnectionStatusBadge,
  ConnectorCard,
  createVaultAdapter,
  useConnectionDetails,
  type Connection,
} from 'integrations-kit'
import { createMockVault, generateConnectors, type MockVault } from 'integrations-kit/testing/msw'
import { render } from '@testing-library/react'
import { renderWithProviders } from '../../utils'

const { serve } = serveMockVault()
let vault: MockVault | undefined

const base = generateConnectors(1, 1)[0]!

function start(connection: Connection) {
  vault = createMockVault({ connectors: [connection] })
  serve(vault)
  return createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl })
}

function ServiceIdProbe() {
  const details = useConnectionDetails()
  return <p>slot sees {details?.connection.service_id}</p>
}

describe('given a connector with hostile URLs', () => {
  it('renders no link or image for javascript:/data:/http URLs and shows initials', async () => {
    const adapter = start({
      ...base,
      website: 'javascript:alert(1)',
      logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      icon: 'http://insecure.example/logo.png',
    })
    renderWithProviders(
      <ConnectionDetails
        connectionRef={{ unifiedApi: base.unified_api, serviceId: base.service_id }}
        actions={<button type="button">Custom action</button>}
        renderBody={(connection) => <p>body for {connection.name}</p>}
      >
        <ServiceIdProbe />
      </ConnectionDetails>,
      { adapter },
    )
    const dialog = await screen.findByRole('dialog', { name: base.name })
    await waitFor(() =>
      expect(within(dialog).getByText(`body for ${base.name}`)).toBeInTheDocument(),
    )
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument()
    expect(dialog.querySelector('img')).toBeNull()
    expect(dialog.querySelector('[data-ik-slot="logo"]')).toHaveAttribute('data-state', 'initials')
    expect(within(dialog).getByRole('button', { name: 'Custom action' })).toBeInTheDocument()
    expect(within(dialog).getByText(`slot sees ${base.service_id}`)).toBeInTheDocument()
  })

  it('links a safe website in a new tab without opener, and falls back to initials on a broken logo', async () => {
    const adapter = start({
      ...base,
      website: 'https://www.salesforce.com',
      logo: 'https://logos.example/s.svg',
    })
    renderWithProviders(
      <ConnectionDetails
        connectionRef={{ unifiedApi: base.unified_api, serviceId: base.service_id }}
      />,
      { adapter },
    )
    const dialog = await screen.findByRole('dialog', { name: base.name })
    const link = await within(dialog).findByRole('link', { name: /Website.*opens in a new tab/ })
    expect(link).toHaveAttribute('href', 'https://www.salesforce.com/')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    const image = dialog.querySelector('img')!
    expect(image).toHaveAttribute('src', 'https://logos.example/s.svg')
    fireEvent.error(image)
    expect(dialog.querySelector('img')).toBeNull()
    expect(dialog.querySelector('[data-ik-slot="logo"]')).toHaveAttribute('data-ik-initials', 'S')
  })
})

describe('the contract of stand-alone parts', () => {
  it('spreads unknown props, merges className and exposes state attributes', () => {
    const connection: Connection = { ...base, state: 'invalid', enabled: true, health: 'ok' }
    render(
      <>
        <ConnectorCard connection={connection} className="mine" data-foo="bar" />
        <ConnectionStatusBadge connection={connection} className="badge" data-testid="badge" />
      </>,
    )
    // className styles the card (the tile); other props go to its button.
    const button = screen.getByRole('button', { name: new RegExp(`^${base.name}`) })
    expect(button).toHaveAttribute('data-foo', 'bar')
    const card = button.closest('[data-ik-slot="card"]')
    expect(card).toHaveClass('mine')
    expect(card).toHaveAttribute('data-state', 'invalid')
    expect(card).toHaveAttribute('data-ik-status', 'invalid')
    expect(card).toHaveAttribute('data-ik-tone', 'danger')
    const badge = screen.getByTestId('badge')
    expect(badge).toHaveClass('badge')
    expect(badge).toHaveAttribute('data-ik-slot', 'badge')
    expect(badge).toHaveTextContent('Invalid credentials')
    // Text and an icon shape, never colour alone.
    expect(badge.querySelector('svg[data-ik-icon="danger"]')).not.toBeNull()
  })

  it('lets a host onClick cancel opening with preventDefault', () => {
    const opened: string[] = []
    render(
      <ConnectorCard
        connection={base}
        onOpen={(c) => opened.push(c.service_id)}
        onClick={(event) => event.preventDefault()}
      />,
    )
    fireEvent.click(screen.getByRole('button'))
    expect(opened).toEqual([])
  })
})
