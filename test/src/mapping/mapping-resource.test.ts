import { describe, expect, it } from 'vitest'
import { mappingResource } from '../../../src/mapping/mapping-resource'

describe('mappingResource', () => {
  it('is the second part of the target field id', () => {
    expect(mappingResource('hris+employees+first_aid_training')).toBe('employees')
    expect(mappingResource('crm+contacts+custom+field')).toBe('contacts')
  })

  it('is null when the id names no resource', () => {
    expect(mappingResource('first_aid_training')).toBeNull()
    expect(mappingResource('hris+employees')).toBeNull()
    expect(mappingResource('+employees+x')).toBeNull()
    expect(mappingResource('hris++x')).toBeNull()
  })

  it('is null when the resource could not be sent as one path segment', () => {
    expect(mappingResource('hris+..+x')).toBeNull()
    expect(mappingResource('hris+a/b+x')).toBeNull()
    expect(mappingResource('hris+%2e%2e+x')).toBeNull()
  })
})
