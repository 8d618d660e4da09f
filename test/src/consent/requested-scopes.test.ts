import { describe, expect, it } from 'vitest'
import {
  isNewlyRequested,
  requestedScopes,
  scopeCounts,
} from '../../../src/consent/requested-scopes'

const scopes = {
  'hris.employees': {
    first_name: { read: true },
    'addresses[].city': { read: true, write: true },
    salary: { read: false, write: false },
  },
  'hris.companies': { name: { read: false } },
}

describe('requestedScopes', () => {
  it('lists the resources and the fields asked for, leaving out all-false flags', () => {
    expect(requestedScopes(scopes)).toEqual([
      {
        resource: 'hris.employees',
        fields: [
          { path: 'first_name', read: true, write: false },
          { path: 'addresses[].city', read: true, write: true },
        ],
      },
    ])
    expect(requestedScopes('*')).toBe('all')
    expect(requestedScopes(undefined)).toEqual([])
    expect(requestedScopes({ x: null, y: { z: 'read' } } as never)).toEqual([])
  })

  it('counts resources and fields, or everything', () => {
    expect(scopeCounts(scopes)).toEqual({ all: false, resources: 1, fields: 2 })
    expect(scopeCounts('*')).toEqual({ all: true })
  })
})

describe('isNewlyRequested', () => {
  const city = { path: 'addresses[].city', read: true, write: true }
  it('marks an access the last grant did not give', () => {
    const granted = { 'hris.employees': { 'addresses[].city': { read: true } } }
    expect(isNewlyRequested('hris.employees', city, granted)).toBe(true)
    expect(isNewlyRequested('hris.employees', { ...city, write: false }, granted)).toBe(false)
    expect(isNewlyRequested('hris.companies', city, granted)).toBe(true)
  })

  it('marks nothing after a grant of everything, everything without a grant', () => {
    expect(isNewlyRequested('hris.employees', city, '*')).toBe(false)
    expect(isNewlyRequested('hris.employees', city, null)).toBe(true)
  })
})
