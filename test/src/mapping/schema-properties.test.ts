import { describe, expect, it } from 'vitest'
import { schemaProperties } from '../../../src/mapping/schema-properties'

const employee = {
  type: 'object',
  properties: {
    id: { type: 'string', title: 'ID' },
    name: {
      type: 'object',
      properties: {
        first: { type: ['string', 'null'], description: 'Given name' },
        last: { type: 'string' },
      },
    },
    'cost center': { type: 'string' },
  },
}

const paths = (schema: unknown) => schemaProperties(schema).map((property) => property.path)

describe('schemaProperties', () => {
  it('lists every property, nested ones after their parent, with their JSONPath', () => {
    expect(paths(employee)).toEqual([
      '$.id',
      '$.name',
      '$.name.first',
      '$.name.last',
      "$['cost center']",
    ])
  })

  it('keeps title, the first non-null type and description', () => {
    const [id, , first] = schemaProperties(employee)
    expect(id).toMatchObject({ keys: ['id'], title: 'ID', type: 'string' })
    expect(first).toMatchObject({
      keys: ['name', 'first'],
      type: 'string',
      description: 'Given name',
    })
  })

  it('starts inside the response_data_path envelope', () => {
    const wrapped = {
      type: 'object',
      response_data_path: 'data',
      properties: { status: { type: 'string' }, data: employee },
    }
    expect(paths(wrapped)).toEqual(paths(employee))
  })

  it('follows a nested envelope path and an array envelope', () => {
    const wrapped = {
      response_data_path: '$.result.items',
      properties: {
        result: {
          type: 'object',
          properties: { items: { type: 'array', items: employee } },
        },
      },
    }
    expect(paths(wrapped)).toEqual(paths(employee))
  })

  it('uses the whole schema when the envelope path leads nowhere', () => {
    const wrapped = { response_data_path: 'missing', properties: { a: { type: 'string' } } }
    expect(paths(wrapped)).toEqual(['$.a'])
  })

  it('ignores what is not a schema, and inherited names', () => {
    expect(schemaProperties(null)).toEqual([])
    expect(schemaProperties('x')).toEqual([])
    expect(schemaProperties({ properties: [1, 2] })).toEqual([])
    expect(paths({ properties: { a: 'string', b: { type: 1 } } })).toEqual(['$.b'])
    expect(paths({ response_data_path: 'constructor', properties: { a: {} } })).toEqual(['$.a'])
  })
})
