/**
 * The picker's JSONPath evaluator: what each supported form picks from a document, and a clear
 * error code (with the position) for what it does not run.
 */
import { describe, expect, it } from 'vitest'
import { evaluateJsonPath, formatJsonPath } from '../../../src/mapping/json-path'
import type { JsonValue } from '../../../src/types'

const doc: JsonValue = {
  id: 'e1',
  name: { first: 'Ada', last: 'Lovelace' },
  'first-name': 'hyphen',
  'with space': 'spaced',
  "it's": 'quoted',
  'back\\slash': 'escaped',
  emails: [
    { type: 'work', address: 'ada@work.test' },
    { type: 'home', address: 'ada@home.test' },
  ],
  training: { first_aid: true, courses: [{ name: 'CPR', address: 'hall' }] },
  empty: null,
}

const values = (path: string, json: JsonValue = doc) => {
  const result = evaluateJsonPath(path, json)
  if (!result.ok) {
    throw new Error(`${path}: ${result.code} at ${result.at}`)
  }
  return result.values
}

describe('evaluateJsonPath: dot notation', () => {
  it('$ is the whole document', () => {
    expect(values('$')).toEqual([doc])
  })

  it('follows member names, nested', () => {
    expect(values('$.id')).toEqual(['e1'])
    expect(values('$.name.first')).toEqual(['Ada'])
    expect(values('$.training.first_aid')).toEqual([true])
  })

  it('accepts hyphens and digits after the first character', () => {
    expect(values('$.first-name')).toEqual(['hyphen'])
  })

  it('keeps null values (a present field that is null is a match)', () => {
    expect(values('$.empty')).toEqual([null])
  })

  it('picks nothing for a missing member, or a member of a scalar', () => {
    expect(values('$.nope')).toEqual([])
    expect(values('$.id.length')).toEqual([])
  })

  it('never reads inherited properties', () => {
    expect(values('$.constructor')).toEqual([])
    expect(values("$['__proto__']")).toEqual([])
    expect(values('$.emails.length')).toEqual([])
  })

  it('ignores spaces around the path', () => {
    expect(values('  $.id ')).toEqual(['e1'])
  })
})

describe('evaluateJsonPath: bracket notation', () => {
  it('reads quoted keys in single or double quotes', () => {
    expect(values("$['name']['last']")).toEqual(['Lovelace'])
    expect(values('$["with space"]')).toEqual(['spaced'])
  })

  it('unescapes the quote and the backslash', () => {
    expect(values("$['it\\'s']")).toEqual(['quoted'])
    expect(values('$["back\\\\slash"]')).toEqual(['escaped'])
  })

  it('allows spaces inside the brackets', () => {
    expect(values("$[ 'id' ]")).toEqual(['e1'])
  })

  it('indexes arrays from the start', () => {
    expect(values('$.emails[0].address')).toEqual(['ada@work.test'])
    expect(values('$.emails[1].type')).toEqual(['home'])
  })

  it('indexes arrays from the end with a negative index', () => {
    expect(values('$.emails[-1].type')).toEqual(['home'])
    expect(values('$.emails[-2].type')).toEqual(['work'])
  })

  it('picks nothing out of range, or indexing a non-array', () => {
    expect(values('$.emails[2]')).toEqual([])
    expect(values('$.emails[-3]')).toEqual([])
    expect(values('$.name[0]')).toEqual([])
  })
})

describe('evaluateJsonPath: wildcards and recursive descent', () => {
  it('[*] and .* take every element or member value, in order', () => {
    expect(values('$.emails[*].type')).toEqual(['work', 'home'])
    expect(values('$.name.*')).toEqual(['Ada', 'Lovelace'])
    expect(values('$.id.*')).toEqual([])
  })

  it('..name finds the member at any depth, document order', () => {
    expect(values('$..address')).toEqual(['ada@work.test', 'ada@home.test', 'hall'])
  })

  it('..[index] and ..* work on every level', () => {
    expect(values('$..[0].type')).toEqual(['work'])
    expect(values('$.training..*')).toEqual([
      true,
      [{ name: 'CPR', address: 'hall' }],
      { name: 'CPR', address: 'hall' },
      'CPR',
      'hall',
    ])
  })

  it('works over a top-level array', () => {
    expect(values('$[0].a', [{ a: 1 }, { a: 2 }])).toEqual([1])
  })
})

describe('evaluateJsonPath: errors', () => {
  it('root: a path must start with $', () => {
    expect(evaluateJsonPath('name.first', doc)).toEqual({ ok: false, code: 'root', at: 0 })
    expect(evaluateJsonPath('', doc)).toEqual({ ok: false, code: 'root', at: 0 })
  })

  it.each([
    ['$.', 2],
    ['$name', 1],
    ['$.name.', 7],
    ["$['name'", 8],
    ["$['name]", 2],
    ['$[name]', 2],
    ['$[01]', 2],
    ['$[-]', 2],
    ["$['a\\x']", 4],
    ['$.9lives', 2],
  ])('syntax: %s (at %i)', (path, at) => {
    expect(evaluateJsonPath(path, doc)).toEqual({ ok: false, code: 'syntax', at })
  })

  it.each([
    ['$.emails[?(@.type=="work")]', 9],
    ['$.emails[?@.type]', 9],
    ['$.emails[0:1]', 10],
    ['$.emails[:1]', 9],
    ['$.emails[0,1]', 10],
    ["$['a','b']", 5],
    ['$.(script)', 2],
  ])('unsupported: %s (at %i)', (path, at) => {
    expect(evaluateJsonPath(path, doc)).toEqual({ ok: false, code: 'unsupported', at })
  })
})

describe('formatJsonPath', () => {
  it('uses dots for plain names and quoted brackets otherwise; the result evaluates back', () => {
    expect(formatJsonPath([])).toBe('$')
    expect(formatJsonPath(['name', 'first'])).toBe('$.name.first')
    expect(formatJsonPath(['with space', "it's", 'back\\slash'])).toBe(
      "$['with space']['it\\'s']['back\\\\slash']",
    )
    for (const key of ['with space', "it's", 'back\\slash', 'first-name', '9lives']) {
      expect(values(formatJsonPath([key]))).toEqual(
        [(doc as Record<string, JsonValue>)[key]].filter((v) => v !== undefined),
      )
    }
  })
})
