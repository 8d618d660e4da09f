/**
 * The Kinde backend behind the adapter seam: Kinde's connections mapped into the page's model. The
 * catalog is static (KINDE_STRATEGIES, one entry per strategy, `state: 'available'`, the create form
 * as `form_fields`); each connection Kinde lists is an instance (`state: 'callable'`,
 * `connection_id` set, the edit form as `form_fields`) under its strategy's category.
 *
 * Kinde returns a summary only (id, names, strategy), so an instance has no `settings`, edit forms
 * start blank, and every write is followed by a GET to read the result back.
 */
import type { AdapterCapabilities, ConnectionsAdapter } from '../adapter'
import { IntegrationsApiError } from '../errors'
import type { Connection, ConnectionRef, RequestOptions } from '../types'
import { createKindeClient, type KindeClientOptions, type KindeConnectionSummary } from './client'
import { kindeFormFields, kindeRequestBody, type KindeApplication } from './forms'
import { kindeEn, type KindeMessages } from './messages'
import { KINDE_STRATEGIES, findStrategy, isBuiltInStrategy, type KindeStrategy } from './strategies'

/** Kinde's maximum page size, the default: 10 requests list 1,000 connections. */
const PAGE_SIZE = 100
/** A list longer than this many pages is refused rather than followed for ever. */
const MAX_PAGES = 100

/** What the Kinde adapter can do: the page shows only these actions. */
export const kindeCapabilities: AdapterCapabilities = {
  // GET /api/v1/connections pages with page_size and starting_after; the adapter follows every page.
  list: 'cursor',
  // GET answers {id, name, display_name, strategy}: never options, applications or secrets.
  readableConfig: false,
  // Kinde has no catalog endpoint: the connectors are the strategies of the spec's create enum.
  catalog: 'static',
  // Enterprise strategies take one connection per customer IdP.
  multiplePerConnector: true,
  // Connections are created from a form, not added.
  add: false,
  create: true,
  // PATCH is a partial update; PUT (replace) exists on the client but the page does not use it.
  update: 'patch',
  // Enabling per application or organization is out of scope here.
  enable: false,
  delete: true,
  oauth: false,
  tokenGrant: false,
  resourceSettings: false,
  import: false,
  validate: false,
  // The connection belongs to the Kinde environment, not to each end user.
  perUserCredentials: false,
  // No data-scope consent, field mapping or request logs in this backend.
  consent: false,
  customMapping: false,
  logs: false,
}

/** The options of {@link createKindeAdapter}: the client's, plus what the page shows. */
export interface KindeAdapterOptions extends KindeClientOptions {
  /** Part of every query key: the Kinde environment (e.g. its domain). Default `'default'`. */
  scope?: string
  /** The logo URL of a connector, by strategy (`saml:okta`). The package ships no brand logos. */
  logo?: (strategy: string) => string | undefined
  /** Offers an Applications multi-select on the forms (sent as `enabled_applications`). */
  applications?: readonly KindeApplication[]
  /** Kinde's callback URL, shown as a copyable field on OAuth forms. */
  callbackUrl?: string
  /** Kinde's ACS URL, shown as a copyable field on SAML forms. */
  acsUrl?: string
  /**
   * Kinde lists its built-in sign-in methods (`email:*`, `phone:*`, `username:*`) as connections
   * too. Hidden by default; `'show'` lists them (read-only: they have no form).
   */
  builtIn?: 'hide' | 'show'
  /**
   * Connections per list request (`page_size`), 1–100. Default 100, Kinde's maximum, so 1,000
   * connections take 10 requests; a smaller page only makes sense where the proxy caps it.
   */
  pageSize?: number
  /**
   * The forms' labels, descriptions and messages in the page's language, e.g. `kindeDe` from
   * `integrations-kit/kinde/locales/de`. Missing keys fall back to English, the default.
   */
  messages?: Partial<KindeMessages>
}

function invalidRef(message: string): IntegrationsApiError {
  return new IntegrationsApiError({ kind: 'invalid_request', code: 'invalid_ref', message })
}

function listError(detail: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'parse',
    status: 200,
    code: 'pagination',
    message: 'The list could not be read to its end.',
    detail,
  })
}

/** A ConnectionsAdapter for Kinde's Management API, through the host's proxy at `baseUrl`. */
export function createKindeAdapter(options: KindeAdapterOptions): ConnectionsAdapter {
  const client = createKindeClient(options)
  // Kinde refuses a page_size outside 1–100 (a 400): clamp rather than fail every list.
  const pageSize = Math.min(PAGE_SIZE, Math.max(1, Math.trunc(options.pageSize ?? PAGE_SIZE)))
  const messages: KindeMessages = { ...kindeEn, ...options.messages }
  const context = {
    applications: options.applications,
    callbackUrl: options.callbackUrl,
    acsUrl: options.acsUrl,
    messages,
  }

  /** A record with the host's logo for its strategy, when it gave one. */
  function withLogo(record: Connection): Connection {
    const logo = options.logo?.(record.service_id)
    return logo === undefined ? record : { ...record, logo, icon: logo }
  }

  function catalogEntry(strategy: KindeStrategy): Connection {
    return withLogo({
      id: `${strategy.category}+${strategy.strategy}`,
      service_id: strategy.strategy,
      unified_api: strategy.category,
      name: strategy.name,
      state: 'available',
      allows_multiple: strategy.allowsMultiple,
      form_fields: kindeFormFields(strategy, { ...context, mode: 'create' }),
    })
  }

  function instance({ id, strategy: strategyId = '', display_name, name }: KindeConnectionSummary) {
    const strategy = findStrategy(strategyId)
    // Built-in methods, and strategies Kinde added after this release, are listed read-only:
    // there is no form to edit them with.
    const category = isBuiltInStrategy(strategyId)
      ? 'built_in'
      : (strategy?.category ?? (/^(?:saml|wsfed):/.test(strategyId) ? 'enterprise' : 'social'))
    const record: Connection = {
      id,
      connection_id: id,
      service_id: strategyId,
      unified_api: category,
      name: display_name ?? name ?? id,
      state: 'callable',
      allows_multiple: category !== 'social',
    }
    if (strategy !== undefined) {
      record.form_fields = kindeFormFields(strategy, { ...context, mode: 'edit', connectionId: id })
    }
    return withLogo(record)
  }

  function strategyOf(ref: ConnectionRef): KindeStrategy {
    const strategy = findStrategy(ref.serviceId)
    if (strategy === undefined) {
      throw invalidRef(`No form for ${ref.serviceId}.`)
    }
    return strategy
  }

  function idOf(ref: ConnectionRef): string {
    if (ref.connectionId === undefined) {
      throw invalidRef('No connection id.')
    }
    return ref.connectionId
  }

  /** Reads a connection back after a write; the summary the write implies when that read fails. */
  async function readBack(
    fallback: KindeConnectionSummary,
    requestOptions: RequestOptions,
  ): Promise<Connection> {
    let summary = fallback
    try {
      summary = await client.getConnection(fallback.id, requestOptions)
    } catch {
      // The write succeeded; only its echo failed. The next list refetch corrects any drift.
    }
    return instance({ ...fallback, ...summary })
  }

  return {
    kind: 'kinde',
    scope: options.scope ?? 'default',
    capabilities: kindeCapabilities,

    async listConnections(filters = {}, requestOptions = {}) {
      const summaries: KindeConnectionSummary[] = []
      const seen = new Set<string>()
      let cursor: string | undefined
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES) {
          throw listError(`Over ${MAX_PAGES} pages.`)
        }
        const result = await client.listConnections(
          { page_size: pageSize, ...(cursor === undefined ? {} : { starting_after: cursor }) },
          requestOptions,
        )
        for (const summary of result.connections) {
          if (!seen.has(summary.id)) {
            seen.add(summary.id)
            summaries.push(summary)
          }
        }
        if (!result.has_more) {
          break
        }
        const last = result.connections.at(-1)?.id
        if (last === undefined || last === cursor) {
          throw listError(`Cursor ${last} did not advance.`)
        }
        cursor = last
      }
      // Built-in methods (email, phone, username) are hidden unless the host asks for them.
      const instances = summaries
        .filter(({ strategy }) => options.builtIn === 'show' || !isBuiltInStrategy(strategy ?? ''))
        .map(instance)
      const all = [...KINDE_STRATEGIES.map(catalogEntry), ...instances]
      return filters.api === undefined
        ? all
        : all.filter((record) => record.unified_api === filters.api)
    },

    async getConnection(ref, requestOptions = {}) {
      if (ref.connectionId === undefined) {
        return catalogEntry(strategyOf(ref))
      }
      const summary = await client.getConnection(ref.connectionId, requestOptions)
      return instance({ strategy: ref.serviceId, ...summary })
    },

    async createConnection(catalogRef, values, requestOptions = {}) {
      const strategy = strategyOf(catalogRef)
      const body = kindeRequestBody(strategy, values, 'create', messages)
      const { id } = await client.createConnection(body, requestOptions)
      const { name, display_name } = body
      return readBack({ id, name, display_name, strategy: strategy.strategy }, requestOptions)
    },

    async updateConnection(ref, update, requestOptions = {}) {
      const id = idOf(ref)
      const strategy = strategyOf(ref)
      const body = kindeRequestBody(strategy, update.settings ?? {}, 'edit', messages)
      if (Object.keys(body).length > 0) {
        await client.updateConnection(id, body, requestOptions)
      }
      const { name, display_name } = body
      return readBack({ id, name, display_name, strategy: strategy.strategy }, requestOptions)
    },

    async deleteConnection(ref, requestOptions = {}) {
      await client.deleteConnection(idOf(ref), requestOptions)
    },
  }
}
