#!/usr/bin/env node
/**
 * Precompiles the JSON Schema validators the mock backends run (src/testing/contract-checker.ts)
 * into one `src/testing/<backend>-validators.ts` per contract with ajv's standalone code, so ajv is
 * a build-time tool and not something every host installs: `integrations-kit/testing` ships plain
 * functions (no ajv, no `new Function`, so it also runs under a strict CSP).
 *
 * What is compiled, from each contract in `contracts` (an OpenAPI document as JSON):
 * - the request body schema of every operation, in the request view: a property the spec marks
 *   `readOnly` becomes the `false` schema and leaves `required`, so sending it fails with the
 *   keyword `false schema` — which only ever means "read-only property sent";
 * - every JSON response schema an operation declares (the plain view, readOnly allowed).
 *
 * Run by `npm run gen:api` after a contract changes; test/src/testing/validators.test.ts fails when
 * a committed file differs from what this script makes. `node scripts/gen-validators.mjs` writes
 * the files; importing the module only computes them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import Ajv, { _ } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'

const root = resolve(import.meta.dirname, '..')

/** Every contract a mock checks: `id` names its schemas, `specFile` is its JSON, `outputFile` the module. */
export const contracts = [
  {
    id: 'vault',
    specFile: 'src/testing/vault-spec.json',
    outputFile: 'src/testing/vault-validators.ts',
  },
  {
    id: 'kinde',
    specFile: 'src/testing/kinde-spec.json',
    outputFile: 'src/testing/kinde-validators.ts',
  },
  {
    id: 'authress',
    specFile: 'src/testing/authress-contract.json',
    outputFile: 'src/testing/authress-validators.ts',
  },
]
const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']

/** The formats src/testing/json-formats.ts implements; any other format in the spec is an error. */
const knownFormats = ['date-time', 'uri']

function resolveSchemaRef(spec, schema) {
  const ref = schema.$ref
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    return spec.components.schemas[ref.slice('#/components/schemas/'.length)] ?? schema
  }
  return schema
}

function toRequestView(spec, node) {
  if (Array.isArray(node)) {
    return node.map((item) => toRequestView(spec, item))
  }
  if (typeof node !== 'object' || node === null) {
    return node
  }
  const copy = {}
  for (const [key, value] of Object.entries(node)) {
    copy[key] = toRequestView(spec, value)
  }
  const properties = node.properties
  if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
    const readOnly = new Set()
    const viewProperties = {}
    for (const [name, property] of Object.entries(properties)) {
      if (property.readOnly === true || resolveSchemaRef(spec, property).readOnly === true) {
        readOnly.add(name)
        viewProperties[name] = false
      } else {
        viewProperties[name] = toRequestView(spec, property)
      }
    }
    copy.properties = viewProperties
    if (Array.isArray(node.required)) {
      copy.required = node.required.filter((name) => !readOnly.has(String(name)))
    }
  }
  return copy
}

/** A response's JSON schema, declared inline or as a `components.responses` $ref (as the checker reads it). */
function responseSchema(spec, response) {
  const name = response?.$ref?.split('/').pop()
  const resolved = name ? spec.components.responses?.[name] : response
  const content = resolved?.content ?? {}
  const json = Object.keys(content).find((type) => /json/i.test(type))
  return json === undefined ? undefined : content[json]?.schema
}

function operations(spec) {
  return Object.values(spec.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.includes(method))
      .map(([, operation]) => operation),
  )
}

/** The generated module's source text for one entry of `contracts`. */
export function generateValidators({ id, specFile }) {
  const spec = JSON.parse(readFileSync(join(root, specFile), 'utf8'))
  const ajv = new Ajv({
    // The spec carries OpenAPI keywords (example, discriminator, x-*) that are annotations, not
    // JSON Schema; `nullable` is understood by ajv natively.
    strict: false,
    allErrors: true,
    logger: {
      log: () => {},
      warn: (message) => {
        throw new Error(`gen-validators: ${message}`)
      },
      error: (message) => {
        throw new Error(`gen-validators: ${message}`)
      },
    },
    code: { source: true, esm: true, formats: _`jsonFormats` },
  })
  for (const name of knownFormats) {
    // The validating function is only a placeholder here: the generated code calls jsonFormats.
    ajv.addFormat(name, () => true)
  }

  const requestBodies = {}
  for (const operation of operations(spec)) {
    const schema = operation.requestBody?.content?.['application/json']?.schema
    if (schema) {
      requestBodies[operation.operationId] = schema
    }
  }
  ajv.addSchema({
    $id: `${id}-request`,
    components: { schemas: toRequestView(spec, spec.components.schemas) },
    requestBodies: toRequestView(spec, requestBodies),
  })
  ajv.addSchema({ $id: `${id}-response`, components: spec.components })

  const responseRefs = new Set()
  for (const operation of operations(spec)) {
    for (const response of Object.values(operation.responses ?? {})) {
      const schema = responseSchema(spec, response)
      if (typeof schema?.$ref === 'string') {
        responseRefs.add(schema.$ref)
      }
    }
  }

  // Exported as v0, v1, … (ajv needs identifiers); the two maps below name them by what they check.
  const refs = {}
  const requestEntries = []
  const responseEntries = []
  for (const operationId of Object.keys(requestBodies).sort()) {
    const key = `v${Object.keys(refs).length}`
    refs[key] = `${id}-request#/requestBodies/${operationId}`
    requestEntries.push([operationId, key])
  }
  for (const schemaRef of [...responseRefs].sort()) {
    const key = `v${Object.keys(refs).length}`
    refs[key] = `${id}-response${schemaRef}`
    responseEntries.push([schemaRef, key])
  }
  const code = standaloneCode(ajv, refs)
  const map = (entries) =>
    `{\n${entries.map(([key, id]) => `  ${JSON.stringify(key)}: ${id},`).join('\n')}\n}`

  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    `// Generated by scripts/gen-validators.mjs from ${specFile} (ajv standalone`,
    '// code). Do not edit: run `npm run gen:api`.',
    "import { jsonFormats } from './json-formats'",
    code.replace(/^"use strict";/, ''),
    '/** Request body validators by operationId (request view: readOnly properties are `false`). */',
    `export const requestBodyValidators = ${map(requestEntries)}`,
    '/** Response body validators by the schema $ref the spec declares. */',
    `export const responseValidators = ${map(responseEntries)}`,
    '',
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const contract of contracts) {
    writeFileSync(join(root, contract.outputFile), generateValidators(contract))
    console.log(`wrote ${contract.outputFile}`)
  }
}
