/**
 * The failure table, React-free: every failure the client can produce (made for real by the Vault
 * client against the mock Vault over MSW) × every place it can happen × the five locales gives a
 * message from the fixed set, in that language, with no backend text and no jargon in the main
 * line. The backend's `message` and `detail` carry a marker that must never show up.
 */
import { delay, http, HttpResponse } from 'msw'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { serveMockVault } from '../support/serve-mock-vault'
import { unsupportedOperationError } from '../../src/query/adapter-errors'
import {
  describeError,
  errorDetailParts,
  errorMainLine,
  type ErrorCause,
  type ErrorPlace,
  type ErrorTranslate,
} from '../../src/error-message'
import { IntegrationsApiError, type IntegrationsErrorKind } from '../../src/errors'
import { en } from '../../src/i18n/en'
import { errorsEn } from '../../src/i18n/errors/en'
import { formatMessage, type Message } from '../../src/i18n/format'
import { de } from '../../src/i18n/locales/de'
import { es } from '../../src/i18n/locales/es'
import { fr } from '../../src/i18n/locales/fr'
import { nl } from '../../src/i18n/locales/nl'
import { createVaultAdapter, createVaultClient } from 'integrations-kit'
import { createKindeAdapter } from 'integrations-kit/kinde'
import { createMockVault, generateConnectors, type Fault } from 'integrations-kit/testing/msw'
import { createMockKinde } from 'integrations-kit/testing'

/** Backend text, jargon included: it must never be the page's sentence. */
const MARKER = 'ZQX-MARKER verify your request headers and body'

const vault = createMockVault({ connectors: generateConnectors(3, 1) })
const { server } = serveMockVault(vault)
const listUrl = `${vault.baseUrl}/vault/connections`

afterEach(() => {
  vault.reset()
})

function client(timeoutMs?: number) {
  return createVaultClient({ token: vault.token, baseUrl: vault.baseUrl, timeoutMs })
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

/**
 * A Vault error answer whose texts are the marker, with a request id header (and no `ref`, which
 * Vault fills with a documentation URL that would take the request id's place).
 */
function listFailingWith(status: number, headers: Record<string, string> = {}) {
  const fault: Fault = {
    status,
    body: {
      status_code: status,
      error: 'Error',
      type_name: 'InjectedError',
      message: MARKER,
      detail: MARKER,
    },
    headers: { 'x-request-id': 'req_7f3a9c2e41b8', ...headers },
  }
  vault.fail({ method: 'GET', path: '/vault/connections' }, fault)
  return failureOf(client().listConnections())
}

/** The list answered by `respond` instead of the mock (bodies the mock cannot send). */
function listAnsweredWith(respond: () => Response | Promise<Response>, timeoutMs?: number) {
  server.use(http.get(listUrl, respond))
  return failureOf(client(timeoutMs).listConnections())
}

interface Failure {
  label: string
  make: () => Promise<unknown> | unknown
  cause: ErrorCause
  /** The cause where the user typed the values (settings, resource defaults, import). */
  formCause?: ErrorCause
  /** What the Details line starts with. */
  details: RegExp
}

const failures: Failure[] = [
  ...[400, 422].map((status) => ({
    label: String(status),
    make: () => listFailingWith(status),
    cause: 'rejected' as const,
    formCause: 'invalidValues' as const,
    details: new RegExp(`^Status ${status} · Code InjectedError · Reference req_7f3a9c2e41b8$`),
  })),
  ...(
    [
      [401, 'session'],
      [402, 'plan'],
      [403, 'permission'],
      [404, 'notFound'],
      [409, 'conflict'],
      [429, 'rateLimited'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [504, 'server'],
      [405, 'rejected'],
    ] as const
  ).map(([status, cause]) => ({
    label: String(status),
    make: () => listFailingWith(status, status === 429 ? { 'Retry-After': '2' } : {}),
    cause,
    details: new RegExp(`^Status ${status} · Code InjectedError · Reference req_7f3a9c2e41b8$`),
  })),
  {
    label: 'a non-JSON body',
    make: () => {
      vault.fail({ method: 'GET', path: '/vault/connections' }, 'malformed')
      return failureOf(client().listConnections())
    },
    cause: 'unreadable',
    details: /^Status 200$/,
  },
  {
    label: 'an HTML page with 200',
    make: () =>
      listAnsweredWith(
        () =>
          new HttpResponse(`<!doctype html><title>${MARKER}</title>`, {
            status: 200,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    cause: 'unreadable',
    details: /^Status 200$/,
  },
  {
    label: 'an empty 200 body',
    make: () => listAnsweredWith(() => new HttpResponse(null, { status: 200 })),
    cause: 'unreadable',
    details: /^Status 200$/,
  },
  {
    label: 'JSON of the wrong shape',
    make: () => listAnsweredWith(() => HttpResponse.json({ data: MARKER })),
    cause: 'unreadable',
    details: /^Status 200$/,
  },
  {
    label: 'an HTML error page (502 from a proxy)',
    make: () =>
      listAnsweredWith(
        () => new HttpResponse(`<html><body>${MARKER}</body></html>`, { status: 502 }),
      ),
    cause: 'server',
    details: /^Status 502$/,
  },
  {
    label: 'a timeout',
    make: () =>
      listAnsweredWith(async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }, 20),
    cause: 'timeout',
    details: /^Failure timeout$/,
  },
  {
    label: 'a dropped connection',
    make: () => {
      vault.fail({ method: 'GET', path: '/vault/connections' }, 'network')
      return failureOf(client().listConnections())
    },
    cause: 'offline',
    details: /^Failure network$/,
  },
  {
    label: 'an abort',
    make: () => failureOf(client().listConnections({}, { signal: AbortSignal.abort() })),
    cause: 'cancelled',
    details: /^Failure abort$/,
  },
  {
    label: 'an unsupported operation',
    make: () =>
      unsupportedOperationError(
        createVaultAdapter({ token: vault.token, baseUrl: vault.baseUrl }),
        'importConnection',
      ),
    cause: 'unsupported',
    details: /^Failure unsupported · Code unsupported$/,
  },
  {
    label: 'a kind this version does not know',
    make: () =>
      new IntegrationsApiError({
        kind: 'invalid_ref' as IntegrationsErrorKind,
        code: 'invalid_ref',
        message: MARKER,
      }),
    cause: 'unexpected',
    details: /^Failure invalid_ref · Code invalid_ref$/,
  },
  {
    label: 'a foreign Error',
    make: () => new TypeError(MARKER),
    cause: 'unexpected',
    details: /^Failure error$/,
  },
  { label: 'a thrown string', make: () => MARKER, cause: 'unexpected', details: /^Failure error$/ },
  {
    label: 'a missing or unsafe authorize URL',
    make: () => ({ code: 'no_authorize_url', description: MARKER }),
    cause: 'noAuthorizeUrl',
    details: /^Failure no_authorize_url$/,
  },
  {
    label: 'a missing or unsafe revoke URL',
    make: () => ({ code: 'no_revoke_url', description: MARKER }),
    cause: 'noRevokeUrl',
    details: /^Failure no_revoke_url$/,
  },
  {
    label: "a lazy part's chunk not downloaded",
    make: () =>
      Object.assign(new Error(MARKER, { cause: new TypeError(MARKER) }), { code: 'chunk' }),
    cause: 'notDownloaded',
    details: /^Failure chunk$/,
  },
]

const places: ErrorPlace[] = [
  'catalog',
  'details',
  'enable',
  'disable',
  'settingsLoad',
  'deleteDialog',
  'settingsSave',
  'resourceLoad',
  'resourceSave',
  'add',
  'connect',
  'token',
  'import',
  'delete',
  'validate',
  'revoke',
]
const formPlaces = new Set<ErrorPlace>(['settingsSave', 'resourceSave', 'import'])
const namelessPlaces = new Set<ErrorPlace>([
  'catalog',
  'settingsLoad',
  'deleteDialog',
  'resourceLoad',
  'resourceSave',
])
const resourcePlaces = new Set<ErrorPlace>(['resourceLoad', 'resourceSave'])

const locales = { en: {}, de, fr, es, nl } as const
type Locale = keyof typeof locales

function translator(locale: Locale): ErrorTranslate {
  const messages = { ...en, ...locales[locale] } as Record<string, Message>
  return (key, values) => formatMessage(messages[key] as Message, values, locale)
}

const fixedKeys = new Set(Object.keys(errorsEn))
/** Failures that trying the same thing again cannot get past: no "Try again" for these. */
const finalCauses = new Set<ErrorCause>([
  'invalidValues',
  'rejected',
  'session',
  'plan',
  'permission',
  'notFound',
  'unsupported',
  'noAuthorizeUrl',
  'noRevokeUrl',
])
/** Backend and HTTP jargon a user should never read as the main line (case as servers write it). */
const JARGON =
  /ZQX-MARKER|request headers|not JSON|response body|Internal Server Error|Too Many Requests|HTTP \d|status code|type_name|\{|\}/

describe.each(failures)('given $label', (failure) => {
  let error: unknown
  beforeAll(async () => {
    error = await failure.make()
  })

  it('every place says it in every locale, from the fixed set, without backend text', () => {
    for (const place of places) {
      const expectedCause =
        formPlaces.has(place) && failure.formCause ? failure.formCause : failure.cause
      for (const retried of [false, true]) {
        const description = describeError(error, place, {
          name: 'Xero',
          resource: 'leads',
          retried,
        })
        const where = `${place}${retried ? ' (retried)' : ''}`
        expect(description.cause, where).toBe(expectedCause)
        expect(description.retryable, where).toBe(!finalCauses.has(expectedCause))
        expect(description.summary, where).toMatch(/^errors\.summary\./)
        expect(description.reason, where).toMatch(/^errors\.reason\./)
        expect(fixedKeys.has(description.summary) && fixedKeys.has(description.reason), where).toBe(
          true,
        )

        const english = errorMainLine(description, translator('en'))
        for (const locale of Object.keys(locales) as Locale[]) {
          const t = translator(locale)
          const line = errorMainLine(description, t)
          const context = `${where} in ${locale}: ${line}`
          expect(line, context).not.toMatch(JARGON)
          expect(line, context).toMatch(/[.]$/)
          // Two sentences joined, never "…: <API text>" glued on.
          expect(line, context).not.toMatch(/[.!?]\s*:|:\s*$/)
          expect(line.includes('Xero'), context).toBe(!namelessPlaces.has(place))
          expect(line.includes('leads'), context).toBe(resourcePlaces.has(place))
          if (locale !== 'en') {
            // A real translation from that locale's own catalog, not English fallen back to.
            expect(locales[locale][description.reason], context).toBeDefined()
            expect(locales[locale][description.summary], context).toBeDefined()
            expect(line, context).not.toBe(english)
          }
          const details = errorDetailParts(description.technical, t).join(' · ')
          expect(details, context).not.toMatch(/ZQX-MARKER|https?:/)
        }
      }
    }
  })

  it('keeps the technical detail for support in the Details line', () => {
    const description = describeError(error, 'delete', { name: 'Xero' })
    expect(errorDetailParts(description.technical, translator('en')).join(' · ')).toMatch(
      failure.details,
    )
  })
})

describe('the wording', () => {
  it('composes the summary and the reason as two sentences', async () => {
    const forbidden = await listFailingWith(403)
    const t = translator('en')
    expect(errorMainLine(describeError(forbidden, 'delete', { name: 'Xero' }), t)).toBe(
      "Xero could not be deleted. You don't have permission to do this. Ask an administrator.",
    )
    expect(
      errorMainLine(describeError(forbidden, 'delete', { name: 'Xero' }), translator('de')),
    ).toBe(
      'Xero konnte nicht gelöscht werden. Sie haben keine Berechtigung dafür. Wenden Sie sich an Ihre Administration.',
    )
  })

  it('never confuses 401 (sign in again) with 403 (ask an administrator), in any locale', async () => {
    const expired = await listFailingWith(401)
    const forbidden = await listFailingWith(403)
    for (const place of places) {
      const session = describeError(expired, place, { name: 'Xero', resource: 'leads' })
      const permission = describeError(forbidden, place, { name: 'Xero', resource: 'leads' })
      expect(session.reason).toBe('errors.reason.session')
      expect(permission.reason).toBe('errors.reason.permission')
      for (const locale of Object.keys(locales) as Locale[]) {
        expect(errorMainLine(session, translator(locale))).not.toBe(
          errorMainLine(permission, translator(locale)),
        )
      }
      const t = translator('en')
      expect(errorMainLine(session, t)).toMatch(/Sign in again\.$/)
      expect(errorMainLine(session, t)).not.toMatch(/administrator|permission/i)
      expect(errorMainLine(permission, t)).toMatch(/Ask an administrator\.$/)
      expect(errorMainLine(permission, t)).not.toMatch(/sign in|session/i)
    }
  })

  it('a 429 says when to try again, until the library has retried: then it says so, not the first wait', async () => {
    const limited = await listFailingWith(429, { 'Retry-After': '2' })
    const t = translator('en')
    expect(errorMainLine(describeError(limited, 'catalog'), t)).toBe(
      'The integrations could not be loaded. There are too many requests right now. Try again in 2 seconds.',
    )
    expect(errorMainLine(describeError(limited, 'catalog'), translator('de'))).toMatch(
      /in 2 Sekunden erneut\.$/,
    )
    const afterRetries = errorMainLine(describeError(limited, 'catalog', { retried: true }), t)
    expect(afterRetries).toBe(
      'The integrations could not be loaded. There are too many requests right now, even after trying again automatically. Try again later.',
    )
    expect(afterRetries).not.toMatch(/\d/)
  })

  it('says "1 second" in the singular', async () => {
    const limited = await listFailingWith(429, { 'Retry-After': '1' })
    expect(
      errorMainLine(describeError(limited, 'enable', { name: 'Xero' }), translator('en')),
    ).toMatch(/Try again in 1 second\.$/)
  })

  it.each([
    [500, 'serverRetried'],
    [503, 'serverRetried'],
  ])('a %i after retries says it was retried', async (status, reason) => {
    const error = await listFailingWith(status)
    expect(describeError(error, 'catalog', { retried: true }).reason).toBe(
      `errors.reason.${reason}`,
    )
  })

  it('a part of the page not downloaded asks to try again, then, after a failed retry, to reload', () => {
    const chunk = { code: 'chunk' }
    const first = describeError(chunk, 'details', { name: 'Xero' })
    expect(first).toMatchObject({ retryable: true, reason: 'errors.reason.notDownloaded' })
    const again = describeError(chunk, 'details', { name: 'Xero', retried: true })
    expect(again.reason).toBe('errors.reason.notDownloadedRetried')
    expect(errorMainLine(again, translator('en'))).toMatch(
      /still couldn't be downloaded\. Reload the page/,
    )
  })

  it('says why an integration cannot be connected when its sign-in address is unusable', () => {
    const description = describeError(
      { code: 'no_authorize_url', description: MARKER },
      'connect',
      {
        name: 'Xero',
      },
    )
    expect(errorMainLine(description, translator('en'))).toBe(
      'Xero could not be connected. Its sign-in address is missing or not safe to open. Contact support.',
    )
    expect(description.retryable).toBe(false)
  })
})

describe('the Details line', () => {
  it('shows a request id, never the documentation URL Vault puts in `ref`', async () => {
    vault.fail({ method: 'GET', path: '/vault/connections' }, { status: 500 })
    const error = await failureOf(client().listConnections())
    const description = describeError(error, 'catalog')
    expect(description.technical).toEqual({
      failure: 'http',
      status: 500,
      code: 'UnexpectedError',
    })
  })

  it('leaves out a code that is a sentence rather than an identifier', () => {
    const error = new IntegrationsApiError({
      kind: 'http',
      status: 400,
      code: MARKER,
      requestId: 'javascript:alert(1)',
      message: MARKER,
    })
    expect(describeError(error, 'catalog').technical).toEqual({ failure: 'http', status: 400 })
  })
})

describe('a 403 that names the missing permission (Kinde)', () => {
  const proxy = 'https://app.example.com/api/kinde'

  async function kindeForbidden(detailBody: unknown): Promise<unknown> {
    const kinde = createMockKinde({ auth: 'proxy', baseUrl: proxy })
    kinde.fail({ method: 'GET', path: '/api/v1/connections' }, { status: 403, body: detailBody })
    const adapter = createKindeAdapter({ baseUrl: proxy, fetch: kinde.fetch })
    try {
      await adapter.listConnections()
    } catch (error) {
      return error
    }
    throw new Error('did not reject')
  }

  it('says which scope the list needs, in every locale, and never Kinde’s own text', async () => {
    const error = await kindeForbidden({ errors: [{ code: 'FORBIDDEN', message: MARKER }] })
    const description = describeError(error, 'catalog')
    expect(description.cause).toBe('permission')
    expect(description.reason).toBe('errors.reason.permissionScope')
    for (const locale of Object.keys(locales) as Locale[]) {
      const line = errorMainLine(description, translator(locale))
      expect(line).toContain('read:connections')
      expect(line).not.toContain('ZQX-MARKER')
    }
    expect(errorMainLine(description, translator('en'))).toBe(
      "The integrations could not be loaded. This needs the read:connections permission, which hasn't been granted. Ask an administrator to grant it.",
    )
  })

  it('keeps the plain permission reason when the scope is not an identifier', () => {
    const error = new IntegrationsApiError({
      kind: 'http',
      status: 403,
      message: 'Forbidden',
      detail: { scope: 'read connections <b>now</b>' },
    })
    expect(describeError(error, 'catalog').reason).toBe('errors.reason.permission')
  })
})
