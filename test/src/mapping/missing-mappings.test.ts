import { describe, expect, it } from 'vitest'
import { isUnmapped, missingRequiredMappings } from '../../../src/mapping/missing-mappings'

describe('missingRequiredMappings', () => {
  it('lists required mappings without a value, in order', () => {
    const custom_mappings = [
      { id: 'hris+employees+a', required: true, value: '' },
      { id: 'hris+employees+b', required: true, value: '$.b' },
      { id: 'hris+employees+c', required: false },
      { id: 'hris+employees+d', required: true },
      { id: 'hris+employees+e', required: true, value: '   ' },
    ]
    expect(missingRequiredMappings({ custom_mappings }).map((mapping) => mapping.id)).toEqual([
      'hris+employees+a',
      'hris+employees+d',
      'hris+employees+e',
    ])
  })

  it('is empty without mappings', () => {
    expect(missingRequiredMappings({})).toEqual([])
    expect(missingRequiredMappings({ custom_mappings: [] })).toEqual([])
  })
})

describe('isUnmapped', () => {
  it('is true for an absent, null, empty or blank value', () => {
    expect(isUnmapped({})).toBe(true)
    expect(isUnmapped({ value: null })).toBe(true)
    expect(isUnmapped({ value: '' })).toBe(true)
    expect(isUnmapped({ value: ' \t' })).toBe(true)
    expect(isUnmapped({ value: '$.a' })).toBe(false)
  })
})
