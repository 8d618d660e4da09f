/**
 * The drop-in page against the story's mock Vault (stories/decorators.tsx): the first thing anyone
 * sees in Storybook. One story per visible state, plus theming, locales and scale.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { IntegrationsPage, type Messages } from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { expect, userEvent, within } from 'storybook/test'
import { de } from '../src/i18n/locales/de'

const catalog = generateConnectors(24, 1)

const meta = {
  title: 'Demo/Integrations page',
  component: IntegrationsPage,
  parameters: { mockVault: { connectors: catalog, latency: 250 } },
} satisfies Meta<typeof IntegrationsPage>

export default meta
type Story = StoryObj<typeof meta>

export const FullPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('button', { name: /^Salesforce/ })).toBeVisible()
    await expect(canvas.getByRole('list', { name: /^Connected/ })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { mockVault: { connectors: catalog, latency: 10 * 60 * 1000 } },
}

export const Empty: Story = {
  parameters: { mockVault: { connectors: [] } },
}

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: /^Salesforce/ })
    await userEvent.type(canvas.getByRole('searchbox'), 'nothing like this')
    await expect(canvas.getByRole('button', { name: 'Clear search' })).toBeVisible()
  },
}

export const LoadError: Story = {
  name: 'Error',
  parameters: {
    mockVault: {
      connectors: catalog,
      faults: [{ match: { method: 'GET', path: /\/vault\/connections$/ }, fault: { status: 401 } }],
    },
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

export const DetailsOpen: Story = {
  args: { unifiedApi: 'crm', serviceId: 'hubspot' },
}

export const Dark: Story = {
  args: { theme: { appearance: 'dark' } },
}

export const CustomTheme: Story = {
  args: {
    theme: { accentColor: '#e54666', radius: 'full', density: 'spacious' },
    title: 'Apps & integrations',
    description: 'Bring your tools together. Your data stays in sync automatically.',
  },
}

const arabic: Partial<Messages> = {
  'page.title': 'التكاملات',
  'page.description': 'اربط الأدوات التي يستخدمها فريقك.',
  'catalog.search.label': 'ابحث في التكاملات',
  'catalog.search.placeholder': 'ابحث بالاسم أو الفئة',
  'catalog.count.connectors': {
    zero: 'لا توجد تكاملات',
    one: 'تكامل واحد',
    two: 'تكاملان',
    few: '{count} تكاملات',
    many: '{count} تكاملًا',
    other: '{count} تكامل',
  },
  'catalog.count.connected': '{count} متصل',
  'catalog.filter.status.all': 'الكل',
  'catalog.filter.status.connected': 'متصل',
  'catalog.filter.status.available': 'متاح',
  'catalog.filter.category.all': 'الكل',
  'catalog.section.connected': 'متصل',
  'catalog.section.available': 'متاح',
  'status.connected': 'متصل',
  'status.not_connected': 'غير متصل',
}

export const RightToLeft: Story = {
  args: { locale: 'ar', messages: arabic },
}

export const German: Story = {
  args: { locale: 'de', messages: de },
}

export const ThousandConnectors: Story = {
  name: '1,000 connectors',
  parameters: { mockVault: { connectors: generateConnectors(1000, 42) } },
}
