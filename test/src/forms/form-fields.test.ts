// @module-tag property
import fc from 'fast-check'
import {
  fieldKey,
  fieldName,
  fromFieldKey,
  fromFormValues,
  isOptionGroup,
  missingRequired,
  missingRequiredDefaults,
  normaliseFields,
  normaliseFieldType,
  optionsFor,
  rulesFor,
  serverFieldErrors,
  sortRequiredFirst,
  stripAdornments,
  toDefaultValues,
  toFormValues,
  toResourceDefaults,
  validateFieldValue,
  visibleFields,
} from '../../../src/forms/form-fields'
import type { FormField } from '../../../src/types'

const field = (overrides: Partial<FormField> & { id: string }): FormField => ({
  label: overrides.id,
  type: 'text',
  ...overrides,
})

describe('toDefaultValues', () => {
  it('takes the saved setting over field.value over default_value over the type default', () => {
    const fields = [
      field({ id: 'a', value: 'value', default_value: 'default' }),
      field({ id: 'b', value: 'value', default_value: 'default' }),
      field({ id: 'c', default_value: 'default' }),
      field({ id: 'd' }),
      field({ id: 'e', type: 'checkbox' }),
      field({ id: 'f', type: 'multi-select' }),
      field({ id: 'g', type: 'number' }),
    ]
    expect(toDefaultValues(fields, { a: 'saved' })).toEqual({
      a: 'saved',
      b: 'value',
      c: 'default',
      d: '',
      e: false,
      f: [],
      g: null,
    })
  })

  it('includes hidden, deprecated and disabled fields and leaves out info text', () => {
    const fields = [
      field({ id: 'hidden', hidden: true, value: 'h' }),
      field({ id: 'old', deprecated: true, value: 'o' }),
      field({ id: 'ro', disabled: true, value: 'r' }),
      field({ id: 'note', type: 'info', value: 'x' }),
    ]
    expect(toDefaultValues(fields)).toEqual({ hidden: 'h', old: 'o', ro: 'r' })
  })

  it('coerces stored values to what the control holds', () => {
    const fields = [
      field({ id: 'flag', type: 'checkbox' }),
      field({ id: 'count', type: 'number' }),
      field({ id: 'tags', type: 'multi-select' }),
      field({ id: 'name' }),
    ]
    expect(toDefaultValues(fields, { flag: 'false', count: '42', tags: 'one', name: 7 })).toEqual({
      flag: false,
      count: 42,
      tags: ['one'],
      name: '7',
    })
  })
})

describe('field names', () => {
  it('maps ids with dots, brackets, quotes and unicode to one safe segment and back', () => {
    for (const id of ['a.b', 'x[0]', "it's", '日本', '0', '__proto__', 'a$b$', '']) {
      expect(fieldKey(id)).toMatch(/^[\w$-]+$/)
      expect(fromFieldKey(fieldKey(id))).toBe(id)
    }
    expect(fieldName('a.b')).toBe('settings.f_a$2e$b')
  })

  it('round-trips any string id (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (id) => {
        expect(fromFieldKey(fieldKey(id))).toBe(id)
        expect(fieldKey(id)).not.toMatch(/[.[\]'"]/)
      }),
    )
  })

  it('turns form values back into settings keyed by API id', () => {
    const values = { 'a.b': 1, 'c[d]': 'x' }
    expect(fromFormValues(toFormValues(values))).toEqual(values)
  })
})

describe('normaliseFieldType', () => {
  it('keeps known types, resolves aliases and falls back to text with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(normaliseFieldType('filtered-select')).toBe('filtered-select')
    expect(normaliseFieldType('phone')).toBe('tel')
    expect(normaliseFieldType('boolean')).toBe('checkbox')
    expect(normaliseFieldType('hologram')).toBe('text')
    expect(normaliseFieldType('hologram')).toBe('text')
    expect(normaliseFieldType(42)).toBe('text')
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('hologram'))).toHaveLength(1)
  })
})

describe('visibility and order', () => {
  it('hides hidden and deprecated fields and sorts required first, stably', () => {
    const fields = [
      field({ id: 'a' }),
      field({ id: 'b', required: true }),
      field({ id: 'c', hidden: true }),
      field({ id: 'd', deprecated: true }),
      field({ id: 'e', required: true }),
    ]
    expect(visibleFields(fields).map((f) => f.id)).toEqual(['a', 'b', 'e'])
    expect(sortRequiredFirst(fields).map((f) => f.id)).toEqual(['b', 'e', 'a', 'c', 'd'])
  })

  it('drops malformed entries and repeated ids', () => {
    const fields = normaliseFields([
      null,
      { label: 'no id' },
      {
        id: 'a',
        type: 'text',
        options: [1, { nope: true }, { label: 'G', options: [{ value: 'x' }] }],
      },
      { id: 'a', type: 'number' },
    ])
    expect(fields).toHaveLength(1)
    expect(fields[0]?.label).toBe('a')
    expect(fields[0]?.options).toEqual([
      { label: '1', value: 1 },
      { id: undefined, label: 'G', options: [{ label: 'x', value: 'x' }] },
    ])
  })
})

describe('validation', () => {
  it('describes the rules as data', () => {
    expect(rulesFor(field({ id: 'a', type: 'email', required: true }))).toEqual({
      required: true,
      format: 'email',
    })
    expect(rulesFor(field({ id: 'a', type: 'checkbox', required: true })).required).toBe(false)
  })

  it.each([
    ['email', 'a@b.co', 'nope', 'forms.error.email'],
    ['url', 'https://acme.com', 'javascript:alert(1)', 'forms.error.url'],
    ['tel', '+31 (20) 123-4567', 'call me', 'forms.error.tel'],
    ['number', 12.5, 'twelve', 'forms.error.number'],
    ['date', '2024-02-29', '2023-02-29', 'forms.error.date'],
    ['time', '23:59', '24:00', 'forms.error.time'],
    ['datetime', '2024-05-01T10:30', '2024-05-01 10:30', 'forms.error.datetime'],
    ['datetime', '2024-05-01T10:30:00Z', 'yesterday', 'forms.error.datetime'],
  ])('%s accepts %s and rejects %s', (type, good, bad, key) => {
    const definition = field({ id: 'x', type })
    expect(validateFieldValue(definition, good)).toBeNull()
    expect(validateFieldValue(definition, bad)).toBe(key)
  })

  it('checks a url with its prefix and suffix around it', () => {
    const definition = field({
      id: 'shop',
      type: 'url',
      prefix: 'https://',
      suffix: '.myshopify.com',
    })
    expect(validateFieldValue(definition, 'acme')).toBeNull()
    expect(validateFieldValue(definition, 'ac me')).toBe('forms.error.url')
  })

  it('reports required only for empty values', () => {
    const definition = field({ id: 'x', required: true })
    expect(validateFieldValue(definition, '  ')).toBe('forms.error.required')
    expect(validateFieldValue(definition, 'ok')).toBeNull()
    expect(validateFieldValue(field({ id: 'y', type: 'email' }), '')).toBeNull()
  })

  it('lists missing required fields and missing required resource defaults', () => {
    const fields = [
      field({ id: 'a', required: true }),
      field({ id: 'b', required: true, value: 'set' }),
      field({ id: 'c', type: 'multi-select', required: true }),
    ]
    expect(missingRequired(fields, { a: '', b: 'x', c: ['y'] }).map((f) => f.id)).toEqual(['a'])
    expect(missingRequiredDefaults(fields).map((f) => f.id)).toEqual(['a', 'c'])
  })
})

describe('options', () => {
  const pipelines = field({
    id: 'stage_id',
    type: 'filtered-select',
    filter: { key: 'id', value: 'pipeline_id' },
    options: [
      { id: 'sales', label: 'Sales', options: [{ label: 'Lead', value: 'lead' }] },
      { id: 'hiring', label: 'Hiring', options: [{ label: 'Interview', value: 'interview' }] },
    ],
  })

  it('treats an option as a group iff it has an options array', () => {
    expect(isOptionGroup({ label: 'G', options: [] })).toBe(true)
    expect(isOptionGroup({ label: 'G', option_type: 'group' })).toBe(false)
    expect(isOptionGroup({ label: 'S', value: 1 })).toBe(false)
  })

  it('gives a filtered-select the group matching its parent field', () => {
    expect(optionsFor(pipelines, { pipeline_id: 'hiring' })).toEqual([
      { label: 'Interview', value: 'interview' },
    ])
    expect(optionsFor(pipelines, { pipeline_id: '' })).toEqual([])
    expect(optionsFor(pipelines, { pipeline_id: 'unknown' })).toEqual([])
  })
})

describe('adornments', () => {
  it('strips a pasted prefix and suffix', () => {
    const shop = { prefix: 'https://', suffix: '.myshopify.com' }
    expect(stripAdornments(' HTTPS://acme.myshopify.com ', shop)).toBe('acme')
    expect(stripAdornments('acme', shop)).toBe('acme')
  })
})

describe('server errors', () => {
  const fields = [field({ id: 'api_key' }), field({ id: 'instance_url' }), field({ id: 'id' })]

  it('reads Vault missing-field details', () => {
    expect(
      serverFieldErrors(fields, 'Invalid Params', { missing: [{ api_key: 'required' }] }),
    ).toEqual({
      api_key: 'required',
    })
  })

  it('finds field ids named in the message or a string detail, as whole words', () => {
    expect(serverFieldErrors(fields, 'Invalid Params', 'Missing property instance_url')).toEqual({
      instance_url: 'Missing property instance_url',
    })
    expect(serverFieldErrors(fields, 'Bad api_keys', undefined)).toEqual({})
  })
})

describe('resource defaults', () => {
  it('sends id, value and target, leaving out empty numbers and info text', () => {
    const fields = [
      field({ id: 'owner', target: 'resource' }),
      field({ id: 'amount', type: 'number' }),
      field({ id: 'note', type: 'info' }),
    ]
    expect(toResourceDefaults(fields, { owner: 'me', amount: null })).toEqual([
      { id: 'owner', value: 'me', target: 'resource' },
      { id: 'amount' },
    ])
  })
})
