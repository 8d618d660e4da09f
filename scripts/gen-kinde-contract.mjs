#!/usr/bin/env node
/**
 * Makes src/testing/kinde-spec.json, the contract the mock Kinde checks requests against, from the
 * MIT-licensed Kinde Management API spec (specs/kinde-management-api.yaml). Run by `npm run gen:api`.
 *
 * It keeps the connection paths only (`/api/v1/connections` and `/api/v1/connections/{connection_id}`)
 * and the components they reference, without examples. Three documented rewrites:
 *
 * 1. `options` becomes closed variants chosen by strategy. Taken literally, the spec's `oneOf` of
 *    three open objects (no `additionalProperties: false`, no discriminator) rejects every valid body
 *    (all three variants match, and `oneOf` wants exactly one) and accepts nonsense such as
 *    `client_id: 5` in a variant that does not declare it. So each variant is closed, and in a POST
 *    the `strategy` picks it: `oauth2:azure_ad` and `wsfed:azure_ad` the Azure AD variant, `saml:*`
 *    the SAML variant, every other strategy the social one. PATCH and PUT carry no strategy (it
 *    cannot change), so there `options` must match one of that operation's closed variants: an
 *    unknown key, or `saml_sign_in_url` in a PUT (whose SAML variant lacks it), is a violation.
 * 2. The request bodies are closed too, so `strategy` or `organization_code` in a PATCH/PUT is a
 *    violation (the spec leaves them out of those bodies because they cannot change).
 * 3. `page_size` gets `minimum: 1, maximum: 100`: Kinde's documented page limit, which the spec
 *    does not state.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..')
export const kindeSpecSource = 'specs/kinde-management-api.yaml'
export const kindeContractFile = 'src/testing/kinde-spec.json'

const CONNECTION_PATHS = ['/api/v1/connections', '/api/v1/connections/{connection_id}']

/** Drops `example`/`examples` annotations (they carry PEM blocks and ids, and nothing checks them). */
function withoutExamples(node) {
  if (Array.isArray(node)) {
    return node.map(withoutExamples)
  }
  if (typeof node !== 'object' || node === null) {
    return node
  }
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'example' && key !== 'examples')
      .map(([key, value]) => [key, withoutExamples(value)]),
  )
}

function variantKind(variant) {
  const description = String(variant.description ?? '')
  if (/^Social/i.test(description)) {
    return 'social'
  }
  if (/Azure AD/i.test(description)) {
    return 'azure_ad'
  }
  if (/SAML/i.test(description)) {
    return 'saml'
  }
  throw new Error(`gen-kinde-contract: unknown options variant "${description}"`)
}

function strategyVariant(strategy) {
  if (strategy === 'oauth2:azure_ad' || strategy === 'wsfed:azure_ad') {
    return 'azure_ad'
  }
  if (strategy.startsWith('saml:')) {
    return 'saml'
  }
  return 'social'
}

function closeBody(schema, strategies) {
  const variants = schema.properties?.options?.oneOf
  if (!Array.isArray(variants) || variants.length !== 3) {
    throw new Error('gen-kinde-contract: expected options.oneOf with three variants')
  }
  const closed = Object.fromEntries(
    variants.map((variant) => [variantKind(variant), { ...variant, additionalProperties: false }]),
  )
  const result = {
    ...schema,
    additionalProperties: false,
    properties: { ...schema.properties, options: { type: 'object' } },
  }
  if (strategies === undefined) {
    result.properties.options = { anyOf: Object.values(closed) }
    return result
  }
  const byVariant = { social: [], azure_ad: [], saml: [] }
  for (const strategy of strategies) {
    byVariant[strategyVariant(strategy)].push(strategy)
  }
  result.allOf = [
    ...Object.entries(byVariant).map(([kind, members]) => ({
      if: { required: ['strategy'], properties: { strategy: { enum: members } } },
      then: { properties: { options: closed[kind] } },
    })),
    // Without a strategy Kinde cannot tell the variant; any closed one is accepted.
    {
      if: { not: { required: ['strategy'] } },
      then: { properties: { options: { anyOf: Object.values(closed) } } },
    },
  ]
  return result
}

/** The reduced contract as a JSON-ready object. */
export function kindeContract(source = readFileSync(join(root, kindeSpecSource), 'utf8')) {
  const doc = parse(source)
  const paths = {}
  for (const path of CONNECTION_PATHS) {
    const item = structuredClone(doc.paths[path])
    if (!item) {
      throw new Error(`gen-kinde-contract: ${path} is missing from the spec`)
    }
    delete item.servers
    for (const operation of Object.values(item)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.name === 'page_size') {
          parameter.schema = { ...parameter.schema, minimum: 1, maximum: 100 }
        }
      }
      const content = operation.requestBody?.content?.['application/json']
      if (content?.schema) {
        const strategies = content.schema.properties?.strategy?.enum
        content.schema = closeBody(content.schema, strategies)
      }
    }
    paths[path] = item
  }

  // The components the kept paths reference, transitively.
  const components = { schemas: {}, responses: {}, securitySchemes: doc.components.securitySchemes }
  const pending = [paths]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) {
      continue
    }
    if (typeof node.$ref === 'string') {
      const [, , kind, name] = node.$ref.split('/')
      if ((kind === 'schemas' || kind === 'responses') && !(name in components[kind])) {
        components[kind][name] = doc.components[kind][name]
        pending.push(components[kind][name])
      }
    }
    for (const value of Object.values(node)) {
      pending.push(value)
    }
  }
  return withoutExamples({
    openapi: doc.openapi,
    info: {
      ...doc.info,
      description:
        'Reduced by scripts/gen-kinde-contract.mjs from specs/kinde-management-api.yaml (MIT): connection paths only, options as closed variants chosen by strategy, page_size at most 100.',
    },
    security: doc.security,
    paths,
    components,
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(join(root, 'src/testing'), { recursive: true })
  writeFileSync(join(root, kindeContractFile), JSON.stringify(kindeContract()) + '\n')
  console.log(`wrote ${kindeContractFile}`)
}
