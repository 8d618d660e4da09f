import { describe, expect, it } from 'vitest'
import { IntegrationsApiError, type IntegrationsApiErrorInit } from 'integrations-kit'
import {
  MAX_BACKOFF_MS,
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  mutationRetry,
  retryDelay,
  shouldRetryQuery,
} from '../../../src/query/retry'

function apiError(
  init: Partial<IntegrationsApiErrorInit> & Pick<IntegrationsApiErrorInit, 'kind'>,
) {
  return new IntegrationsApiError({ message: 'failed', ...init })
}

const http = (status: number, retryAfter?: number) => apiError({ kind: 'http', status, retryAfter })

describe('shouldRetryQuery', () => {
  it('retries 429, 5xx, network and timeout', () => {
    for (const error of [
      http(429),
      http(500),
      http(503),
      apiError({ kind: 'network' }),
      apiError({ kind: 'timeout' }),
    ]) {
      expect(shouldRetryQuery(0, error)).toBe(true)
    }
  })

  it('never retries other 4xx, aborts, parse errors, unsupported operations or foreign errors', () => {
    for (const error of [
      http(400),
      http(401),
      http(403),
      http(404),
      http(422),
      apiError({ kind: 'abort' }),
      apiError({ kind: 'parse' }),
      apiError({ kind: 'unsupported' }),
      new TypeError('boom'),
    ]) {
      expect(shouldRetryQuery(0, error)).toBe(false)
    }
  })

  it(`stops after ${MAX_RETRIES} retries`, () => {
    expect(shouldRetryQuery(MAX_RETRIES - 1, http(503))).toBe(true)
    expect(shouldRetryQuery(MAX_RETRIES, http(503))).toBe(false)
  })
})

describe('mutationRetry', () => {
  it('retries 429 for every mutation, since the server did no work', () => {
    expect(mutationRetry('unsafe')(0, http(429))).toBe(true)
    expect(mutationRetry('idempotent')(0, http(429))).toBe(true)
  })

  it('retries network failures and timeouts only for idempotent mutations', () => {
    for (const kind of ['network', 'timeout'] as const) {
      expect(mutationRetry('idempotent')(0, apiError({ kind }))).toBe(true)
      expect(mutationRetry('unsafe')(0, apiError({ kind }))).toBe(false)
    }
  })

  it('never retries 5xx or 4xx mutations, and stops after the limit', () => {
    expect(mutationRetry('idempotent')(0, http(500))).toBe(false)
    expect(mutationRetry('idempotent')(0, http(409))).toBe(false)
    expect(mutationRetry('idempotent')(MAX_RETRIES, http(429))).toBe(false)
  })
})

describe('retryDelay', () => {
  it('waits the Retry-After seconds the server asked for', () => {
    expect(retryDelay(0, http(429, 2))).toBe(2000)
    expect(retryDelay(2, http(503, 0))).toBe(0)
  })

  it('caps a huge Retry-After', () => {
    expect(retryDelay(0, http(429, 86_400))).toBe(MAX_RETRY_AFTER_MS)
  })

  it('backs off exponentially with jitter, bounded', () => {
    const low = () => 0
    const high = () => 1
    const error = http(503)
    expect(retryDelay(0, error, low)).toBe(250)
    expect(retryDelay(0, error, high)).toBe(500)
    expect(retryDelay(1, error, high)).toBe(1000)
    expect(retryDelay(2, error, high)).toBe(2000)
    expect(retryDelay(20, error, high)).toBe(MAX_BACKOFF_MS)
    expect(retryDelay(20, error, low)).toBe(MAX_BACKOFF_MS / 2)
  })
})
