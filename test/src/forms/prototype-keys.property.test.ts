/**
 * Property names are data: setting ids, field ids, filter keys and option values come from the
 * backend and may be the names of Object.prototype members (`constructor`, `toString`,
 * `__proto__`, `hasOwnProperty` …). Every lookup keyed by them must read own properties only, and
 * every write must store them as own properties. The generators draw ids mostly from
 * `Object.getOwnPropertyNames(Object.prototype)`, plus ids that stress react-hook-form paths.
 */
import fc from 'fast-check'
import type { FieldValue, FormField } from 'integrations-kit'
import { missingAuthorizationSettings } from '../../../src/oauth/authorization-plan'
import {
  coerceFieldValue,
  FORM_FIELD_TYPES,
  fromFormValues,
  hasValue,
  missingRequired,
  normaliseFields,
  normaliseFieldType,
  optionsFor,
  rulesFor,
  serverFieldErrors,
  toDefaultValues,
  toFormValues,
  toResourceDefaults,
  validateFieldValue,
} from '../../../src/forms/form-fields'
import { parseConnection } from '../../../src/vault/parse'

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype)

const fieldId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('api_key', 'a.b', 'x[0]', '0', "q'uote", 'f_x') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
)

const fieldArb = fc.record({
  id: fieldId,
  label: fc.constant('Label'),
  type: fc.constantFrom(...FORM_FIELD_TYPES),
  required: fc.boolean(),
})

const fieldsArb = fc.uniqueArray(fieldArb, {
  minLength: 1,
  maxLength: 8,
  selector: (field) => field.id,
})

/** An object with own properties `entries`, `__proto__` included (as JSON.parse would make it). */
function ownRecord<T>(entries: Array<[string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>
}

function ownKeys(record: object): string[] {
  return Object.keys(record).sort()
}

describe('form engine, given ids named like Object.prototype members (property)', () => {
  it('starts every field empty, reports required ones missing, and validates them as required', () => {
    fc.assert(
      fc.property(fieldsArb, (fields: FormField[]) => {
        const values = toDefaultValues(fields, {})
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype)
        const valued = fields.filter(hasValue)
        expect(ownKeys(values)).toEqual(valued.map((field) => field.id).sort())
        for (const field of valued) {
          const own = Object.getOwnPropertyDescriptor(values, field.id)?.value as unknown
          expect(own).toEqual(coerceFieldValue(normaliseFieldType(field.type), undefined))
        }
        const required = fields.filter((field) => rulesFor(field).required)
        expect(missingRequired(fields, values)).toEqual(required)
        // Values without the key at all: still missing, never "filled in" by the prototype.
        expect(missingRequired(fields, {})).toEqual(required)
        for (const field of required) {
          const own = Object.getOwnPropertyDescriptor(values, field.id)?.value as unknown
          expect(validateFieldValue(field, own)).toBe('forms.error.required')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('takes saved settings by own key only, and submits exactly the values it holds', () => {
    fc.assert(
      fc.property(fieldsArb, fc.array(fc.boolean(), { minLength: 8 }), (fields, savedMask) => {
        const text = fields.map((field) => ({ ...field, type: 'text' }))
        const saved = ownRecord(
          text.flatMap((field, index) => (savedMask[index] ? [[field.id, `v-${index}`]] : [])) as [
            string,
            string,
          ][],
        )
        const values = toDefaultValues(text, saved)
        text.forEach((field, index) => {
          const own = Object.getOwnPropertyDescriptor(values, field.id)?.value as unknown
          expect(own).toBe(savedMask[index] ? `v-${index}` : '')
        })
        expect(missingRequired(text, values)).toEqual(
          text.filter((field, index) => field.required && !savedMask[index]),
        )
        // What the form submits is what it was given: every id, as an own key, in the JSON body.
        const submitted = fromFormValues(toFormValues(values))
        expect(Object.getPrototypeOf(submitted)).toBe(Object.prototype)
        expect(ownKeys(submitted)).toEqual(ownKeys(values))
        const body = JSON.parse(JSON.stringify({ settings: submitted })) as {
          settings: Record<string, FieldValue>
        }
        expect(ownKeys(body.settings)).toEqual(ownKeys(values))
        for (const field of text) {
          expect(Object.getOwnPropertyDescriptor(body.settings, field.id)?.value).toBe(
            Object.getOwnPropertyDescriptor(values, field.id)?.value,
          )
        }
        // Resource defaults carry the same values.
        for (const item of toResourceDefaults(text, submitted)) {
          expect(item.value).toBe(Object.getOwnPropertyDescriptor(values, item.id)?.value)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never resolves a type, a filter key or a parent value from Object.prototype', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTOTYPE_NAMES),
        fieldId,
        fc.constantFrom('id', ...PROTOTYPE_NAMES),
        (name, parentId, filterKey) => {
          expect(normaliseFieldType(name)).toBe('text')
          const stage: FormField = {
            id: 'stage',
            label: 'Stage',
            type: 'filtered-select',
            filter: { key: filterKey, value: parentId },
            options: [
              { id: 'sales', label: 'Sales', options: [{ label: 'Lead', value: 'lead' }] },
              { id: 'hiring', label: 'Hiring', options: [{ label: 'Talk', value: 'talk' }] },
            ],
          }
          // The parent has no own value: nothing to choose from yet.
          expect(optionsFor(stage, {})).toEqual([])
          const chosen = optionsFor(stage, ownRecord([[parentId, 'hiring']]))
          expect(chosen).toEqual(filterKey === 'id' ? [{ label: 'Talk', value: 'talk' }] : [])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('puts server errors on exactly the fields they name', () => {
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        const ids = fields.map((field) => field.id)
        const missing = serverFieldErrors(fields, 'Invalid Params', {
          missing: ids.map((id) => ownRecord([[id, 'required']])),
        })
        expect(ownKeys(missing)).toEqual([...ids].sort())
        const listed = serverFieldErrors(fields, 'Invalid Params', {
          errors: ids.map((id) => ({ field: id, message: `bad ${id}` })),
        })
        expect(ownKeys(listed)).toEqual([...ids].sort())
        for (const id of ids) {
          expect(Object.getOwnPropertyDescriptor(listed, id)?.value).toBe(`bad ${id}`)
        }
        // An id the form does not have is ignored, even when the prototype "has" it.
        expect(serverFieldErrors([], 'Invalid Params', { missing: ids })).toEqual({})
      }),
      { numRuns: 200 },
    )
  })

  it('asks for settings required for authorization until they have an own value', () => {
    fc.assert(
      fc.property(fieldsArb, fc.array(fc.boolean(), { minLength: 8 }), (fields, savedMask) => {
        const ids = fields.map((field) => field.id)
        const settings = ownRecord(
          ids.flatMap((id, index) => (savedMask[index] ? [[id, 'set']] : [])) as [string, string][],
        )
        const connection = parseConnection(
          JSON.parse(
            JSON.stringify({
              unified_api: 'crm',
              service_id: 'acme',
              state: 'added',
              settings,
              settings_required_for_authorization: ids,
              form_fields: fields,
            }),
          ),
        )
        expect(connection).not.toBeNull()
        // The parser keeps every id as data: fields, their order, and settings as own keys.
        expect(connection?.form_fields?.map((field) => field.id)).toEqual(ids)
        expect(normaliseFields(connection?.form_fields).map((field) => field.id)).toEqual(ids)
        expect(ownKeys(connection?.settings ?? {})).toEqual(ownKeys(settings))
        expect(missingAuthorizationSettings(connection!)).toEqual(
          ids.filter((_id, index) => !savedMask[index]),
        )
      }),
      { numRuns: 300 },
    )
  })
})
