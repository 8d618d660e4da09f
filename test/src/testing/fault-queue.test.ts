import { createFaultQueue } from '../../../src/testing/fault-queue'

describe('createFaultQueue', () => {
  it('answers an armed fault once by default, then nothing', () => {
    const faults = createFaultQueue()
    faults.add({ method: 'get', path: '/v1/connections' }, 'network')

    expect(faults.take('POST', '/v1/connections')).toBeUndefined()
    expect(faults.take('GET', '/v1/other')).toBeUndefined()
    expect(faults.take('GET', '/v1/connections')).toBe('network')
    expect(faults.take('GET', '/v1/connections')).toBeUndefined()
  })

  it('counts `times`, matches a RegExp path, and serves the oldest matching fault first', () => {
    const faults = createFaultQueue()
    faults.add({ path: /^\/v1\/connections\//, times: 2 }, { status: 503 })
    faults.add({}, 'malformed')

    expect(faults.take('PUT', '/v1/connections/a')).toEqual({ status: 503 })
    expect(faults.take('DELETE', '/v1/connections/b')).toEqual({ status: 503 })
    expect(faults.take('GET', '/v1/connections/c')).toBe('malformed')
    expect(faults.take('GET', '/v1/connections/c')).toBeUndefined()
  })

  it('keeps an Infinity fault until cleared', () => {
    const faults = createFaultQueue()
    faults.add({ times: Infinity }, 'network')

    for (let index = 0; index < 5; index++) {
      expect(faults.take('GET', `/${index}`)).toBe('network')
    }
    faults.clear()
    expect(faults.take('GET', '/')).toBeUndefined()
  })
})
