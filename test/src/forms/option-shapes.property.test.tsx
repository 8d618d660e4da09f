// @module-tag property
/**
 * Every option shape Vault sends survives, in order, from the raw JSON of `GET /vault/connections/…`
 * (served by the spec-checking mock over MSW and read by the real client) into the form model
 * (`optionsFor`, what the select renders from), and into the rendered select's options.
 *
 * Shapes, from the spec's FormFieldOption (`SimpleFormFieldOption | FormFieldOptionGroup`, with
 * `option_type` "required" but often missing in real payloads) and real payloads: bare strings
 * (`["eu", "us"]`) and numbers, `{ label, value }` with scalar or list values, `{ value }` without a
 * label, groups `{ id?, label, options }`, all mixed. Junk (null, objects without a value, nested
 * objects as values) is generated too, and must be dropped without taking a valid neighbour with it.
 */
import { render, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { createVaultClient, type FormField, type FormFieldOption } from 'integrations-kit'
import { createMockVault } from 'integrations-kit/testing/msw'
import { optionsFor } from '../../../src/forms/form-fields'
import { FieldsHarness } from '../../components/forms/harness'
import { serveMockVault } from '../../support/serve-mock-vault'

/** A raw option as the API sends it, and the model option it must become (null: dropped). */
interface Sample {
  raw: unknown
  expected: FormFieldOption | null
}

const label = fc.string({ minLength: 1, maxLength: 12 })
const scalarValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  // JSON carries no -0 (it is written "0"): the value the response can send is 0.
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
)
const listValue = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 3 })
const optionType = (type: 'simple' | 'group') => fc.constantFrom({}, { option_type: type })

const valueText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

const bareOption: fc.Arbitrary<Sample> = fc
  .oneof(fc.string({ maxLength: 12 }), fc.integer())
  .map((value) => ({
    raw: value,
    expected: { label: String(value), value, option_type: 'simple' },
  }))

const objectOption: fc.Arbitrary<Sample> = fc
  .record({
    label: fc.option(label, { nil: undefined }),
    value: fc.oneof(scalarValue, listValue),
    extra: optionType('simple'),
  })
  .map(({ label: text, value, extra }) => ({
    raw: text === undefined ? { value, ...extra } : { label: text, value, ...extra },
    expected: { label: text ?? valueText(value), value, option_type: 'simple' },
  }))

const simpleOption = fc.oneof(bareOption, objectOption)

const junkOption: fc.Arbitrary<Sample> = fc
  .constantFrom<unknown>(
    null,
    { label: 'No value' },
    { label: 'Null value', value: null },
    { label: 'Object value', value: { a: 1 } },
    { label: 'Mixed list', value: [1, { a: 1 }] },
    [['nested']],
  )
  .map((raw) => ({ raw, expected: null }))

const groupOption: fc.Arbitrary<Sample> = fc
  .record({
    id: fc.option(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { nil: undefined }),
    label,
    children: fc.array(fc.oneof({ weight: 4, arbitrary: simpleOption }, junkOption), {
      maxLength: 4,
    }),
    extra: optionType('group'),
  })
  .map(({ id, label: text, children, extra }) => ({
    raw: {
      ...(id === undefined ? {} : { id }),
      label: text,
      options: children.map((child) => child.raw),
      ...extra,
    },
    expected: {
      ...(id === undefined ? {} : { id }),
      label: text,
      options: children.flatMap((child) => (child.expected ? [child.expected] : [])) as never,
      option_type: 'group',
    },
  }))

const optionList = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: simpleOption },
    { weight: 2, arbitrary: groupOption },
    { weight: 1, arbitrary: junkOption },
  ),
  { maxLength: 8 },
)

const expectedModel = (samples: Sample[]) =>
  samples.flatMap((sample) => (sample.expected ? [sample.expected] : []))

function connectorWith(options: unknown[]) {
  return {
    id: 'crm+acme',
    service_id: 'acme',
    unified_api: 'crm',
    name: 'Acme',
    state: 'added',
    enabled: true,
    form_fields: [{ id: 'region', label: 'Region', type: 'select', options }],
  }
}

const { server } = serveMockVault()

/** The select field as the client hands it to the form, after a real request to the mock. */
async function fetchedField(options: unknown[]): Promise<FormField> {
  // The mock serves its catalog as given: the raw options reach the client's parser unchanged.
  const vault = createMockVault({ connectors: [connectorWith(options) as never] })
  server.resetHandlers(...vault.handlers)
  const client = createVaultClient({ token: vault.token, baseUrl: vault.baseUrl })
  const connection = await client.getConnection({ unifiedApi: 'crm', serviceId: 'acme' })
  expect(vault.violations).toEqual([])
  const field = connection.form_fields?.[0]
  if (field === undefined) {
    throw new Error('the field was lost')
  }
  return field
}

describe('option shapes Vault sends', () => {
  it('survive from the raw response through the client into the form model', async () => {
    await fc.assert(
      fc.asyncProperty(optionList, async (samples) => {
        const field = await fetchedField(samples.map((sample) => sample.raw))
        expect(field.options).toEqual(expectedModel(samples))
        // The form model reads what the client returned and changes nothing.
        expect(optionsFor(field, {})).toEqual(expectedModel(samples))
      }),
      { numRuns: 40 },
    )
  })

  it('render as the select options, bare strings included', async () => {
    const field = await fetchedField([
      'eu',
      'us',
      7,
      { label: 'Asia Pacific', value: 'apac' },
      { value: 'latam' },
      { id: 'legacy', label: 'Legacy', options: ['eu-1', { label: 'US 1', value: 'us-1' }] },
      null,
    ])
    render(<FieldsHarness fields={[field]} onSubmit={() => undefined} />)
    const select = screen.getByRole('combobox', { name: 'Region' })
    const names = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(names.slice(1)).toEqual(['eu', 'us', '7', 'Asia Pacific', 'latam', 'eu-1', 'US 1'])
    expect(within(select).getByRole('group', { name: 'Legacy' })).toBeInTheDocument()
  })
})
