/**
 * The page rearranged from its exported parts, with no private API: the filters in a sidebar, the
 * catalog as a list, the details inline next to it instead of a side panel. The host owns every
 * piece of state (search, category, status, selected connector, view) and shows it in its own
 * element, as it would mirror it into its router or analytics.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import {
  IntegrationsPageCategoryFilter,
  IntegrationsPageDetailsInline,
  IntegrationsPageGrid,
  IntegrationsPageHeader,
  IntegrationsPageRoot,
  IntegrationsPageSearch,
  IntegrationsPageStatusFilter,
  type CatalogStatusFilter,
  type ConnectionRef,
  type IntegrationsPageView,
  type ThemeAppearance,
} from 'integrations-kit'
import { generateConnectors } from 'integrations-kit/testing'
import { mockOAuthUrls } from './decorators'

// The host's own layout CSS: a sidebar, the list, the details. Two classes per selector, so it
// wins over the default look wherever both set the same property.
const hostCss = `
.host-rearranged { padding: 24px; }
.host-rearranged .host-layout {
  display: grid;
  grid-template-columns: minmax(180px, 220px) minmax(300px, 1fr) minmax(340px, 1.25fr);
  gap: 24px;
  align-items: start;
  margin-top: 20px;
}
.host-rearranged .host-sidebar { display: grid; gap: 8px; }
.host-rearranged .host-sidebar-title {
  margin: 12px 0 0;
  font-size: 13px;
  font-weight: 600;
  color: var(--ik-text-muted);
}
.host-rearranged .host-filter { flex-direction: column; align-items: stretch; width: 100%; }
.host-rearranged .host-list { display: grid; gap: 4px; min-width: 0; }
.host-rearranged .host-details {
  position: sticky;
  top: 16px;
  max-height: calc(100vh - 32px);
  overflow: auto;
}
.host-rearranged .host-placeholder {
  margin: 0;
  padding: 32px 24px;
  border: 1px dashed var(--ik-border-strong);
  border-radius: var(--ik-radius-card);
  color: var(--ik-text-muted);
  text-align: center;
}
.host-rearranged .host-state {
  margin-top: 24px;
  padding: 12px 16px;
  border-radius: var(--ik-radius);
  background: var(--ik-surface-2);
  font: 12px/1.6 ui-monospace, monospace;
}
.host-rearranged .host-state dl { display: grid; grid-template-columns: auto 1fr; gap: 0 12px; margin: 0; }
.host-rearranged .host-state dd { margin: 0; }
@media (max-width: 900px) {
  .host-rearranged .host-layout { grid-template-columns: minmax(0, 1fr); }
  .host-rearranged .host-details { position: static; max-height: none; }
}
`

function keyOf(ref: ConnectionRef | null): string {
  return ref ? `${ref.unifiedApi}/${ref.serviceId}` : '—'
}

function RearrangedPage({ appearance = 'light' }: { appearance?: ThemeAppearance }) {
  // Host-owned state: the page follows it and asks for changes through the on…Change callbacks.
  const [search, setSearch] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const [status, setStatus] = useState<CatalogStatusFilter>('all')
  const [selected, setSelected] = useState<ConnectionRef | null>(null)
  const [view, setView] = useState<IntegrationsPageView>('catalog')
  return (
    <>
      <style>{hostCss}</style>
      <IntegrationsPageRoot
        className="host-rearranged"
        theme={{ appearance }}
        search={search}
        onSearchChange={setSearch}
        category={category}
        onCategoryChange={setCategory}
        status={status}
        onStatusChange={setStatus}
        selected={selected}
        onSelectedChange={setSelected}
        view={view}
        onViewChange={setView}
      >
        <IntegrationsPageHeader description="Filters on the side, a list, and the details right next to it." />
        <div className="host-layout">
          <div className="host-sidebar">
            <h3 className="host-sidebar-title">Show</h3>
            <IntegrationsPageStatusFilter variant="chips" className="host-filter" />
            <h3 className="host-sidebar-title">Category</h3>
            <IntegrationsPageCategoryFilter className="host-filter" />
          </div>
          <div className="host-list">
            <IntegrationsPageSearch />
            <IntegrationsPageGrid layout="list" />
          </div>
          <IntegrationsPageDetailsInline
            className="host-details"
            redirectUri={mockOAuthUrls().redirectUri}
            placeholder={
              <p className="host-placeholder">Pick an integration to see its details here.</p>
            }
          />
        </div>
        <section className="host-state" aria-label="Host state">
          <dl>
            <dt>search</dt>
            <dd data-host-state="search">{search || '—'}</dd>
            <dt>category</dt>
            <dd data-host-state="category">{category ?? 'all'}</dd>
            <dt>status</dt>
            <dd data-host-state="status">{status}</dd>
            <dt>selected</dt>
            <dd data-host-state="selected">{keyOf(selected)}</dd>
            <dt>view</dt>
            <dd data-host-state="view">{view}</dd>
          </dl>
        </section>
      </IntegrationsPageRoot>
    </>
  )
}

const meta = {
  title: 'Recipes/Rearranged',
  component: RearrangedPage,
  parameters: { mockVault: { connectors: generateConnectors(24, 1) } },
} satisfies Meta<typeof RearrangedPage>

export default meta
type Story = StoryObj<typeof meta>

export const SidebarListInlineDetails: Story = {
  name: 'Sidebar filters, list, inline details',
}

export const Dark: Story = {
  args: { appearance: 'dark' },
}
