/**
 * The public query-key factory: the keys of connections (./keys.ts) and of their data access
 * (./connection-data-keys.ts) in one object. Keys go from general to specific so one prefix
 * invalidates a whole family: `all(scope)` ⊃ `lists(scope)` ⊃ `list(scope, filters)`, and
 * `details(scope)` ⊃ `detail(scope, ref)` ⊃ everything of that connection.
 */
import { connectionDataKeys } from './connection-data-keys'
import { connectionKeys } from './keys'

export const integrationKeys = { ...connectionKeys, ...connectionDataKeys }
