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
import {
  createKindeClient,
  type KindeClient,
  type KindeClientOptions,
  type KindeConnectionSummary,
} from './client'
import { kindeFormFields, kindeRequestBody, type KindeApplication } from './forms'
import { KINDE_STRATEGIES, findStrategy, isBuiltInStrategy, type KindeStrategy } from './strategies'

/** Kinde's maximum page size: 10 requests list 1,000 connections. */
const PAGE_SIZE = 100
/** A list longer than this many pages is refused rather than followed for ever. */
const MAX_PAGES = 100

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
}

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
}

function isKindeClient(value: KindeClient | KindeAdapterOptions): value is KindeClient {
  return typeof (value as KindeClient).listConnections === 'function'
}

/** Where a strategy the catalog does not know is listed (one Kinde added after this release). */
function fallbackStrategy(strategy: string): KindeStrategy {
  const enterprise = /^(?:saml|wsfed|oidc):/.test(strategy)
  return {
    strategy,
    name: strategy,
    category: enterprise ? 'enterprise' : 'social',
    variant: 'social',
    allowsMultiple: enterprise,
  }
}

function listError(detail: string): IntegrationsApiError {
  return new IntegrationsApiError({
    kind: 'parse',
    status: 200,
    code: 'pagination',
    message: 'The connection list could not be read to its end.',
    detail,
  })
}

/** A ConnectionsAdapter for Kinde's Management API, through the host's proxy. */
export function createKindeAdapter(
  clientOrOptions: KindeClient | KindeAdapterOptions,
  adapterOptions: Omit<KindeAdapterOptions, keyof KindeClientOptions> = {},
): ConnectionsAdapter {
  const options: Omit<KindeAdapterOptions, keyof KindeClientOptions> = isKindeClient(
    clientOrOptions,
  )
    ? adapterOptions
    : clientOrOptions
  const client = isKindeClient(clientOrOptions)
    ? clientOrOptions
    : createKindeClient(clientOrOptions)
  const showBuiltIn = options.builtIn === 'show'

  const formContext = {
    applications: options.applications,
    callbackUrl: options.callbackUrl,
    acsUrl: options.acsUrl,
  }

  function withLogo(record: Connection, strategy: string): Connection {
    const logo = options.logo?.(strategy)
    return logo === undefined ? record : { ...record, logo, icon: logo }
  }

  function catalogEntry(strategy: KindeStrategy): Connection {
    return withLogo(
      {
        id: `${strategy.category}+${strategy.strategy}`,
        service_id: strategy.strategy,
        unified_api: strategy.category,
        name: strategy.name,
        state: 'available',
        allows_multiple: strategy.allowsMultiple,
        form_fields: kindeFormFields(strategy, { ...formContext, mode: 'create' }),
      },
      strategy.strategy,
    )
  }

  /** The instance for a summary, or undefined for a built-in method that is hidden. */
  function instance(summary: KindeConnectionSummary): Connection | undefined {
    const strategyId = summary.strategy ?? 'unknown'
    const builtIn = isBuiltInStrategy(strategyId)
    if (builtIn && !showBuiltIn) {
      return undefined
    }
    const strategy = findStrategy(strategyId)
    const placement = builtIn
      ? { ...fallbackStrategy(strategyId), category: 'built_in' as const }
      : (strategy ?? fallbackStrategy(strategyId))
    const record: Connection = {
      id: summary.id,
      connection_id: summary.id,
      service_id: strategyId,
      unified_api: placement.category,
      name: summary.display_name ?? summary.name ?? summary.id,
      state: 'callable',
      allows_multiple: placement.allowsMultiple,
    }
    // Built-in methods and strategies this release does not know have no form to edit them with.
    if (strategy !== undefined) {
      record.form_fields = kindeFormFields(strategy, {
        ...formContext,
        mode: 'edit',
        connectionId: summary.id,
      })
    }
    return withLogo(record, strategyId)
  }

  function strategyOf(ref: ConnectionRef): KindeStrategy {
    const strategy = findStrategy(ref.serviceId)
    if (strategy === undefined) {
      throw new IntegrationsApiError({
        kind: 'invalid_request',
        code: 'invalid_ref',
        message: `Kinde connections of type ${ref.serviceId} can't be created or edited here.`,
      })
    }
    return strategy
  }

  function requireId(ref: ConnectionRef): string {
    if (ref.connectionId === undefined) {
      throw new IntegrationsApiError({
        kind: 'invalid_request',
        code: 'invalid_ref',
        message: 'This is a connector, not a connection: it has no Kinde connection id.',
      })
    }
    return ref.connectionId
  }

  /** Reads a connection back after a write; the summary the write implies when that read fails. */
  async function readBack(
    id: string,
    fallback: KindeConnectionSummary,
    requestOptions: RequestOptions,
  ): Promise<Connection> {
    let summary = fallback
    try {
      summary = await client.getConnection(id, requestOptions)
    } catch {
      // The write succeeded; only its echo failed. The next list refetch corrects any drift.
    }
    const result = instance({ ...summary, strategy: summary.strategy ?? fallback.strategy })
    if (result === undefined) {
      throw listError(`Connection ${id} became a built-in method.`)
    }
    return result
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
          throw listError(`Stopped after ${MAX_PAGES} pages of ${PAGE_SIZE}: the list never ended.`)
        }
        const result = await client.listConnections(
          { page_size: PAGE_SIZE, ...(cursor === undefined ? {} : { starting_after: cursor }) },
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
          throw listError(
            `The page after ${cursor ?? 'the first'} ${last === undefined ? 'was empty' : 'repeated its cursor'} but has_more was true.`,
          )
        }
        cursor = last
      }
      const catalog = KINDE_STRATEGIES.map(catalogEntry)
      const instances = summaries
        .map(instance)
        .filter((record): record is Connection => record !== undefined)
      const all = [...catalog, ...instances]
      return filters.api === undefined
        ? all
        : all.filter((record) => record.unified_api === filters.api)
    },

    async getConnection(ref, requestOptions = {}) {
      if (ref.connectionId === undefined) {
        return catalogEntry(strategyOf(ref))
      }
      const summary = await client.getConnection(ref.connectionId, requestOptions)
      const result = instance({ ...summary, strategy: summary.strategy ?? ref.serviceId })
      if (result === undefined) {
        throw new IntegrationsApiError({
          kind: 'http',
          status: 404,
          message: 'This is a built-in sign-in method, not a connection the page manages.',
        })
      }
      return result
    },

    async createConnection(catalogRef, values, requestOptions = {}) {
      const strategy = strategyOf(catalogRef)
      const body = kindeRequestBody(strategy, values, 'create')
      const { id } = await client.createConnection(body, requestOptions)
      return readBack(
        id,
        { id, name: body.name, display_name: body.display_name, strategy: strategy.strategy },
        requestOptions,
      )
    },

    async updateConnection(ref, update, requestOptions = {}) {
      const id = requireId(ref)
      const strategy = strategyOf(ref)
      const body = kindeRequestBody(strategy, update.settings ?? {}, 'edit')
      if (Object.keys(body).length > 0) {
        await client.updateConnection(id, body, requestOptions)
      }
      return readBack(
        id,
        { id, name: body.name, display_name: body.display_name, strategy: strategy.strategy },
        requestOptions,
      )
    },

    async deleteConnection(ref, requestOptions = {}) {
      await client.deleteConnection(requireId(ref), requestOptions)
    },
  }
}
