/**
 * The search box's own clear button (the native one is hidden in CSS): a real, named button that
 * appears once there is text, clears it and puts focus back in the box; Escape clears too.
 */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { CatalogSearch } from 'integrations-kit'

function Search({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial)
  return <CatalogSearch value={value} onValueChange={setValue} />
}

describe('CatalogSearch', () => {
  it('offers "Clear search" only while there is text', async () => {
    const user = userEvent.setup()
    render(<Search />)
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'sales')
    expect(screen.getByRole('button', { name: 'Clear search' })).toBeVisible()
  })

  it('clears with the button and returns focus to the box', async () => {
    const user = userEvent.setup()
    render(<Search initial="sales" />)
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    const box = screen.getByRole('searchbox')
    expect(box).toHaveValue('')
    expect(box).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull()
  })

  it('clears from the keyboard: Enter on the button, Escape in the box', async () => {
    const user = userEvent.setup()
    render(<Search />)
    const box = screen.getByRole('searchbox')
    await user.type(box, 'crm')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Clear search' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(box).toHaveValue('')
    expect(box).toHaveFocus()
    await user.type(box, 'hris')
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
  })

  it('still hands the input to the host ref', () => {
    let input: HTMLInputElement | null = null
    render(
      <CatalogSearch
        value=""
        onValueChange={() => {}}
        inputRef={(element) => {
          input = element
        }}
      />,
    )
    expect(input).toBe(screen.getByRole('searchbox'))
  })
})
