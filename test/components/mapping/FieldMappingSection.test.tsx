// @module-tag panel
/**
 * The Field mapping section over the spec-checking mock Vault (its seeded Salesforce connection has
 * a required mapping left empty, one the consumer made and one the application owner made): the
 * list, the missing-required status, mapping by custom field, by schema property and by JSONPath
 * with the live preview, the three source requests (parallel, cached), and delete only for
 * consumer-owned mappings. Driven by role and accessible name, keyboard included.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ConnectionDetails } from 'integrations-kit'
import type { MockVault } from 'integrations-kit/testing/msw'
import { renderWithProviders } from '../../utils'
import { serveMockVault } from '../vault-panel-setup'

const mockVault = serveMockVault()

async function openSalesforce() {
  const { vault, adapter } = mockVault.start()
  renderWithProviders(
    <ConnectionDetails connectionRef={{ unifiedApi: 'crm', serviceId: 'salesforce' }} />,
    { adapter },
  )
  const section = await screen.findByRole('region', { name: 'Field mapping' })
  return { section, mock: vault }
}

const sourceRequests = (mock: MockVault) =>
  mock.requests.filter((request) => /\/leads\/(custom-fields|schema|example)$/.test(request.path))

const row = (section: HTMLElement, label: string) =>
  within(section).getByText(label, { selector: 'strong' }).closest('li') as HTMLElement

describe('Field mapping section', () => {
  it('lists each mapping with its required mark and source, and says required ones are missing', async () => {
    const { section } = await openSalesforce()
    const missing = row(section, 'Lead source detail')
    expect(within(missing).getByText('Required')).toBeVisible()
    expect(within(missing).getByText('Not mapped')).toBeVisible()
    expect(within(row(section, 'Region')).getByText('$.Region__c')).toBeVisible()
    expect(within(row(section, 'Annual revenue')).getByText('$.AnnualRevenue')).toBeVisible()
    expect(within(row(section, 'Annual revenue')).queryByText('Required')).toBeNull()
    const status = screen.getByRole('region', { name: 'Status' })
    expect(within(status).getByText('Missing required field mappings.')).toBeVisible()
    // "Map fields" takes keyboard users to the section.
    await userEvent.click(within(status).getByRole('button', { name: 'Map fields' }))
    expect(within(section).getByRole('heading', { name: 'Field mapping' })).toHaveFocus()
  })

  it('offers Remove only on mappings the consumer made', async () => {
    const { section } = await openSalesforce()
    expect(
      within(section).getByRole('button', { name: 'Remove the mapping of Region' }),
    ).toBeVisible()
    expect(
      within(section).queryByRole('button', { name: /Remove the mapping of Annual/ }),
    ).toBeNull()
    expect(within(section).queryByRole('button', { name: /Remove the mapping of Lead/ })).toBeNull()
  })

  it('maps a required field by custom field: three source requests in parallel, cached; the status clears', async () => {
    const { section, mock } = await openSalesforce()
    const user = userEvent.setup()
    await user.click(within(section).getByRole('button', { name: 'Map field: Lead source detail' }))
    const dialog = await screen.findByRole('dialog', { name: 'Map Lead source detail' })
    const option = await within(dialog).findByRole('radio', { name: /Lead source detail/ })
    expect(within(dialog).getByText('Example: Spring webinar')).toBeVisible()
    expect(
      sourceRequests(mock)
        .map((request) => request.path.split('/').at(-1))
        .sort(),
    ).toEqual(['custom-fields', 'example', 'schema'])
    await user.click(option)
    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    const saved = mock.requests.find((request) => request.method === 'POST')
    expect(saved?.path).toBe(
      '/vault/custom-mappings/crm/salesforce/crm%2Bleads%2Blead_source_detail',
    )
    expect(saved?.body).toEqual({ value: '$.LeadSourceDetail__c' })
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Lead source detail is mapped.',
    )
    expect(
      within(row(section, 'Lead source detail')).getByText('$.LeadSourceDetail__c'),
    ).toBeVisible()
    await waitFor(() => expect(screen.queryByText('Missing required field mappings.')).toBeNull())
    // Focus is back on the row's button, which now edits; reopening fetches no source again.
    const edit = within(section).getByRole('button', {
      name: 'Edit the mapping of Lead source detail',
    })
    expect(edit).toHaveFocus()
    await user.keyboard('{Enter}')
    await screen.findByRole('dialog', { name: 'Map Lead source detail' })
    expect(sourceRequests(mock)).toHaveLength(3)
  })

  it('maps by a property of the resource (nested ones listed), with PATCH for a mapped field', async () => {
    const { section, mock } = await openSalesforce()
    const user = userEvent.setup()
    await user.click(
      within(section).getByRole('button', { name: 'Edit the mapping of Annual revenue' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Map Annual revenue' })
    await user.click(within(dialog).getByRole('radio', { name: 'Resource property' }))
    const select = await within(dialog).findByRole('combobox', { name: 'Property of Leads' })
    expect(within(select).getByRole('option', { name: /City \(string\)/ })).toBeInTheDocument()
    await user.selectOptions(select, '$.Address.City')
    expect(within(dialog).getByText('$.Address.City')).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    const saved = mock.requests.find((request) => request.method === 'PATCH')
    expect(saved?.path).toBe('/vault/custom-mappings/crm/salesforce/crm%2Bleads%2Bannual_revenue')
    expect(saved?.body).toEqual({ value: '$.Address.City' })
    expect(await within(row(section, 'Annual revenue')).findByText('$.Address.City')).toBeVisible()
  })

  it('maps by JSONPath with a live preview of the example, as text, and clear errors', async () => {
    const { section, mock } = await openSalesforce()
    const user = userEvent.setup()
    await user.click(within(section).getByRole('button', { name: 'Map field: Lead source detail' }))
    const dialog = await screen.findByRole('dialog', { name: 'Map Lead source detail' })
    await user.click(within(dialog).getByRole('radio', { name: 'Advanced (JSONPath)' }))
    const input = within(dialog).getByRole('textbox', { name: 'JSONPath' })
    const preview = () => within(dialog).getByRole('status')
    await user.type(input, '$.Address.City')
    await waitFor(() => expect(preview()).toHaveTextContent('London'))
    await user.clear(input)
    await user.type(input, '$.Tags[[*]')
    expect(preview()).toHaveTextContent('2 matches')
    expect(preview()).toHaveTextContent('priority')
    await user.clear(input)
    await user.type(input, '$.Nope')
    expect(preview()).toHaveTextContent('Matches nothing in the example.')
    await user.clear(input)
    await user.type(input, '$.Tags[[0:1]')
    expect(preview()).toHaveTextContent(
      'Filters, slices and lists of keys are not supported (at character 9).',
    )
    await user.clear(input)
    await user.type(input, 'Name')
    expect(preview()).toHaveTextContent('A path starts with $.')
    // Saving an empty path asks for a source instead of sending one.
    await user.clear(input)
    await user.click(within(dialog).getByRole('button', { name: 'Save mapping' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a source first.')
    expect(mock.requests.some((request) => request.method === 'POST')).toBe(false)
    await user.type(input, '$.LeadSource{Enter}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(mock.requests.find((request) => request.method === 'POST')?.body).toEqual({
      value: '$.LeadSource',
    })
    expect(
      await within(row(section, 'Lead source detail')).findByText('$.LeadSource'),
    ).toBeVisible()
  })

  it('removes a consumer-owned mapping and says so; the field is then not mapped', async () => {
    const { section, mock } = await openSalesforce()
    const user = userEvent.setup()
    await user.click(within(section).getByRole('button', { name: 'Remove the mapping of Region' }))
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'The mapping of Region is removed.',
    )
    const deleted = mock.requests.find((request) => request.method === 'DELETE')
    expect(deleted?.path).toBe('/vault/custom-mappings/crm/salesforce/crm%2Bleads%2Bregion')
    const region = row(section, 'Region')
    await waitFor(() => expect(within(region).getByText('Not mapped')).toBeVisible())
    expect(within(region).queryByRole('button', { name: /Remove/ })).toBeNull()
    expect(within(region).getByRole('button', { name: 'Map field: Region' })).toHaveFocus()
  })
})
