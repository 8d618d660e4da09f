// @module-tag panel
// @module-tag property
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import fc from 'fast-check'
import { useController } from 'react-hook-form'
import { FORM_FIELD_TYPES, toDefaultValues } from '../../../../src/forms/form-fields'
import type { FormField } from '../../../../src/types'
import { FieldRegistryProvider } from '../../../../components/forms/fields/FieldRegistryProvider'
import type { FieldComponentProps } from '../../../../components/forms/fields/types'
import { FieldsHarness } from '../harness'

function renderFields(fields: FormField[], settings?: Record<string, unknown>) {
  const onSubmit = vi.fn()
  const user = userEvent.setup()
  const view = render(<FieldsHarness fields={fields} settings={settings} onSubmit={onSubmit} />)
  return { ...view, onSubmit, user }
}

async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Submit' }))
}

describe('given one field of every type', () => {
  const specTypes = [
    'text',
    'checkbox',
    'tel',
    'email',
    'url',
    'textarea',
    'select',
    'filtered-select',
    'multi-select',
    'datetime',
    'date',
    'time',
    'number',
    'password',
  ]
  const fields: FormField[] = [
    ...specTypes.map((type) => ({
      id: `field_${type}`,
      label: `Label ${type}`,
      type,
      options:
        type === 'filtered-select'
          ? [{ id: 'p', label: 'P', options: [{ label: 'One', value: 1 }] }]
          : [{ label: 'One', value: 1 }],
      filter: type === 'filtered-select' ? { key: 'id', value: 'field_text' } : null,
    })),
    { id: 'webhook', label: 'Label copy', type: 'copy', value: 'https://hooks.example.com/1' },
    { id: 'where', label: 'Label location', type: 'location' },
    { id: 'note', label: 'Read this first', type: 'info', description: 'Plain <b>text</b> only' },
  ]

  it('renders a labelled control for each', () => {
    renderFields(fields)
    for (const type of [...specTypes, 'copy', 'location']) {
      expect(screen.getByLabelText(`Label ${type}`)).toBeInTheDocument()
    }
    expect(screen.getByLabelText('Label datetime')).toHaveAttribute('type', 'datetime-local')
    expect(screen.getByLabelText('Label number')).toHaveAttribute('type', 'number')
    expect(screen.getByLabelText('Label password')).toHaveAttribute('type', 'password')
    expect(screen.getByLabelText('Label multi-select')).toHaveAttribute('role', 'group')
  })

  it('shows info text as text, never as HTML', () => {
    const { container } = renderFields(fields)
    expect(screen.getByText('Read this first')).toBeVisible()
    expect(screen.getByText('Plain <b>text</b> only')).toBeVisible()
    expect(container.querySelector('b')).toBeNull()
  })
})

describe('given hidden, deprecated and disabled fields', () => {
  const fields: FormField[] = [
    { id: 'shown', label: 'Shown', type: 'text', value: 'a' },
    { id: 'secret_hidden', label: 'Hidden', type: 'text', hidden: true, value: 'h' },
    { id: 'old', label: 'Old', type: 'text', deprecated: true, value: 'o' },
    { id: 'fixed', label: 'Fixed', type: 'text', disabled: true, value: 'f' },
    {
      id: 'mode',
      label: 'Mode',
      type: 'select',
      disabled: true,
      value: 2,
      options: [{ label: 'Two', value: 2 }],
    },
  ]

  it('does not show hidden ones, shows disabled ones read-only, and submits them all', async () => {
    const { onSubmit, user } = renderFields(fields)
    expect(screen.queryByLabelText('Hidden')).toBeNull()
    expect(screen.queryByLabelText('Old')).toBeNull()
    expect(screen.getByLabelText('Fixed')).toHaveAttribute('readonly')
    expect(screen.getByLabelText('Mode')).toHaveValue('Two')
    await user.type(screen.getByLabelText('Fixed'), 'zzz')
    await submit(user)
    await waitFor(() => expect(onSubmit).toHaveBeenCalled())
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      shown: 'a',
      secret_hidden: 'h',
      old: 'o',
      fixed: 'f',
      mode: 2,
    })
  })
})

describe('given arbitrary remote field lists (property)', () => {
  const fieldTypes = fc.oneof(fc.constantFrom(...FORM_FIELD_TYPES), fc.string({ maxLength: 8 }))
  const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean())
  const option = fc.oneof(
    fc.record({ label: fc.string({ maxLength: 6 }), value: scalar }),
    fc.record({
      id: fc.string({ maxLength: 4 }),
      label: fc.string({ maxLength: 6 }),
      options: fc.array(fc.record({ label: fc.string({ maxLength: 4 }), value: scalar }), {
        maxLength: 3,
      }),
    }),
    fc.anything({ maxDepth: 1 }),
  )
  const id = fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }),
    fc.constantFrom('a.b', 'x[0]', "q'uote", '日本語', '0', '__proto__', 'constructor', 'a]b'),
  )
  const fieldArb = fc.record(
    {
      id,
      label: fc.string({ maxLength: 10 }),
      type: fieldTypes,
      value: fc.option(fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { nil: undefined }),
      required: fc.boolean(),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
      disabled: fc.option(fc.boolean(), { nil: undefined }),
      sensitive: fc.option(fc.boolean(), { nil: undefined }),
      allow_custom_values: fc.option(fc.boolean(), { nil: undefined }),
      prefix: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
      options: fc.option(fc.array(option, { maxLength: 4 }), { nil: undefined }),
    },
    { requiredKeys: ['id', 'label', 'type'] },
  )
  const fieldList = fc.uniqueArray(fieldArb, { maxLength: 6, selector: (field) => field.id })

  it('renders without throwing and submits exactly the initial values', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await fc.assert(
      fc.asyncProperty(fieldList, async (generated) => {
        // Required and format checks would (rightly) block submitting random values.
        const fields = (generated as FormField[]).map((field) => ({
          ...field,
          required: false,
          type: ['email', 'url', 'tel', 'number', 'date', 'time', 'datetime'].includes(field.type)
            ? 'text'
            : field.type,
        }))
        const onSubmit = vi.fn()
        const view = render(<FieldsHarness fields={fields} onSubmit={onSubmit} />)
        view.getByRole('button', { name: 'Submit' }).click()
        await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
        expect(onSubmit.mock.calls[0]?.[0]).toEqual(toDefaultValues(fields))
        view.unmount()
      }),
      { numRuns: 40 },
    )
  })
})

describe('given a required email field', () => {
  const fields: FormField[] = [
    {
      id: 'email',
      label: 'Email',
      type: 'email',
      required: true,
      description: 'Where we write to',
    },
  ]

  it('marks it required and ties the error to the control', async () => {
    const { onSubmit, user } = renderFields(fields)
    const input = screen.getByRole('textbox', { name: /Email.*required/ })
    expect(input).toHaveAccessibleDescription('Where we write to')
    await submit(user)
    expect(await screen.findByRole('alert')).toHaveTextContent('Email is required')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Where we write to Email is required')
    expect(input).toHaveFocus()
    await user.type(input, 'nope')
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a valid email address')
    await user.clear(input)
    await user.type(input, 'ops@acme.com{Enter}')
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ email: 'ops@acme.com' }))
    expect(input).not.toHaveAttribute('aria-invalid')
  })
})

describe('given a filtered-select', () => {
  const fields: FormField[] = [
    {
      id: 'pipeline_id',
      label: 'Pipeline',
      type: 'select',
      options: [
        { label: 'Sales', value: 'sales' },
        { label: 'Hiring', value: 'hiring' },
      ],
    },
    {
      id: 'stage_id',
      label: 'Stage',
      type: 'filtered-select',
      filter: { key: 'id', value: 'pipeline_id' },
      options: [
        {
          id: 'sales',
          label: 'Sales',
          options: [
            { label: 'Lead', value: 'lead' },
            { label: 'Won', value: 'won' },
          ],
        },
        { id: 'hiring', label: 'Hiring', options: [{ label: 'Interview', value: 'interview' }] },
      ],
    },
  ]

  it('shows the options of the chosen parent and resets when the parent changes', async () => {
    const { onSubmit, user } = renderFields(fields)
    const stage = screen.getByRole('combobox', { name: 'Stage' })
    expect(stage).toHaveAccessibleDescription('Choose Pipeline first.')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pipeline' }), 'Sales')
    expect(
      within(stage)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select…', 'Lead', 'Won'])
    await user.selectOptions(stage, 'Won')
    expect(stage).toHaveDisplayValue('Won')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pipeline' }), 'Hiring')
    expect(stage).toHaveDisplayValue('Select…')
    expect(within(stage).queryByRole('option', { name: 'Won' })).toBeNull()
    await user.selectOptions(stage, 'Interview')
    await submit(user)
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ pipeline_id: 'hiring', stage_id: 'interview' }),
    )
  })
})

describe('given a sensitive field', () => {
  const fields: FormField[] = [
    { id: 'api_key', label: 'API key', type: 'text', sensitive: true, value: 's3cr3t' },
  ]

  it('masks the value and reveals it with a pressed toggle', async () => {
    const { user } = renderFields(fields)
    const input = screen.getByLabelText('API key')
    expect(input).toHaveAttribute('type', 'password')
    expect(input).toHaveAttribute('autocomplete', 'new-password')
    expect(input).toHaveAttribute('spellcheck', 'false')
    const toggle = screen.getByRole('button', { name: 'Show API key' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(input).toHaveAttribute('type', 'text')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    toggle.focus()
    await user.keyboard(' ')
    expect(input).toHaveAttribute('type', 'password')
  })
})

describe('given prefix and suffix adornments', () => {
  const fields: FormField[] = [
    { id: 'shop', label: 'Shop', type: 'text', prefix: 'https://', suffix: '.myshopify.com' },
  ]

  it('shows them, describes the input with them and trims them from a paste', async () => {
    const { onSubmit, user } = renderFields(fields)
    const input = screen.getByLabelText('Shop')
    expect(screen.getByText('https://')).toBeVisible()
    expect(input).toHaveAccessibleDescription('https:// .myshopify.com')
    await user.click(input)
    await user.paste('https://acme.myshopify.com')
    expect(input).toHaveValue('acme')
    await submit(user)
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ shop: 'acme' }))
  })
})

describe('given a multi-select', () => {
  const fields: FormField[] = [
    {
      id: 'tags',
      label: 'Tags',
      type: 'multi-select',
      allow_custom_values: true,
      value: ['b', 'legacy'],
      options: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
    },
  ]

  it('holds one array value, keeps unknown saved values, and takes custom values by keyboard', async () => {
    const { onSubmit, user } = renderFields(fields)
    const group = screen.getByRole('group', { name: 'Tags' })
    expect(within(group).getByRole('checkbox', { name: 'legacy' })).toBeChecked()
    await user.click(within(group).getByRole('checkbox', { name: 'A' }))
    await user.click(within(group).getByRole('checkbox', { name: 'B' }))
    await user.type(screen.getByRole('textbox', { name: 'Other value for Tags' }), 'zeta{Enter}')
    expect(onSubmit).not.toHaveBeenCalled()
    await submit(user)
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ tags: ['legacy', 'a', 'zeta'] }))
  })
})

describe('given a select with allow_custom_values', () => {
  it('offers the options as suggestions and keeps an option value typed', async () => {
    const fields: FormField[] = [
      {
        id: 'size',
        label: 'Size',
        type: 'select',
        allow_custom_values: true,
        options: [{ label: 'Ten', value: 10 }],
      },
    ]
    const { onSubmit, user, container } = renderFields(fields)
    const input = screen.getByRole('combobox', { name: 'Size' })
    expect(
      container.querySelector(`datalist#${CSS.escape(input.getAttribute('list') ?? '')} option`),
    ).toHaveValue('10')
    await user.type(input, '10')
    await submit(user)
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ size: 10 }))
  })
})

describe('given a copy field', () => {
  const fields: FormField[] = [
    { id: 'webhook', label: 'Webhook URL', type: 'copy', value: 'https://hooks.example.com/1' },
  ]

  it('copies the value and announces it', async () => {
    const { user } = renderFields(fields)
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    expect(screen.getByLabelText('Webhook URL')).toHaveAttribute('readonly')
    await user.click(screen.getByRole('button', { name: 'Copy Webhook URL' }))
    expect(writeText).toHaveBeenCalledWith('https://hooks.example.com/1')
    expect(screen.getByRole('status')).toHaveTextContent('Copied')
  })

  it('says so when the clipboard refuses', async () => {
    const { user } = renderFields(fields)
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy Webhook URL' }))
    expect(screen.getByRole('status')).toHaveTextContent(/Could not copy/)
  })
})

describe('given registry overrides', () => {
  function FancySelect({ definition, name }: FieldComponentProps) {
    const { field } = useController({ name })
    return (
      <button type="button" onClick={() => field.onChange('fancy')}>
        Fancy {definition.label}
      </button>
    )
  }

  function FancyText({ definition }: FieldComponentProps) {
    return <p>App-wide {definition.label}</p>
  }

  it('merges defaults, provider and per-form overrides, the form winning', async () => {
    const fields: FormField[] = [
      { id: 'kind', label: 'Kind', type: 'select' },
      { id: 'name', label: 'Name', type: 'text' },
      { id: 'count', label: 'Count', type: 'number' },
    ]
    const onSubmit = vi.fn()
    const user = userEvent.setup()
    render(
      <FieldRegistryProvider fields={{ text: FancyText, select: FancyText }}>
        <FieldsHarness fields={fields} registry={{ select: FancySelect }} onSubmit={onSubmit} />
      </FieldRegistryProvider>,
    )
    expect(screen.getByText('App-wide Name')).toBeInTheDocument()
    expect(screen.getByLabelText('Count')).toHaveAttribute('type', 'number')
    await user.click(screen.getByRole('button', { name: 'Fancy Kind' }))
    await submit(user)
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ kind: 'fancy', name: '', count: null }),
    )
  })
})

describe('given an unknown type', () => {
  it('falls back to a text input', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderFields([{ id: 'x', label: 'Mystery', type: 'hologram' }])
    expect(screen.getByLabelText('Mystery')).toHaveAttribute('type', 'text')
  })
})

describe('keyboard', () => {
  it('fills a form with Tab, typing, Space and arrow keys, and submits with Enter', async () => {
    const fields: FormField[] = [
      { id: 'name', label: 'Name', type: 'text' },
      { id: 'on', label: 'On', type: 'checkbox' },
      { id: 'n', label: 'N', type: 'number' },
    ]
    const { onSubmit, user } = renderFields(fields)
    await user.tab()
    expect(screen.getByLabelText('Name')).toHaveFocus()
    await user.keyboard('Acme')
    await user.tab()
    await user.keyboard(' ')
    await user.tab()
    await user.keyboard('5{Enter}')
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: 'Acme', on: true, n: 5 }))
  })
})
