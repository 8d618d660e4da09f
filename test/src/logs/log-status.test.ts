import { describe, expect, it } from 'vitest'
import { logStatus } from '../../../src/logs/log-status'

describe('logStatus', () => {
  it('gives each status class its tone: 2xx success, 3xx neutral, 4xx warning, 5xx danger', () => {
    expect(logStatus(200)).toEqual({ statusClass: 'success', tone: 'success' })
    expect(logStatus(204)).toEqual({ statusClass: 'success', tone: 'success' })
    expect(logStatus(304)).toEqual({ statusClass: 'redirect', tone: 'neutral' })
    expect(logStatus(404)).toEqual({ statusClass: 'clientError', tone: 'warning' })
    expect(logStatus(429)).toEqual({ statusClass: 'clientError', tone: 'warning' })
    expect(logStatus(500)).toEqual({ statusClass: 'serverError', tone: 'danger' })
    expect(logStatus(599)).toEqual({ statusClass: 'serverError', tone: 'danger' })
  })

  it('reads anything else as neutral "other" rather than guessing', () => {
    for (const code of [0, 100, 199, 600, 250.5, Number.NaN]) {
      expect(logStatus(code)).toEqual({ statusClass: 'other', tone: 'neutral' })
    }
  })
})
