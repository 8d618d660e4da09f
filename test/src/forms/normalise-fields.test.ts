import { normaliseField, normaliseFields } from '../../../src/forms/normalise-fields'
import { parseConnection } from '../../../src/vault/parse'

describe('normaliseField options', () => {
  it('makes an option a group iff it has an options array, and drops unusable options', () => {
    const field = normaliseField({
      id: 'stage',
      type: 'filtered-select',
      filter: { key: 'id', value: 'pipeline_id', extra: 1 },
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Number', value: 3, option_type: 'simple' },
        { value: true },
        { label: 'No value' },
        { label: 'Null value', value: null },
        { label: 'Object value', value: { a: 1 } },
        {
          id: 'pipeline-1',
          label: 'Pipeline 1',
          option_type: 'simple',
          options: [{ label: 'Won', value: 'won' }, { label: 'Broken' }, { options: [] }],
        },
        { id: 'pipeline-2', options: 'nope' },
        'string option',
        null,
      ],
    })
    expect(field).toEqual({
      id: 'stage',
      label: 'stage',
      type: 'filtered-select',
      filter: { key: 'id', value: 'pipeline_id' },
      options: [
        { label: 'Open', value: 'open', option_type: 'simple' },
        { label: 'Number', value: 3, option_type: 'simple' },
        { label: 'true', value: true, option_type: 'simple' },
        {
          id: 'pipeline-1',
          label: 'Pipeline 1',
          option_type: 'group',
          options: [{ label: 'Won', value: 'won', option_type: 'simple' }],
        },
        { label: 'string option', value: 'string option', option_type: 'simple' },
      ],
    })
  })

  it('turns a non-array options property into []', () => {
    expect(normaliseField({ id: 'x', type: 'select', options: { a: 1 } })?.options).toEqual([])
  })

  it('keeps bare-string options the same way in the parser and in the form model', () => {
    const raw = { id: 'region', type: 'select', options: ['eu', 'us'] }
    const parsed = parseConnection({
      unified_api: 'crm',
      service_id: 'acme',
      state: 'added',
      form_fields: [raw],
    })
    const expected = [
      { label: 'eu', value: 'eu', option_type: 'simple' },
      { label: 'us', value: 'us', option_type: 'simple' },
    ]
    expect(parsed?.form_fields?.[0]?.options).toEqual(expected)
    expect(normaliseFields([raw])[0]?.options).toEqual(expected)
  })
})

describe('normaliseFields', () => {
  it('drops entries without a usable id and keeps the first of a repeated id', () => {
    const fields = normaliseFields([
      null,
      { label: 'no id' },
      { id: '', label: 'empty id' },
      { id: 'a', type: 'text', description: 42, dynamicOptions: true },
      { id: 'a', type: 'number' },
    ])
    expect(fields).toEqual([{ id: 'a', label: 'a', type: 'text' }])
  })

  it('changes nothing on a second pass', () => {
    const once = normaliseFields([
      { id: 'a', type: 'select', options: ['x', 2, { value: [1, 'y'] }], required: true },
      { id: 'b', options: [{ id: 7, options: [false] }], filter: { value: 'a' } },
    ])
    expect(normaliseFields(once)).toEqual(once)
  })
})
