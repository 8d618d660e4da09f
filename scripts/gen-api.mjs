// Regenerates the files derived from the MIT-licensed Vault spec in specs/.
// - src/vault/schema.ts: types (openapi-typescript). Written as .ts, not .d.ts, so it is emitted to dist.
// - src/testing/vault-spec.json: the Vault spec as JSON, used by the mock backend to validate requests.
// - src/testing/vault-validators.ts: its body schemas precompiled (scripts/gen-validators.mjs).
// - src/testing/authress-validators.ts: the same for the hand-written Authress contract
//   (src/testing/authress-contract.json, MIT; see specs/README.md). Nothing is generated from the
//   AGPL Authress spec.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { parse } from 'yaml'

const spec = 'specs/apideck-vault.yml'
execFileSync('npx', ['openapi-typescript', spec, '-o', 'src/vault/schema.ts'], { stdio: 'inherit' })

const doc = parse(readFileSync(spec, 'utf8'))
// Keep only what the mock needs: the connection, custom-mapping and log paths and the components
// they reference.
const paths = Object.fromEntries(
  Object.entries(doc.paths).filter(([path]) =>
    ['/vault/connections', '/vault/custom-mappings', '/vault/logs'].some((prefix) =>
      path.startsWith(prefix),
    ),
  ),
)
mkdirSync('src/testing', { recursive: true })
writeFileSync(
  'src/testing/vault-spec.json',
  JSON.stringify({ openapi: doc.openapi, info: doc.info, paths, components: doc.components }) +
    '\n',
)
// - src/testing/kinde-spec.json: Kinde's reduced contract (scripts/gen-kinde-contract.mjs says how).
execFileSync(process.execPath, ['scripts/gen-kinde-contract.mjs'], { stdio: 'inherit' })
execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' })
