import { sessionLengthSeconds } from '../../../src/vault/session-length'

describe('sessionLengthSeconds', () => {
  it.each([
    ['30s', 30],
    ['30m', 1800],
    ['1h', 3600],
    ['7d', 604_800],
    ['1w', 604_800],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(sessionLengthSeconds(text)).toBe(seconds)
  })

  it.each(['', '1', 'h', '1.5h', '1hour', '-1h', '1h30m', '12345678h'])(
    'does not read %j',
    (text) => {
      expect(sessionLengthSeconds(text)).toBeUndefined()
    },
  )
})
